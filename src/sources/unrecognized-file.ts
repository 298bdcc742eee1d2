/**
 * Files named on the command line that no source kind understands. Raised by the detect stage
 * (src/pipeline/detect.ts) and by a source that claimed a file by its name but finds it is not
 * what the name says.
 */
import { defineEngineRule } from '../core/engine-rule';

export const UNRECOGNIZED_FILE = defineEngineRule({
  id: 'sysctl-lint/unrecognized-file',
  title: 'Files named on the command line are a kind sysctl-lint understands',
  severity: 'info',
  appliesTo: 'files named explicitly on the command line (walked directories only pick known files)',
  rationale: 'A file named on the command line that is neither a sysctl.conf nor a sysctl.d drop-in (nor another source kind sysctl-lint reads) is skipped; saying so keeps a typo in a path or a CI glob from passing silently.',
  fix: 'Name the right file, or drop it from the command line or the hook configuration.',
});
