/**
 * Every rule id a run knows: policies (built-in and user), their aliases, and engine rules.
 * Used to check rule ids in the config file and in suppression directives, and by `explain`.
 */
import type { LoadedPolicy } from '../policy/types';
import { ENGINE_RULE_DOCS } from './engine-rules';
import { closestNames } from './suggest';

export interface RuleCatalog {
  /** Canonical ids: policy ids, then engine rule ids. */
  ids: string[];
  /** The canonical id for an id or alias, or undefined when unknown. */
  canonical(id: string): string | undefined;
  /** Closest known ids, for "did you mean". */
  closest(id: string): string[];
}

export function buildRuleCatalog(policies: readonly LoadedPolicy[]): RuleCatalog {
  const byName = new Map<string, string>();
  const ids: string[] = [];
  for (const { policy } of policies) {
    ids.push(policy.id);
    byName.set(policy.id, policy.id);
  }
  for (const { policy } of policies) for (const a of policy.aliases ?? []) if (!byName.has(a)) byName.set(a, policy.id);
  for (const d of ENGINE_RULE_DOCS) {
    ids.push(d.id);
    byName.set(d.id, d.id);
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
