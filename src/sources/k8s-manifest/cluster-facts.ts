/**
 * Cluster facts from Kubernetes configuration files, each at the exact location of its key:
 *
 * - the NodePort range: kube-apiserver's `--service-node-port-range` (static pod manifests and
 *   any container command, also inside a `sh -c` string), kubeadm `ClusterConfiguration`
 *   `apiServer.extraArgs` (v1beta3 map, v1beta4 list of `{name, value}`);
 * - kube-proxy's mode: `KubeProxyConfiguration.mode` (a document of its own, a kubeadm config,
 *   the kube-proxy ConfigMap's `config.conf` or EKS's `config` key), `--proxy-mode` flags, kind's
 *   `networking.kubeProxyMode`;
 * - kubelet: `KubeletConfiguration.allowedUnsafeSysctls` and `protectKernelDefaults`, the
 *   `--allowed-unsafe-sysctls` / `--protect-kernel-defaults` flags (kubeadm `kubeletExtraArgs`);
 * - the Kubernetes version of a kubeadm `ClusterConfiguration`.
 * YAML held in strings (a ConfigMap's data, kind's `kubeadmConfigPatches`) is parsed with its
 * positions mapped into the file.
 */
import type { Span } from '../../core/span';
import type { ClusterFact } from '../../model/cluster';
import { canonicalKey } from '../../model/keys';
import { parseEmbeddedYaml } from '../yaml/parse';
import { isKopsApiVersion } from './kops';
import { get, getPath, isMap, isScalar, isSeq, itemsOf, pairOf, scalarText, type YMap, type YNode, type YScalar } from '../yaml/tree';

type Emit = (f: ClusterFact) => void;

/** Flags whose values are cluster facts, wherever a command line holds them. */
const FLAGS: Array<{ flag: string; kind: 'nodePortRange' | 'kubeProxyMode' | 'allowedUnsafeSysctls' | 'protectKernelDefaults'; who: string }> = [
  { flag: 'service-node-port-range', kind: 'nodePortRange', who: 'kube-apiserver' },
  { flag: 'proxy-mode', kind: 'kubeProxyMode', who: 'kube-proxy' },
  { flag: 'allowed-unsafe-sysctls', kind: 'allowedUnsafeSysctls', who: 'kubelet' },
  { flag: 'protect-kernel-defaults', kind: 'protectKernelDefaults', who: 'kubelet' },
];

const FLAG_RE = /(^|[\s'"])--(service-node-port-range|proxy-mode|allowed-unsafe-sysctls|protect-kernel-defaults)(?:(=)|[ \t]+(?!-))(["']?)([^\s"']*)\4/g;

function factOf(kind: (typeof FLAGS)[number]['kind'], value: string, file: string, span: Span, source: string): ClusterFact | undefined {
  switch (kind) {
    case 'nodePortRange':
    case 'kubeProxyMode':
      return { kind, value, file, span, source };
    case 'allowedUnsafeSysctls':
      return { kind, value: value.split(',').map((s) => canonicalKey(s.trim())).filter(Boolean), file, span, source };
    case 'protectKernelDefaults':
      return { kind, value: value === '' || value === 'true', file, span, source };
  }
}

/** `--flag=value` or `--flag value` anywhere in a command string or argument, located at the flag. */
function flagFacts(s: YScalar, file: string, emit: Emit): void {
  const text = s.text;
  if (!text.includes('--')) return;
  FLAG_RE.lastIndex = 0;
  for (let m = FLAG_RE.exec(text); m; m = FLAG_RE.exec(text)) {
    const name = m[2] as string;
    const def = FLAGS.find((f) => f.flag === name);
    if (!def) continue;
    const flagStart = m.index + (m[1] as string).length;
    const span = s.map({ start: flagStart, end: flagStart + 2 + name.length });
    const value = m[5] ?? '';
    const fact = factOf(def.kind, value, file, span, `${def.who} --${name} in ${file}`);
    if (fact) emit(fact);
  }
  // A boolean flag given alone (`--protect-kernel-defaults`, the next word another flag).
  const bare = /(^|\s)--protect-kernel-defaults(?=\s+-|\s*$)/.exec(text);
  if (bare) {
    const start = bare.index + (bare[1] as string).length;
    emit({ kind: 'protectKernelDefaults', value: true, file, span: s.map({ start, end: start + 25 }), source: `kubelet --protect-kernel-defaults in ${file}` });
  }
}

/** Every scalar of a container list's commands and args. */
function containerFlagFacts(spec: YNode | null | undefined, file: string, emit: Emit): void {
  for (const list of ['initContainers', 'containers']) {
    for (const c of itemsOf(get(spec, list))) {
      const words = [...itemsOf(get(c, 'command')), ...itemsOf(get(c, 'args'))];
      words.forEach((s, i) => {
        if (!isScalar(s) || typeof s.value !== 'string') return;
        flagFacts(s, file, emit);
        // `--flag` and its value as two list items.
        const def = FLAGS.find((f) => s.text === `--${f.flag}`);
        const next = words[i + 1];
        if (def && isScalar(next) && !next.text.startsWith('-')) {
          const fact = factOf(def.kind, next.text, file, s.span, `${def.who} --${def.flag} in ${file}`);
          if (fact) emit(fact);
        }
      });
    }
  }
}

/** kubeadm extraArgs: a v1beta3 map or a v1beta4 list of {name, value}. */
function extraArgs(node: YNode | null | undefined): Array<{ name: string; nameNode: YScalar; value: YScalar | undefined }> {
  const out: Array<{ name: string; nameNode: YScalar; value: YScalar | undefined }> = [];
  if (isMap(node)) {
    for (const p of node.pairs) if (isScalar(p.key)) out.push({ name: p.key.text, nameNode: p.key, value: isScalar(p.value) ? p.value : undefined });
  } else if (isSeq(node)) {
    for (const item of node.items) {
      const n = get(item, 'name');
      const v = get(item, 'value');
      if (isScalar(n)) out.push({ name: n.text, nameNode: n, value: isScalar(v) ? v : undefined });
    }
  }
  return out;
}

function extraArgFacts(node: YNode | null | undefined, where: string, file: string, emit: Emit): void {
  for (const a of extraArgs(node)) {
    const def = FLAGS.find((f) => f.flag === a.name);
    if (!def || !a.value) continue;
    const fact = factOf(def.kind, a.value.text, file, a.nameNode.span, `${where} ${a.name} in ${file}`);
    if (fact) emit(fact);
  }
}

function kubeProxyConfig(doc: YMap, file: string, emit: Emit, where: string): void {
  const mode = pairOf(doc, 'mode');
  if (mode && isScalar(mode.key)) {
    const v = isScalar(mode.value) && mode.value.value !== null ? mode.value.text : '';
    emit({ kind: 'kubeProxyMode', value: v, file, span: mode.key.span, source: `KubeProxyConfiguration mode in ${where}` });
  }
}

function kubeletConfig(doc: YMap, file: string, emit: Emit, where: string): void {
  const allowed = pairOf(doc, 'allowedUnsafeSysctls');
  const kindKey = pairOf(doc, 'kind')?.key;
  if (allowed && isScalar(allowed.key)) {
    const list = itemsOf(allowed.value)
      .filter(isScalar)
      .map((s) => canonicalKey(s.text.trim()))
      .filter(Boolean);
    emit({ kind: 'allowedUnsafeSysctls', value: list, file, span: allowed.key.span, source: `KubeletConfiguration allowedUnsafeSysctls in ${where}` });
  } else if (isScalar(kindKey)) {
    // A kubelet configuration without the field allows no unsafe sysctl.
    emit({ kind: 'allowedUnsafeSysctls', value: [], file, span: kindKey.span, source: `KubeletConfiguration in ${where} (no allowedUnsafeSysctls)` });
  }
  const protect = pairOf(doc, 'protectKernelDefaults');
  if (protect && isScalar(protect.key) && isScalar(protect.value)) {
    emit({ kind: 'protectKernelDefaults', value: protect.value.value === true, file, span: protect.key.span, source: `KubeletConfiguration protectKernelDefaults in ${where}` });
  }
}

/** kops `KubeletConfigSpec`: `allowedUnsafeSysctls` and `protectKernelDefaults`. */
function kopsKubelet(kubelet: YNode | null | undefined, where: string, file: string, emit: Emit): void {
  const allowed = pairOf(kubelet, 'allowedUnsafeSysctls');
  if (allowed && isScalar(allowed.key)) {
    const list = itemsOf(allowed.value)
      .filter(isScalar)
      .map((s) => canonicalKey(s.text.trim()))
      .filter(Boolean);
    emit({ kind: 'allowedUnsafeSysctls', value: list, file, span: allowed.key.span, source: `${where} allowedUnsafeSysctls in ${file}` });
  }
  const protect = pairOf(kubelet, 'protectKernelDefaults');
  if (protect && isScalar(protect.key) && isScalar(protect.value)) {
    emit({ kind: 'protectKernelDefaults', value: protect.value.value === true, file, span: protect.key.span, source: `${where} protectKernelDefaults in ${file}` });
  }
}

/**
 * A kops `Cluster`: `spec.kubeAPIServer.serviceNodePortRange`, `spec.kubeProxy.proxyMode`, the
 * kubelet settings of `spec.kubelet` (worker nodes) and of `spec.controlPlaneKubelet` or its
 * older name `spec.masterKubelet`, and `spec.kubernetesVersion`.
 */
function kopsCluster(doc: YMap, file: string, emit: Emit): void {
  const range = pairOf(getPath(doc, ['spec', 'kubeAPIServer']), 'serviceNodePortRange');
  if (range && isScalar(range.key) && isScalar(range.value)) emit({ kind: 'nodePortRange', value: range.value.text, file, span: range.key.span, source: `kops spec.kubeAPIServer.serviceNodePortRange in ${file}` });
  const mode = pairOf(getPath(doc, ['spec', 'kubeProxy']), 'proxyMode');
  if (mode && isScalar(mode.key) && isScalar(mode.value)) emit({ kind: 'kubeProxyMode', value: mode.value.text, file, span: mode.key.span, source: `kops spec.kubeProxy.proxyMode in ${file}` });
  kopsKubelet(getPath(doc, ['spec', 'kubelet']), 'kops spec.kubelet', file, emit);
  for (const field of ['controlPlaneKubelet', 'masterKubelet']) kopsKubelet(getPath(doc, ['spec', field]), `kops spec.${field}`, file, emit);
  const v = pairOf(get(doc, 'spec'), 'kubernetesVersion');
  if (v && isScalar(v.key) && isScalar(v.value)) emit({ kind: 'kubernetesVersion', value: v.value.text, file, span: v.key.span, source: `kops spec.kubernetesVersion in ${file}` });
}

/** Facts of one configuration object (recursing into YAML held in strings). */
export function clusterFactsOf(doc: YNode | null | undefined, file: string, emit: Emit, depth = 0): void {
  if (!isMap(doc) || depth > 3) return;
  const kind = scalarText(get(doc, 'kind'));
  const apiVersion = scalarText(get(doc, 'apiVersion')) ?? '';
  switch (kind) {
    case 'KubeProxyConfiguration':
      kubeProxyConfig(doc, file, emit, file);
      return;
    case 'KubeletConfiguration':
      kubeletConfig(doc, file, emit, file);
      return;
    case 'ClusterConfiguration': {
      // kind's kubeadmConfigPatches omit apiVersion.
      if (apiVersion && !apiVersion.startsWith('kubeadm.k8s.io')) return;
      extraArgFacts(getPath(doc, ['apiServer', 'extraArgs']), 'kubeadm ClusterConfiguration apiServer.extraArgs', file, emit);
      const v = pairOf(doc, 'kubernetesVersion');
      if (v && isScalar(v.key) && isScalar(v.value)) emit({ kind: 'kubernetesVersion', value: v.value.text, file, span: v.key.span, source: `kubeadm ClusterConfiguration kubernetesVersion in ${file}` });
      return;
    }
    case 'InitConfiguration':
    case 'JoinConfiguration':
      if (!apiVersion || apiVersion.startsWith('kubeadm.k8s.io')) extraArgFacts(getPath(doc, ['nodeRegistration', 'kubeletExtraArgs']), `kubeadm ${kind} nodeRegistration.kubeletExtraArgs`, file, emit);
      return;
    case 'InstanceGroup':
      if (isKopsApiVersion(apiVersion)) kopsKubelet(getPath(doc, ['spec', 'kubelet']), `kops InstanceGroup spec.kubelet`, file, emit);
      return;
    case 'Cluster': {
      if (isKopsApiVersion(apiVersion)) {
        kopsCluster(doc, file, emit);
        return;
      }
      if (!apiVersion.startsWith('kind.x-k8s.io')) return;
      const mode = pairOf(get(doc, 'networking'), 'kubeProxyMode');
      if (mode && isScalar(mode.key) && isScalar(mode.value)) emit({ kind: 'kubeProxyMode', value: mode.value.text, file, span: mode.key.span, source: `kind networking.kubeProxyMode in ${file}` });
      const patches = [...itemsOf(get(doc, 'kubeadmConfigPatches')), ...itemsOf(get(doc, 'nodes')).flatMap((n) => itemsOf(get(n, 'kubeadmConfigPatches')))];
      for (const p of patches) if (isScalar(p) && typeof p.value === 'string') for (const d of parseEmbeddedYaml(p)) clusterFactsOf(d.contents, file, emit, depth + 1);
      return;
    }
    case 'ConfigMap': {
      // The kube-proxy ConfigMap: `config.conf` (kubeadm), `config` (EKS), any key holding one.
      for (const p of isMap(get(doc, 'data')) ? (get(doc, 'data') as YMap).pairs : []) {
        const v = p.value;
        if (!isScalar(v) || typeof v.value !== 'string' || !/KubeProxyConfiguration|KubeletConfiguration|ClusterConfiguration/.test(v.text)) continue;
        for (const d of parseEmbeddedYaml(v)) clusterFactsOf(d.contents, file, emit, depth + 1);
      }
      return;
    }
  }
  // Workloads: flags on container command lines (kube-apiserver static pods, kube-proxy DaemonSets).
  const specs = [get(doc, 'spec'), getPath(doc, ['spec', 'template', 'spec'])];
  for (const spec of specs) containerFlagFacts(spec, file, emit);
}
