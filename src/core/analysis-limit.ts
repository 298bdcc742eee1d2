/**
 * Content too large or too deeply nested to analyse in bounded time and memory. Declared in
 * core because every layer that reads or decodes content can meet such input: the read stage
 * (files over --max-file-size), decoders and the shell reader.
 */
import { defineEngineRule } from './engine-rule';

export const ANALYSIS_LIMIT = defineEngineRule({
  id: 'sysctl-lint/analysis-limit',
  title: 'Inputs stay within the analysis limits',
  severity: 'warning',
  appliesTo: 'every input file, decoded cloud-init content (base64, gzip, MIME parts), shell commands and scripts',
  rationale:
    'Some content is too large or too deeply nested to analyse within bounded time and memory: a file over the size limit (10 MB, `--max-file-size`), encoded content that decodes to more than 10 MB or expands more than 100 times, a YAML scalar or script over 1 MB given to the shell reader, shell or MIME nesting deeper than 100 levels. It is reported where it starts and skipped; the rest of the file and the run go on. Settings inside it are not checked, so the finding fails the run at the default fail level.',
  fix: 'Split the content, or raise `--max-file-size` for large but genuine files. Real sysctl and cloud-init configuration is far below every limit; content that is not should be reviewed.',
});
