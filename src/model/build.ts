/**
 * Builds node models: which files form one node, what each applier ends up writing, and the
 * context the node is judged in.
 */
import { applyFiles, selectFiles } from './precedence';
import { buildContext, inferNodeRole, type ContextOptions } from './context';
import type { Assignment, ContextValue, NodeFile, NodeModel, NodeRole, Observation, PodContext, Provisioning, Scope } from './types';
import { appliersOf } from './context';
import type { ClusterContext, ModuleLoadFact } from './cluster';

export interface NodeSpec {
  id: string;
  label: string;
  root?: string;
  complete: boolean;
  files: NodeFile[];
  runtime?: Assignment[];
  modules?: Set<string>;
  modulesKnown?: boolean;
  scope?: Scope;
  /** The node's role when the source knows it (a Kubernetes workload runs on a Kubernetes node). */
  role?: ContextValue<NodeRole>;
  /** Pod-scope nodes: the pod whose namespaces hold the values. */
  pod?: PodContext;
  observations?: Observation[];
  provisioning?: Provisioning;
  buildWrites?: Assignment[];
  /**
   * Cluster facts that hold for this node alone instead of the run's (a template read only in
   * part: its values are judged where they are written, but decide nobody else's context).
   */
  cluster?: ClusterContext;
}

export function buildNode(spec: NodeSpec, options: ContextOptions): NodeModel {
  const scope = spec.scope ?? 'node';
  // A file reached twice (a link and its target, both applied by procps) is one set of lines:
  // both paths share the same assignments, reported at the target's own path.
  const canonical = new Map<string, NodeFile>();
  for (const f of spec.files) if (!f.isSymlink && !canonical.has(f.realFile)) canonical.set(f.realFile, f);
  for (const f of spec.files) if (!canonical.has(f.realFile)) canonical.set(f.realFile, f);
  for (const f of spec.files) {
    const c = canonical.get(f.realFile);
    if (c && c !== f) f.aliasOf = c.file;
  }
  const cache = new Map<string, Assignment[]>();
  const toAssignments = (f: NodeFile): Assignment[] => {
    let list = cache.get(f.realFile);
    if (!list) {
      const owner = canonical.get(f.realFile) ?? f;
      // Object.assign, not a spread: V8 gives `{ ...a, file, ... }` a copy of a's layout plus an
      // out-of-object store (about 600 bytes per assignment against 175), and a node has hundreds.
      // An assignment may be located in another file than its node file (an Ansible task's
      // value taken from the role's defaults).
      list = owner.parsed.assignments.map((a): Assignment => Object.assign({}, a, { file: a.file ?? owner.file, nodeFile: owner, scope, phase: 'boot' as const, via: owner.via }));
      cache.set(f.realFile, list);
    }
    return list;
  };
  const applicable = spec.files.filter((f) => !f.ignoredName);
  const selection = selectFiles(applicable);
  const appliers = appliersOf(options.applier);
  const states = appliers.map((a) => applyFiles(a, selection[a], spec.runtime ?? [], toAssignments));
  const role = spec.role ?? inferNodeRole(spec.files, states);
  const modules = repositoryModules(spec, options.cluster?.moduleLoads);
  return {
    id: spec.id,
    label: spec.label,
    root: spec.root,
    complete: spec.complete,
    files: spec.files,
    masked: selection.masked,
    states,
    runtime: spec.runtime ?? [],
    modules: modules.modules,
    modulesKnown: modules.known,
    context: buildContext(spec.cluster ? { ...options, cluster: spec.cluster } : options, role, spec.pod),
    scope,
    observations: spec.observations ?? [],
    provisioning: spec.provisioning,
    buildWrites: spec.buildWrites ?? [],
  };
}

/**
 * The modules a node loads at boot: its own (an image tree's modules-load.d, a user-data's
 * write_files), and those of the repository's modules-load.d lists whose scope holds all its
 * files (the same Ansible role, or the repository). A complete root filesystem has only its own.
 */
function repositoryModules(spec: NodeSpec, loads: ModuleLoadFact[] | undefined): { modules: Set<string>; known: boolean } {
  const own = { modules: spec.modules ?? new Set<string>(), known: spec.modulesKnown ?? false };
  if (!loads?.length || spec.complete || (spec.scope ?? 'node') !== 'node' || !spec.files.length) return own;
  const inScope = (scope: string) => scope === '' || spec.files.every((f) => f.file === scope || f.file.startsWith(`${scope}/`));
  const applicable = loads.filter((l) => inScope(l.scope));
  if (!applicable.length) return own;
  return { modules: new Set([...own.modules, ...applicable.flatMap((l) => l.modules)]), known: true };
}
