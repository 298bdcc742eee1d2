/**
 * One line, one finding per problem: a policy may declare that its finding replaces other
 * rules' findings on the same line and key (`supersedes`), because its message already says
 * what they would. Applied after the configured severities and the suppressions: a rule
 * turned off for a file leaves the findings it would replace in place, a suppressed finding
 * still replaces them, and a directive naming both rules is not reported as half unused.
 */
import type { Finding } from '../core/finding';
import type { LoadedPolicy } from './types';

/** `findings` without those a finding of `by` (reported or suppressed) supersedes. */
export function applySupersession(findings: Finding[], by: readonly Finding[], policies: readonly LoadedPolicy[]): Finding[] {
  const replaces = new Map<string, string[]>();
  for (const { policy } of policies) if (policy.supersedes?.length) replaces.set(policy.id, policy.supersedes);
  if (!replaces.size) return findings;
  const place = (f: Finding) => `${f.location.file}\0${f.location.span.start}\0${f.key ?? ''}`;
  const dropped = new Set<string>();
  for (const f of by) for (const id of replaces.get(f.ruleId) ?? []) dropped.add(`${id}\0${place(f)}`);
  if (!dropped.size) return findings;
  return findings.filter((f) => !dropped.has(`${f.ruleId}\0${place(f)}`));
}
