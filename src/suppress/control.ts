/**
 * The last step of a run before reporting: the user's say over findings.
 *
 *   findings -> config severities (`rules`, `overrides`; off drops) -> inline suppressions ->
 *   findings about directives (graded by the config too) -> one finding per place
 */
import type { RuleLookup } from '../core/engine-rule';
import { compareFindings, type Finding } from '../core/finding';
import type { RuleSettings } from '../config/rule-settings';
import { applySupersession } from '../policy/supersede';
import type { LoadedPolicy } from '../policy/types';
import { applySuppressions, localToday, type DirectiveIndex, type SuppressedFinding } from './apply';

export interface ControlOptions {
  /** Every loaded policy (also those the run filtered out), to know rule ids and aliases. */
  policies: readonly LoadedPolicy[];
  /** Every rule id the run knows (the rule registry). */
  registry: RuleLookup;
  directives: DirectiveIndex;
  rules?: RuleSettings;
  /** The run's policy filter (tests enable one policy at a time). */
  ruleFilter?: (id: string) => boolean;
  /** YYYY-MM-DD; default: today's local date. */
  today?: string;
}

function findingKey(f: Finding): string {
  return `${f.ruleId}\0${f.severity}\0${f.location.file}\0${f.location.span.start}\0${f.location.span.end}\0${f.key ?? ''}\0${f.message}`;
}

export function controlFindings(findings: Finding[], opts: ControlOptions): { findings: Finding[]; suppressed: SuppressedFinding[] } {
  const graded = opts.rules ? opts.rules.apply(findings) : findings;
  const policyIds = new Set<string>(opts.policies.map((p) => p.policy.id));
  const result = applySuppressions(graded, opts.directives, {
    catalog: opts.registry,
    today: opts.today ?? localToday(),
    isActive: (id, file) => (!policyIds.has(id) || !opts.ruleFilter || opts.ruleFilter(id)) && opts.rules?.levelFor(id, file) !== 'off',
  });
  const kept = applySupersession(result.findings, [...result.findings, ...result.suppressed.map((x) => x.finding)], opts.policies);
  const meta = opts.rules ? opts.rules.apply(result.directiveFindings) : result.directiveFindings;
  // A file in several node groups is evaluated once per node: the same finding at the same
  // place is one finding.
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of [...kept, ...meta]) {
    const k = findingKey(f);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(f);
  }
  out.sort(compareFindings);
  const seenSuppressed = new Set<string>();
  const suppressed = result.suppressed.filter((s) => {
    const k = findingKey(s.finding);
    if (seenSuppressed.has(k)) return false;
    seenSuppressed.add(k);
    return true;
  });
  return { findings: out, suppressed };
}
