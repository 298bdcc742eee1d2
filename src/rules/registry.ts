/**
 * The rule registry: every rule a run can report. Policies come from the loaded catalogue
 * (built-in and user policies); engine rules are declared beside the code that emits them and
 * listed here once. --list-rules, `explain`, docs/rules.md, rule ids in the config file and in
 * suppression directives, and SARIF rule metadata all read this registry, so a rule that can be
 * reported can also be listed, explained, configured and suppressed.
 */
import { ANALYSIS_LIMIT } from '../core/limits';
import type { EngineRule, RuleLookup } from '../core/engine-rule';
import type { RuleId } from '../core/finding';
import { CLOUD_INIT_RULES } from '../sources/cloud-init/facts';
import { SHELL_SYNTAX } from '../sources/shell/syntax-rule';
import { UNRECOGNIZED_FILE } from '../sources/unrecognized-file';
import { YAML_RULES } from '../sources/yaml/templates';
import { LIVE_SNAPSHOT_LINE_RULE } from '../live/observe';
import { UNREADABLE_FILE } from '../pipeline/read';
import type { LoadedPolicy } from '../policy/types';
import { SUPPRESSION_RULES } from '../suppress/rules';
import { closestNames } from './suggest';

/** Engine rules in the order they are listed (after the policies). */
export const ENGINE_RULES: readonly EngineRule[] = [
  UNRECOGNIZED_FILE,
  UNREADABLE_FILE,
  ANALYSIS_LIMIT,
  SUPPRESSION_RULES.invalid,
  SUPPRESSION_RULES.missingReason,
  SUPPRESSION_RULES.unknownRule,
  SUPPRESSION_RULES.expired,
  SUPPRESSION_RULES.unused,
  CLOUD_INIT_RULES.undecodable,
  CLOUD_INIT_RULES.encoding,
  SHELL_SYNTAX,
  YAML_RULES.syntax,
  YAML_RULES.template,
  LIVE_SNAPSHOT_LINE_RULE,
];

export function engineRule(id: string): EngineRule | undefined {
  return ENGINE_RULES.find((r) => r.id === id);
}

export interface RuleRegistry extends RuleLookup {
  /** Canonical ids: policy ids, then engine rule ids. */
  ids: RuleId[];
}

export function buildRuleRegistry(policies: readonly LoadedPolicy[]): RuleRegistry {
  const byName = new Map<string, RuleId>();
  const ids: RuleId[] = [];
  for (const { policy } of policies) {
    ids.push(policy.id);
    byName.set(policy.id, policy.id);
  }
  for (const { policy } of policies) for (const a of policy.aliases ?? []) if (!byName.has(a)) byName.set(a, policy.id);
  for (const r of ENGINE_RULES) {
    ids.push(r.id);
    byName.set(r.id, r.id);
  }
  const names = [...byName.keys()];
  // A typo is usually repeated across many directives: compute its suggestions once.
  const suggestions = new Map<string, string[]>();
  return {
    ids,
    canonical: (id) => byName.get(id),
    closest: (id) => {
      let s = suggestions.get(id);
      if (!s) suggestions.set(id, (s = closestNames(id, names)));
      return s;
    },
  };
}
