/**
 * The read stage: a claimed file's text, or a finding when it cannot be read.
 */
import { defineEngineRule } from '../core/engine-rule';

export const UNREADABLE_FILE = defineEngineRule({
  id: 'sysctl-lint/unreadable-file',
  title: 'Input files can be read',
  severity: 'error',
  appliesTo: 'every input file',
  rationale: 'A file that cannot be read (permissions, a dangling link, an I/O error) cannot be checked, and the settings it holds are unknown.',
  fix: 'Fix the permissions or the link, or exclude the file with `ignore:` in .sysctl-lint.yaml.',
});
