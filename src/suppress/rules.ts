/**
 * Findings about suppression directives. They are engine rules (not policies): configurable
 * in the config file (`rules: {sysctl-lint/suppression-unused: off}`), never suppressible by a
 * directive themselves.
 */
import { defineEngineRule } from '../core/engine-rule';

const SUPPRESSION_SYNTAX = '`# sysctl-lint disable-next-line <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>` (the next non-blank, non-comment line) or `# sysctl-lint disable <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>` (the whole file)';

export const SUPPRESSION_RULES = {
  invalid: defineEngineRule({
    id: 'sysctl-lint/suppression-invalid',
    title: 'Suppression directives are well-formed',
    severity: 'warning',
    appliesTo: 'comment lines starting with `# sysctl-lint` in any linted file',
    rationale: `A directive that cannot be read suppresses nothing, so the findings it was meant for come back. Recognised forms: ${SUPPRESSION_SYNTAX}. Expiry dates must be real calendar dates; directives cannot suppress the suppression rules themselves.`,
    fix: 'Correct the directive; to silence a rule for many files use `rules:` or `overrides:` in .sysctl-lint.yaml.',
  }),
  missingReason: defineEngineRule({
    id: 'sysctl-lint/suppression-missing-reason',
    title: 'Every suppression says why',
    severity: 'warning',
    appliesTo: 'suppression directives',
    rationale: 'A suppression without a reason cannot be reviewed or revisited: nobody knows whether the finding was judged a false alarm, accepted as a risk or silenced to get a build through. Such a directive does not suppress.',
    fix: 'Add ` -- <reason>` after the rule ids, for example `# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- kernel 4.9 appliance, removed with the 2025 image`.',
  }),
  unknownRule: defineEngineRule({
    id: 'sysctl-lint/suppression-unknown-rule',
    title: 'Suppressions name existing rules',
    severity: 'warning',
    appliesTo: 'suppression directives',
    rationale: 'A misspelt rule id suppresses nothing while looking as if it did. The message suggests the closest ids.',
    fix: 'Use an id from `sysctl-lint --list-rules` (aliases of renamed rules work too).',
  }),
  expired: defineEngineRule({
    id: 'sysctl-lint/suppression-expired',
    title: 'Suppressions with an expiry date are revisited',
    severity: 'warning',
    appliesTo: 'suppression directives with `until=YYYY-MM-DD`',
    rationale: 'A suppression with `until=` is a promise to fix the finding by that date. From the day after, it stops suppressing and this finding says so, next to the finding it no longer hides. The date is the local calendar date of the machine (SYSCTL_LINT_TODAY=YYYY-MM-DD overrides it for tests).',
    fix: 'Fix the finding and delete the directive, or move the date with a new reason.',
  }),
  unused: defineEngineRule({
    id: 'sysctl-lint/suppression-unused',
    title: 'Suppressions still suppress something',
    severity: 'info',
    appliesTo: 'suppression directives',
    rationale: 'A suppression that matches no finding (the setting was fixed, or the directive sits on the wrong line) should go, or it will hide a future problem on that line. Directives for rules that are off for the file in the configuration are not reported.',
    fix: 'Delete the directive, or move it to the line just above the finding.',
  }),
};

export const SUPPRESSION_RULE_IDS: readonly string[] = Object.values(SUPPRESSION_RULES).map((r) => r.id);
