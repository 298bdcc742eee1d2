/**
 * Findings about suppression directives. They are engine rules (not policies): configurable
 * in the config file (`rules: {sysctl-lint/suppression-unused: off}`), never suppressible by a
 * directive themselves.
 */
export const SUPPRESSION_RULES = {
  invalid: 'sysctl-lint/suppression-invalid',
  missingReason: 'sysctl-lint/suppression-missing-reason',
  unknownRule: 'sysctl-lint/suppression-unknown-rule',
  expired: 'sysctl-lint/suppression-expired',
  unused: 'sysctl-lint/suppression-unused',
} as const;

export const SUPPRESSION_RULE_IDS: readonly string[] = Object.values(SUPPRESSION_RULES);
