/**
 * The conditions of `appliesWhen` and `cases[].when`, each described once: how it is evaluated
 * on a node, how the rules reference words it, and which context it reads. The table is keyed
 * by every field of ContextCondition, so a new condition cannot go unevaluated or undescribed.
 */
import { compareVersions, parseVersion, type Version } from '../model/version';
import type { Applier, NodeModel } from '../model/types';
import type { ContextCondition, VersionCondition } from './types';

/** Context a rule reads, in the order it is listed. */
export const CONTEXT_NEEDS = ['kernel', 'kubernetesVersion', 'nodeRole', 'kubeProxyMode', 'nodePortRange', 'applier', 'completeRoot', 'modules'] as const;
export type ContextNeed = (typeof CONTEXT_NEEDS)[number];

function versionHolds(cond: VersionCondition, v: Version | undefined): boolean {
  if (cond.known !== undefined && cond.known !== !!v) return false;
  const cmp = (lit: string | undefined, test: (c: number) => boolean) => {
    if (lit === undefined) return true;
    if (!v) return false;
    const w = parseVersion(lit);
    if (!w) return false;
    // `--kubernetes-version 1.22` against `1.22.10`: the patch release decides, and it is unknown.
    if (!v.hasPatch && w.hasPatch && v.major === w.major && v.minor === w.minor) return false;
    return test(compareVersions(v, w));
  };
  return cmp(cond.lt, (c) => c < 0) && cmp(cond.lte, (c) => c <= 0) && cmp(cond.gt, (c) => c > 0) && cmp(cond.gte, (c) => c >= 0);
}

interface ConditionSpec<V> {
  holds(value: V, node: NodeModel, appliers: Applier[] | undefined): boolean;
  /** Words for the rules reference: `kernel >= 4.12`, `the pod uses hostNetwork`. */
  describe(value: V): string[];
  /** The context it reads, listed by `explain` and --list-rules. */
  reads?: ContextNeed;
}

function describeVersion(name: string, v: VersionCondition): string[] {
  const parts: string[] = [];
  if (v.known === false) parts.push(`${name} unknown`);
  if (v.known === true) parts.push(`${name} known`);
  for (const [op, sym] of [
    ['lt', '<'],
    ['lte', '<='],
    ['gt', '>'],
    ['gte', '>='],
  ] as const) {
    const lit = v[op];
    if (lit !== undefined) parts.push(`${name} ${sym} ${lit}`);
  }
  return parts;
}

const flag = (yes: string, no: string) => (v: boolean) => [v ? yes : no];

/** In the order conditions are described. */
const CONDITIONS: { [K in keyof ContextCondition]-?: ConditionSpec<NonNullable<ContextCondition[K]>> } = {
  kernel: { holds: (v, node) => versionHolds(v, node.context.kernel?.value), describe: (v) => describeVersion('kernel', v), reads: 'kernel' },
  kubernetesVersion: { holds: (v, node) => versionHolds(v, node.context.kubernetesVersion?.value), describe: (v) => describeVersion('Kubernetes', v), reads: 'kubernetesVersion' },
  nodeRole: { holds: (v, node) => v.includes(node.context.nodeRole.value), describe: (v) => [`node role ${v.join(' or ')}`], reads: 'nodeRole' },
  kubeProxyMode: { holds: (v, node) => v.includes(node.context.kubeProxyMode?.value ?? 'unknown'), describe: (v) => [`kube-proxy mode ${v.join(' or ')}`], reads: 'kubeProxyMode' },
  applier: { holds: (v, node, appliers) => (appliers ?? node.context.appliers).some((a) => v.includes(a)), describe: (v) => [`applier ${v.join(' or ')}`], reads: 'applier' },
  completeRoot: { holds: (v, node) => v === node.complete, describe: flag('linted as a complete root (--root)', 'not a complete root'), reads: 'completeRoot' },
  modulesKnown: { holds: (v, node) => v === node.modulesKnown, describe: flag('modules-load.d files present', 'no modules-load.d files'), reads: 'modules' },
  hostNetwork: { holds: (v, node) => v === !!node.context.pod?.hostNetwork, describe: flag('the pod uses hostNetwork', 'the pod does not use hostNetwork') },
  hostIPC: { holds: (v, node) => v === !!node.context.pod?.hostIPC, describe: flag('the pod uses hostIPC', 'the pod does not use hostIPC') },
  kubeletConfigKnown: { holds: (v, node) => v === !!node.context.kubelet?.allowedUnsafeSysctls, describe: flag('a kubelet configuration is among the linted files', 'no kubelet configuration among the linted files') },
  protectKernelDefaults: { holds: (v, node) => v === !!node.context.kubelet?.protectKernelDefaults?.value, describe: flag('kubelet runs with protectKernelDefaults', 'kubelet runs without protectKernelDefaults') },
};

const NAMES = Object.keys(CONDITIONS) as Array<keyof ContextCondition>;

/** Whether a context condition holds for a node (and, optionally, the appliers a value comes from). */
export function conditionHolds(cond: ContextCondition | undefined, node: NodeModel, appliers?: Applier[]): boolean {
  if (!cond) return true;
  for (const name of NAMES) {
    const value = cond[name];
    if (value !== undefined && !(CONDITIONS[name] as ConditionSpec<unknown>).holds(value, node, appliers)) return false;
  }
  return true;
}

/** `kernel >= 4.12, node role kubernetes or unknown` */
export function describeCondition(cond: ContextCondition): string {
  return NAMES.flatMap((name) => (cond[name] === undefined ? [] : (CONDITIONS[name] as ConditionSpec<unknown>).describe(cond[name]))).join(', ');
}

/** The context a condition reads. */
export function conditionReads(cond: ContextCondition | undefined, out: Set<ContextNeed>): void {
  for (const name of NAMES) {
    const reads = CONDITIONS[name].reads;
    if (cond?.[name] !== undefined && reads) out.add(reads);
  }
}
