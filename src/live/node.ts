/**
 * A running kernel as a node model: one state holding the live values (no files, no
 * applier), judged in the context the command line gives, with the kernel version taken from
 * kernel.osrelease when --kernel is not given. The file nodes of the same run get the live
 * values too, for the drift check, and the same kernel version.
 */
import { buildContext, type ContextOptions } from '../model/context';
import type { AppliedState, ContextValue, EffectiveSetting, NodeModel, NodeRole } from '../model/types';
import type { LiveObservation } from './observe';

/**
 * The role of a running machine when --node-role does not say. Live values are not intent:
 * bridge-nf-call-iptables is 1 on any host that loaded br_netfilter (Docker does), so the
 * markers used for files do not apply. The files of the same run tell (same machine); failing
 * that, forwarding switched off rules out a working Kubernetes node; otherwise it is unknown.
 */
function liveRole(state: AppliedState, fileNodes: NodeModel[]): ContextValue<NodeRole> {
  const roles = [...new Set(fileNodes.filter((n) => n.scope === 'node').map((n) => n.context.nodeRole))];
  const first = roles[0];
  if (first && first.value !== 'unknown' && roles.every((r) => r.value === first.value)) return { value: first.value, source: `the files of this run: ${first.source}` };
  const fwd = state.effective.get('net.ipv4.ip_forward')?.winner;
  if (fwd && fwd.value.trim() === '0') return { value: 'generic', source: `the running kernel has net.ipv4.ip_forward = 0 (${fwd.file}), which a working Kubernetes node cannot run with` };
  return { value: 'unknown', source: 'unknown: the running kernel does not tell; pass --node-role kubernetes or generic' };
}

export function liveNodeModel(obs: LiveObservation, options: ContextOptions, fileNodes: NodeModel[] = []): NodeModel {
  const effective = new Map<string, EffectiveSetting>();
  for (const [key, a] of obs.values) effective.set(key, { key, winner: a, overridden: [], viaGlob: false });
  // Nothing is written: the values are already in force (`writes` is about applying files).
  const state: AppliedState = { applier: 'live', effective, globs: [], exclusions: [], files: [], writes: [] };
  const context = buildContext(options, liveRole(state, fileNodes));
  context.appliers = [];
  if (!context.kernel && obs.kernel) context.kernel = obs.kernel;
  return {
    id: `live:${obs.label}`,
    label: `the running kernel (${obs.label})`,
    complete: false,
    files: [],
    masked: [],
    states: [state],
    runtime: [],
    modules: new Set(),
    modulesKnown: false,
    context,
    scope: 'node',
    observations: [],
    provenance: 'live',
  };
}

/** Gives a file node the live values to compare with, and the running kernel's version. */
export function attachLive(node: NodeModel, obs: LiveObservation): void {
  if (node.scope !== 'node') return;
  node.live = { label: obs.label, values: obs.values };
  if (!node.context.kernel && obs.kernel) node.context.kernel = obs.kernel;
}
