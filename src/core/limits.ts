/**
 * The analysis limits. Inputs come from untrusted pull requests; past a limit the content is
 * reported where it starts (rule `sysctl-lint/analysis-limit`) and skipped, and the rest of the
 * file and the run go on. Every limit sits far above real configuration: the largest real
 * user-data, sysctl files and scripts are tens of kilobytes, nested a handful of levels.
 */
import { defineEngineRule } from './engine-rule';
import type { Finding } from './finding';
import type { Span } from './span';

export const ANALYSIS_LIMIT = defineEngineRule({
  id: 'sysctl-lint/analysis-limit',
  title: 'Inputs stay within the analysis limits',
  severity: 'warning',
  appliesTo: 'every input file, decoded cloud-init content (base64, gzip, MIME parts), shell commands and scripts',
  rationale:
    'Some content is too large or too deeply nested to analyse within bounded time and memory, and inputs can come from untrusted pull requests. The limits: a file over 10 MB (`--max-file-size`); an encoded payload (base64, gzip, quoted-printable) that decodes to more than 10 MB, or over 1 MB and more than 100 times its encoded size; more than 1 MB of YAML in one file (the documents past it); a script over 1 MB given to the shell reader (a command string, a YAML scalar, a script part); `$(` nesting deeper than 100 levels; user-data nested in user-data more than 20 levels; more than 1000 parts in one MIME message or cloud-config-archive; more than 10,000 entries in one list read item by item (`runcmd`, `bootcmd`, `write_files`, pod sysctls). Such content is reported where it starts and skipped (for lists and parts: the entries past the limit); the rest of the file and the run go on. Settings inside it are not checked, so the finding fails the run at the default fail level. Two caps concern the report, not the input: at most 1000 findings of one rule in one file (one more finding counts the rest) and at most 100 related locations per finding (the last one says how many more there are).',
  fix: 'Split the content, or raise `--max-file-size` for large but genuine files. Real sysctl and cloud-init configuration is far below every limit; content that is not should be reviewed.',
});

export const LIMITS = {
  /** Bytes decoded from one base64, gzip or quoted-printable payload. */
  decodedSize: 10 * 1024 * 1024,
  /** Decoded bytes per encoded byte (a zip bomb expands 1000x and more; real content a few times). */
  expansionRatio: 100,
  /**
   * Characters of YAML parsed per file (the documents that can matter, in order). The YAML
   * reader costs about a second per megabyte and a hundred times the text in memory for
   * documents made of small flow collections (a 1 MB document of them peaks near 200 MB); real manifests, values and user-data are far
   * smaller (cloud providers cap user-data at 16 to 256 KB).
   */
  yamlText: 1024 * 1024,
  /** Characters of one script (a command string, a YAML scalar, a script part) given to the shell reader. */
  scriptSize: 1024 * 1024,
  /** Nested `$(...)` / `$((...))` in one script. */
  nesting: 100,
  /** User-data inside user-data: nested MIME multiparts, archives, Jinja headers (each level re-reads its part). */
  partNesting: 20,
  /** Parts of one MIME message or cloud-config-archive. */
  parts: 1000,
  /** Entries of one list analysed item by item (runcmd, bootcmd, write_files, pod sysctls). */
  listItems: 10_000,
  /** Findings of one rule in one file (past it, one finding counts the rest). */
  findingsPerRuleAndFile: 1000,
  /** Related locations of one finding, and values quoted in one message. */
  relatedPerFinding: 100,
} as const;

/** "12.4 MB" for a byte count (1 MB = 1,048,576 bytes, as `--max-file-size` counts). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
}

export function tooLargeToAnalyze(what: string, size: number, limit: number): string {
  return `${what} too large to analyze: ${formatSize(size)}, limit ${formatSize(limit)}`;
}

export function nestedTooDeeply(what: string, limit: number = LIMITS.nesting): string {
  return `${what} nested more than ${limit} levels deep: not analyzed past that depth`;
}

/** The finding for content past a limit, where the content starts. */
export function limitFinding(file: string, span: Span, message: string): Finding {
  return { ruleId: ANALYSIS_LIMIT.id, severity: 'warning', message, location: { file, span }, related: [] };
}

/**
 * The first `LIMITS.listItems` entries of a list; a finding at the list for the rest (real
 * lists hold tens of entries, a generated one can hold millions and cost minutes).
 */
export function limitedItems<T>(items: T[], file: string, span: Span, what: string, findings: Finding[]): T[] {
  if (items.length <= LIMITS.listItems) return items;
  findings.push(limitFinding(file, span, `${what}: ${items.length} entries, more than the ${LIMITS.listItems} analyzed; the rest is not read`));
  return items.slice(0, LIMITS.listItems);
}
