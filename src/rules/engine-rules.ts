/**
 * Documentation of the engine's own rules (ids starting with `sysctl-lint/`): findings the
 * engine raises about inputs and suppression directives rather than about settings. Policies
 * document themselves; these are the only rules documented in code. A meta-test checks that
 * every engine rule id the code can emit is listed here.
 */
import type { Severity } from '../core/finding';
import { SUPPRESSION_RULES } from '../suppress/rules';
import { CLOUD_INIT_RULES } from '../sources/cloud-init/facts';

export interface EngineRuleDoc {
  id: string;
  title: string;
  severity: Severity;
  appliesTo: string;
  rationale: string;
  fix: string;
}

const SUPPRESSION_SYNTAX = '`# sysctl-lint disable-next-line <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>` (the next non-blank, non-comment line) or `# sysctl-lint disable <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>` (the whole file)';

export const ENGINE_RULE_DOCS: readonly EngineRuleDoc[] = [
  {
    id: 'sysctl-lint/unrecognized-file',
    title: 'Files named on the command line are a kind sysctl-lint understands',
    severity: 'info',
    appliesTo: 'files named explicitly on the command line (walked directories only pick known files)',
    rationale: 'A file named on the command line that is neither a sysctl.conf nor a sysctl.d drop-in (nor another source kind sysctl-lint reads) is skipped; saying so keeps a typo in a path or a CI glob from passing silently.',
    fix: 'Name the right file, or drop it from the command line or the hook configuration.',
  },
  {
    id: 'sysctl-lint/unreadable-file',
    title: 'Input files can be read',
    severity: 'error',
    appliesTo: 'every input file',
    rationale: 'A file that cannot be read (permissions, a dangling link, an I/O error) cannot be checked, and the settings it holds are unknown.',
    fix: 'Fix the permissions or the link, or exclude the file with `ignore:` in .sysctl-lint.yaml.',
  },
  {
    id: SUPPRESSION_RULES.invalid,
    title: 'Suppression directives are well-formed',
    severity: 'warning',
    appliesTo: 'comment lines starting with `# sysctl-lint` in any linted file',
    rationale: `A directive that cannot be read suppresses nothing, so the findings it was meant for come back. Recognised forms: ${SUPPRESSION_SYNTAX}. Expiry dates must be real calendar dates; directives cannot suppress the suppression rules themselves.`,
    fix: 'Correct the directive; to silence a rule for many files use `rules:` or `overrides:` in .sysctl-lint.yaml.',
  },
  {
    id: SUPPRESSION_RULES.missingReason,
    title: 'Every suppression says why',
    severity: 'warning',
    appliesTo: 'suppression directives',
    rationale: 'A suppression without a reason cannot be reviewed or revisited: nobody knows whether the finding was judged a false alarm, accepted as a risk or silenced to get a build through. Such a directive does not suppress.',
    fix: 'Add ` -- <reason>` after the rule ids, for example `# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- kernel 4.9 appliance, removed with the 2025 image`.',
  },
  {
    id: SUPPRESSION_RULES.unknownRule,
    title: 'Suppressions name existing rules',
    severity: 'warning',
    appliesTo: 'suppression directives',
    rationale: 'A misspelt rule id suppresses nothing while looking as if it did. The message suggests the closest ids.',
    fix: 'Use an id from `sysctl-lint --list-rules` (aliases of renamed rules work too).',
  },
  {
    id: SUPPRESSION_RULES.expired,
    title: 'Suppressions with an expiry date are revisited',
    severity: 'warning',
    appliesTo: 'suppression directives with `until=YYYY-MM-DD`',
    rationale: 'A suppression with `until=` is a promise to fix the finding by that date. From the day after, it stops suppressing and this finding says so, next to the finding it no longer hides. The date is the local calendar date of the machine (SYSCTL_LINT_TODAY=YYYY-MM-DD overrides it for tests).',
    fix: 'Fix the finding and delete the directive, or move the date with a new reason.',
  },
  {
    id: SUPPRESSION_RULES.unused,
    title: 'Suppressions still suppress something',
    severity: 'info',
    appliesTo: 'suppression directives',
    rationale: 'A suppression that matches no finding (the setting was fixed, or the directive sits on the wrong line) should go, or it will hide a future problem on that line. Directives for rules that are off for the file in the configuration are not reported.',
    fix: 'Delete the directive, or move it to the line just above the finding.',
  },
  // cloud-init user-data and shell commands (src/sources/cloud-init, src/sources/shell)
  {
    id: CLOUD_INIT_RULES.undecodable,
    title: 'Encoded user-data content decodes',
    severity: 'error',
    appliesTo: 'cloud-init write_files entries for sysctl and modules-load.d files, MIME parts, gzip-compressed user-data',
    rationale: 'Content whose base64 (as Python decodes it) or gzip is broken makes cloud-init fail to write the file or drop the part: the settings in it never reach the node.',
    fix: 'Re-encode the content (`base64 -w0 file`, `gzip -c file | base64 -w0`) and check the `encoding:` matches.',
  },
  {
    id: CLOUD_INIT_RULES.encoding,
    title: 'write_files encodings are ones cloud-init knows',
    severity: 'warning',
    appliesTo: 'cloud-init write_files entries for sysctl and modules-load.d files',
    rationale: 'cloud-init writes content with an unknown `encoding` as plain text, so encoded content lands in the file still encoded.',
    fix: 'Use one of `b64`, `base64`, `gz`, `gzip`, `gz+b64`, `gz+base64`, `gzip+b64`, `gzip+base64` or `text/plain`.',
  },
  {
    id: CLOUD_INIT_RULES.shellSyntax,
    title: 'Commands are complete shell',
    severity: 'warning',
    appliesTo: 'cloud-init bootcmd, runcmd and script parts',
    rationale: 'An unclosed quote, command substitution or here-document makes the shell reject the whole script, so none of its commands (sysctl writes included) run.',
    fix: 'Close the quote, `$(` or here-document (its delimiter alone on a line).',
  },
  // --- live values (issue 4) ---
  {
    id: 'sysctl-lint/live-snapshot-line',
    title: 'A sysctl snapshot holds only `key = value` lines',
    severity: 'info',
    appliesTo: 'the file given to --live-snapshot (the output of `sysctl -a`)',
    rationale:
      'A `--live-snapshot` file is the output of `sysctl -a`: one `key = value` line per value (multi-line values repeat the key). Other lines, such as `sysctl: permission denied` messages captured with `2>&1` or a truncated last line, are skipped, so whatever they stood for is not checked. The finding is reported once per file, at the first such line, with the count of the others. A snapshot without any `key = value` line is a warning.',
    fix: 'Capture the snapshot with `sysctl -a 2>/dev/null > FILE`.',
  },
];

export function engineRuleDoc(id: string): EngineRuleDoc | undefined {
  return ENGINE_RULE_DOCS.find((d) => d.id === id);
}
