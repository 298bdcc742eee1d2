import { compareVersions, parseVersion, type Version } from '../model/version';
import type { Applier, NodeModel } from '../model/types';
import type { ContextCondition, VersionCondition } from './types';

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

/** Whether a context condition holds for a node (and, optionally, the appliers a value comes from). */
export function conditionHolds(cond: ContextCondition | undefined, node: NodeModel, appliers?: Applier[]): boolean {
  if (!cond) return true;
  const ctx = node.context;
  if (cond.kernel && !versionHolds(cond.kernel, ctx.kernel?.value)) return false;
  if (cond.kubernetesVersion && !versionHolds(cond.kubernetesVersion, ctx.kubernetesVersion?.value)) return false;
  if (cond.nodeRole && !cond.nodeRole.includes(ctx.nodeRole.value)) return false;
  if (cond.kubeProxyMode && !cond.kubeProxyMode.includes(ctx.kubeProxyMode?.value ?? 'unknown')) return false;
  if (cond.applier && !(appliers ?? ctx.appliers).some((a) => cond.applier?.includes(a))) return false;
  if (cond.completeRoot !== undefined && cond.completeRoot !== node.complete) return false;
  if (cond.modulesKnown !== undefined && cond.modulesKnown !== node.modulesKnown) return false;
  if (cond.hostNetwork !== undefined && cond.hostNetwork !== !!ctx.pod?.hostNetwork) return false;
  if (cond.hostIPC !== undefined && cond.hostIPC !== !!ctx.pod?.hostIPC) return false;
  if (cond.kubeletConfigKnown !== undefined && cond.kubeletConfigKnown !== !!ctx.kubelet?.allowedUnsafeSysctls) return false;
  if (cond.protectKernelDefaults !== undefined && cond.protectKernelDefaults !== !!ctx.kubelet?.protectKernelDefaults?.value) return false;
  return true;
}
