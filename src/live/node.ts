/**
 * A running kernel as a node model: one state holding the live values (no files, no
 * applier), judged in the context the command line gives, with the kernel version taken from
 * kernel.osrelease when --kernel is not given. The file nodes of the same run get the live
 * values too, for the drift check, and the same kernel version.
 */
import { buildContext, inferNodeRole, type ContextOptions } from '../model/context';
import type { AppliedState, EffectiveSetting, NodeModel } from '../model/types';
import type { LiveObservation } from './observe';

export function liveNodeModel(obs: LiveObservation, options: ContextOptions): NodeModel {
  const effective = new Map<string, EffectiveSetting>();
  for (const [key, a] of obs.values) effective.set(key, { key, winner: a, overridden: [], viaGlob: false });
  // Nothing is written: the values are already in force (`writes` is about applying files).
  const state: AppliedState = { applier: 'live', effective, globs: [], exclusions: [], files: [], writes: [] };
  const context = buildContext(options, inferNodeRole([], [state]));
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
    provenance: 'live',
  };
}

/** Gives a file node the live values to compare with, and the running kernel's version. */
export function attachLive(node: NodeModel, obs: LiveObservation): void {
  if (node.scope !== 'node') return;
  node.live = { label: obs.label, values: obs.values };
  if (!node.context.kernel && obs.kernel) node.context.kernel = obs.kernel;
}
