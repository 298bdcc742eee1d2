import type { Location } from './span';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

declare const registered: unique symbol;

/**
 * The id of a registered rule: a policy id as the loader read it (src/policy/load.ts) or an
 * engine rule declared with `defineEngineRule` beside the code that emits it. Findings carry a
 * RuleId, so a finding whose id is a bare string does not type-check, and every id a finding can
 * have is in the rule registry (src/rules/registry.ts).
 */
export type RuleId = string & { readonly [registered]: true };

export interface RelatedLocation {
  location: Location;
  message: string;
}

/**
 * One result of a lint run. The primary location is the key of the setting the finding is
 * about (or the offending token for syntax findings); `related` carries provenance such as
 * the assignment a setting overrides.
 */
export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  location: Location;
  /** Dotted sysctl key, when the finding concerns one. */
  key?: string;
  related: RelatedLocation[];
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
  if (a.location.span.start !== b.location.span.start) return a.location.span.start - b.location.span.start;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}
