/**
 * The linting context of a node: kernel and Kubernetes versions, node role, NodePort range
 * and appliers. Command-line values win; otherwise what the files say; otherwise defaults.
 * Every value records where it came from, so messages can say what was assumed.
 */
import type { ClusterContext } from './cluster';
import { lookup } from './precedence';
import type { AppliedState, Applier, ContextValue, NodeContext, NodeFile, NodeRole, PodContext } from './types';
import { parseDashRange, type PortInterval } from './values';
import { parseVersion, type Version } from './version';

export interface ContextOptions {
  kernel?: string;
  kubernetesVersion?: string;
  nodeRole?: NodeRole;
  nodePortRange?: string;
  applier?: 'systemd' | 'procps' | 'both';
  /** Where each value came from when not from its flag (`.sysctl-lint.yaml:3`), for messages. */
  contextSources?: { kernel?: string; kubernetesVersion?: string; nodeRole?: string; nodePortRange?: string; kubeProxyMode?: string };
  /** kube-proxy's mode; wins over what the linted files say. */
  kubeProxyMode?: 'iptables' | 'ipvs' | 'nftables';
  /** What the linted files say about the cluster (NodePort range, kube-proxy, kubelet). */
  cluster?: ClusterContext;
}

const DEFAULT_NODEPORT_RANGE: PortInterval = { lo: 30000, hi: 32767 };

export function appliersOf(opt: ContextOptions['applier']): Applier[] {
  return opt === 'systemd' ? ['systemd'] : opt === 'procps' ? ['procps'] : ['systemd', 'procps'];
}

export function validateContextOptions(o: ContextOptions): string[] {
  const errs: string[] = [];
  if (o.kernel !== undefined && !parseVersion(o.kernel)) errs.push(`--kernel: "${o.kernel}" is not a version like 5.15 or 6.1.20`);
  if (o.kubernetesVersion !== undefined && !parseVersion(o.kubernetesVersion)) errs.push(`--kubernetes-version: "${o.kubernetesVersion}" is not a version like 1.30`);
  if (o.nodePortRange !== undefined && !parseDashRange(o.nodePortRange)) errs.push(`--node-port-range: "${o.nodePortRange}" is not a range like 30000-32767`);
  return errs;
}

const K8S_FILE_NAME = /(^|[^a-z])(k8s|kube|kubernetes|kubelet|eks|gke|aks|k3s|rke2?)([^a-z]|$)/i;

/**
 * A node's role when the command line does not say. A Kubernetes node needs IPv4 forwarding,
 * so a file set that switches it off describes some other host; bridge netfilter hooks and
 * file names naming Kubernetes point the other way.
 */
export function inferNodeRole(files: NodeFile[], states: AppliedState[]): ContextValue<NodeRole> {
  const values = (key: string) => states.map((s) => lookup(s, key)).filter((x) => x !== undefined);
  // Positive Kubernetes markers first: an image that prepares bridge netfilter for a CNI and
  // also switches forwarding off (a hardening file sorting later) is a broken Kubernetes node,
  // not some other host.
  const bridge = values('net.bridge.bridge-nf-call-iptables');
  if (bridge.some((s) => s.winner.value.trim() === '1')) {
    return { value: 'kubernetes', source: `inferred: net.bridge.bridge-nf-call-iptables = 1 in ${bridge[0]?.winner.file}` };
  }
  const named = files.find((f) => K8S_FILE_NAME.test(f.name));
  if (named) return { value: 'kubernetes', source: `inferred from the file name ${named.file}` };
  const fwd = values('net.ipv4.ip_forward');
  if (fwd.length && fwd.every((s) => s.winner.value.trim() === '0')) {
    return { value: 'generic', source: `inferred: net.ipv4.ip_forward = 0 in ${fwd[0]?.winner.file}, which a Kubernetes node cannot run with` };
  }
  return { value: 'unknown', source: 'unknown; pass --node-role kubernetes or generic' };
}

/** The command line wins, then the cluster facts from the linted files, then defaults. */
export function buildContext(o: ContextOptions, role: ContextValue<NodeRole>, pod?: PodContext): NodeContext {
  const kernel: Version | undefined = o.kernel ? parseVersion(o.kernel) : undefined;
  const k8s: Version | undefined = o.kubernetesVersion ? parseVersion(o.kubernetesVersion) : undefined;
  const range = o.nodePortRange ? parseDashRange(o.nodePortRange) : undefined;
  const c = o.cluster;
  return {
    kernel: kernel ? { value: kernel, source: o.contextSources?.kernel ?? '--kernel' } : undefined,
    kubernetesVersion: k8s ? { value: k8s, source: o.contextSources?.kubernetesVersion ?? '--kubernetes-version' } : c?.kubernetesVersion,
    nodeRole: o.nodeRole ? { value: o.nodeRole, source: o.contextSources?.nodeRole ?? '--node-role' } : role,
    nodePortRange: range
      ? { value: range, source: o.contextSources?.nodePortRange ?? '--node-port-range' }
      : (c?.nodePortRange ?? { value: DEFAULT_NODEPORT_RANGE, source: 'the Kubernetes default' }),
    appliers: appliersOf(o.applier),
    kubeProxyMode: o.kubeProxyMode ? { value: o.kubeProxyMode, source: o.contextSources?.kubeProxyMode ?? '--kube-proxy-mode' } : c?.kubeProxyMode,
    kubelet: c?.kubelet,
    pod,
  };
}
