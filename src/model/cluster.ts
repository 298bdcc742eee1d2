/**
 * Cluster context read from the linted files: the NodePort range (kube-apiserver flags, kubeadm
 * ClusterConfiguration, kind configs), kube-proxy's mode, kubelet's allowed unsafe sysctls and
 * protectKernelDefaults, the Kubernetes version of a kubeadm config.
 *
 * Sources extract facts while they read each file (phase one); after every file was read the
 * facts are merged here (phase two) and feed the context of every node. Only facts are kept,
 * never syntax trees. A run is taken to describe one cluster: the first fact of each kind, in
 * file order, wins; the command line wins over all of them (see context.ts).
 */
import type { Span } from '../core/span';
import { distroConfigFacts, type DistroConfigFile } from './distro-config';
import type { ContextValue, KubeletContext } from './types';
import { parseDashRange, type PortInterval } from './values';
import { parseVersion, type Version } from './version';

export type ClusterFact =
  | { kind: 'nodePortRange'; value: string; file: string; span: Span; source: string }
  | { kind: 'kubeProxyMode'; value: string; file: string; span: Span; source: string }
  | { kind: 'kubernetesVersion'; value: string; file: string; span: Span; source: string }
  | { kind: 'allowedUnsafeSysctls'; value: string[]; file: string; span: Span; source: string }
  | { kind: 'protectKernelDefaults'; value: boolean; file: string; span: Span; source: string };

/**
 * Modules a modules-load.d list in the repository loads at boot, for the nodes below `scope` (an
 * image tree or an Ansible role directory; `''`: every node of the run).
 */
export interface ModuleLoadFact {
  kind: 'moduleLoad';
  modules: string[];
  file: string;
  span: Span;
  source: string;
  scope: string;
}

/** What a source reports about the cluster: facts, or a file of a k3s/RKE2 configuration to combine. */
export type ClusterFactInput = ClusterFact | DistroConfigFile | ModuleLoadFact;

export interface ClusterContext {
  nodePortRange?: ContextValue<PortInterval>;
  kubeProxyMode?: ContextValue<string>;
  kubernetesVersion?: ContextValue<Version>;
  kubelet?: KubeletContext;
  /** modules-load.d lists of the repository (they count for the nodes in their scope). */
  moduleLoads?: ModuleLoadFact[];
  /** A fact is at hand: the run gets a cluster-scope node for cluster policies. */
  any: boolean;
}

const KUBE_PROXY_MODES = new Set(['iptables', 'ipvs', 'nftables', 'kernelspace']);

/** kube-proxy's mode as kube-proxy reads it: empty means the platform default, iptables on Linux. */
function normalizeProxyMode(raw: string): string | undefined {
  const m = raw.trim().toLowerCase();
  if (m === '') return 'iptables';
  return KUBE_PROXY_MODES.has(m) ? m : undefined;
}

/**
 * The files of one k3s/RKE2 configuration (a `config.yaml` and its drop-ins) become the facts
 * their combination implies, in the place of the configuration's first file.
 */
function resolveDistroConfigs(facts: ClusterFactInput[]): Array<ClusterFact | ModuleLoadFact> {
  const sets = new Map<string, DistroConfigFile[]>();
  for (const f of facts) if (f.kind === 'distroConfig') sets.set(f.set, [...(sets.get(f.set) ?? []), f]);
  if (!sets.size) return facts as Array<ClusterFact | ModuleLoadFact>;
  const out: Array<ClusterFact | ModuleLoadFact> = [];
  for (const f of facts) {
    if (f.kind !== 'distroConfig') out.push(f);
    else if (sets.get(f.set)?.[0] === f) out.push(...distroConfigFacts(sets.get(f.set) ?? []));
  }
  return out;
}

/** Merges facts (already in file order): the first usable fact of each kind wins. */
export function mergeClusterFacts(facts: ClusterFactInput[]): ClusterContext {
  const out: ClusterContext = { any: false };
  const at = (f: { source: string; file: string; span: Span }) => ({ source: f.source, location: { file: f.file, span: f.span } });
  for (const f of resolveDistroConfigs(facts)) {
    switch (f.kind) {
      case 'nodePortRange': {
        const r = parseDashRange(f.value);
        if (r && !out.nodePortRange) out.nodePortRange = { value: r, ...at(f) };
        break;
      }
      case 'kubeProxyMode': {
        const m = normalizeProxyMode(f.value);
        if (m && !out.kubeProxyMode) out.kubeProxyMode = { value: m, ...at(f) };
        break;
      }
      case 'kubernetesVersion': {
        const v = parseVersion(f.value);
        if (v && !out.kubernetesVersion) out.kubernetesVersion = { value: v, ...at(f) };
        break;
      }
      case 'allowedUnsafeSysctls':
        out.kubelet ??= {};
        out.kubelet.allowedUnsafeSysctls ??= { value: f.value, ...at(f) };
        break;
      case 'protectKernelDefaults':
        out.kubelet ??= {};
        out.kubelet.protectKernelDefaults ??= { value: f.value, ...at(f) };
        break;
      case 'moduleLoad':
        (out.moduleLoads ??= []).push(f);
        break;
    }
  }
  out.any = !!(out.nodePortRange || out.kubeProxyMode || out.kubernetesVersion || out.kubelet);
  return out;
}

/**
 * kubelet's allowlist match (`pkg/kubelet/sysctl/allowlist.go`): an exact name, or a pattern
 * ending in `*` that matches by prefix. Names may use `/` separators.
 */
export function allowlistMatches(patterns: string[], key: string): string | undefined {
  for (const raw of patterns) {
    const p = raw.trim();
    if (!p) continue;
    if (p.endsWith('*') ? key.startsWith(p.slice(0, -1)) : key === p) return p;
  }
  return undefined;
}
