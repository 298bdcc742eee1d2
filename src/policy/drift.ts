/**
 * `target: drift`: keys whose value in force according to the files is not what the running
 * kernel has. A key counts as drifted only when the live value matches the final value of
 * neither applier (a difference between systemd-sysctl and procps is the divergence check's
 * business); it is reported at each distinct winning line, with the live value as the related
 * location. Keys the files set but the kernel does not report are left to the key checks.
 */
import { selectorMatches } from '../model/keys';
import { lookup } from '../model/precedence';
import type { AppliedState, Assignment, NodeModel } from '../model/types';
import { sameSysctlValue } from '../model/live-values';

export { normalizeLiveValue } from '../model/live-values';

export function evaluateDrift(node: NodeModel, selectors: string[], report: (key: string, winner: Assignment, state: AppliedState, live: Assignment) => void): void {
  const live = node.live;
  if (!live) return;
  for (const [key, liveValue] of live.values) {
    if (!selectors.some((sel) => selectorMatches(sel, key))) continue;
    const inForce: Array<{ winner: Assignment; state: AppliedState }> = [];
    for (const state of node.states) {
      const s = lookup(state, key);
      if (s && !inForce.some((x) => x.winner === s.winner)) inForce.push({ winner: s.winner, state });
    }
    if (inForce.length === 0) continue;
    if (inForce.some((x) => x.winner.templated || sameSysctlValue(x.winner.value, liveValue.value))) continue;
    for (const x of inForce) report(key, x.winner, x.state, liveValue);
  }
}
