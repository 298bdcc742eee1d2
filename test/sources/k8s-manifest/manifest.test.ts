import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint';
import { mergeClusterFacts, type ClusterFact } from '../../../src/model/cluster';
import { extractManifest } from '../../../src/sources/k8s-manifest/handler';
import { extractValues } from '../../../src/sources/helm-values/handler';
import type { NodeSpec } from '../../../src/model/build';
import { tmpDir } from '../../helpers/tmp-tree';

const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

function facts(text: string): ClusterFact[] {
  return extractManifest('x.yaml', text).clusterFacts;
}

function nodeOf(nodes: NodeSpec[], scope: 'node' | 'pod'): NodeSpec | undefined {
  return nodes.find((n) => n.scope === scope);
}

const tmp = tmpDir('sysctl-lint-k8s-');

function write(rel: string, text: string): string {
  const abs = path.join(tmp, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
  return abs;
}

describe('pod specs by kind', () => {
  const pod = (sysctl: string) => `securityContext:\n  sysctls:\n    - name: ${sysctl}\n      value: "1"\ncontainers:\n  - name: c\n    image: busybox\n`;
  const indent = (s: string, n: number) => s.replace(/^(?=.)/gm, ' '.repeat(n));
  const cases: Array<[string, string]> = [
    ['Pod', `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n${indent(pod('net.ipv4.tcp_syncookies'), 2)}`],
    ['Deployment', `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n${indent(pod('net.ipv4.tcp_syncookies'), 6)}`],
    ['CronJob', `apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${indent(pod('net.ipv4.tcp_syncookies'), 10)}`],
    ['List', `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: apps/v1\n    kind: DaemonSet\n    metadata: {name: ds}\n    spec:\n      template:\n        spec:\n${indent(pod('net.ipv4.tcp_syncookies'), 10)}`],
    ['patch', `spec:\n  template:\n    spec:\n${indent(pod('net.ipv4.tcp_syncookies'), 6)}`],
  ];
  for (const [name, text] of cases) {
    it(`finds the pod sysctls of a ${name}, located at the name`, () => {
      const { nodes } = extractManifest('x.yaml', text);
      const p = nodeOf(nodes, 'pod');
      expect(p?.runtime?.map((a) => a.key)).toEqual(['net.ipv4.tcp_syncookies']);
      expect(at(text, p!.runtime![0]!.keySpan)).toBe('net.ipv4.tcp_syncookies');
      expect(p?.runtime?.[0]?.origin).toBe('pod-sysctls');
    });
  }

  it('ignores kinds without pod specs and ordinary workloads without sysctls', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  type: NodePort\n---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: nginx, command: [nginx]}]\n';
    expect(extractManifest('x.yaml', text)).toEqual({ nodes: [], findings: [], clusterFacts: [] });
  });
});

describe('container writes by scope', () => {
  const ds = (hostNetwork: boolean, privileged: boolean, script: string) =>
    `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: t, namespace: ns}\nspec:\n  template:\n    spec:\n      hostNetwork: ${hostNetwork}\n      initContainers:\n        - name: sysctl\n          securityContext: {privileged: ${privileged}}\n          command: ["sh", "-c", "${script}"]\n`;

  it('privileged + hostNetwork: net keys change the node, at the key inside the sh -c string', () => {
    const text = ds(true, true, 'sysctl -w net.ipv4.ip_local_port_range=\\"1024 65535\\"');
    const { nodes } = extractManifest('x.yaml', text);
    const n = nodeOf(nodes, 'node');
    expect(n?.runtime?.map((a) => [a.key, a.value, a.origin])).toEqual([['net.ipv4.ip_local_port_range', '1024 65535', 'container']]);
    expect(at(text, n!.runtime![0]!.keySpan)).toBe('net.ipv4.ip_local_port_range');
    expect(n?.role?.value).toBe('kubernetes');
    expect(nodeOf(nodes, 'pod')).toBeUndefined();
  });

  it('privileged without hostNetwork: net keys stay in the pod, global keys still change the node', () => {
    const { nodes } = extractManifest('x.yaml', ds(false, true, 'sysctl -w net.core.somaxconn=1024; sysctl -w vm.max_map_count=262144'));
    expect(nodeOf(nodes, 'pod')?.runtime?.map((a) => a.key)).toEqual(['net.core.somaxconn']);
    expect(nodeOf(nodes, 'node')?.runtime?.map((a) => a.key)).toEqual(['vm.max_map_count']);
  });

  it('unprivileged: the write fails and is an observation, not a value', () => {
    const { nodes } = extractManifest('x.yaml', ds(true, false, 'echo 1 > /proc/sys/net/ipv4/ip_forward'));
    expect(nodeOf(nodes, 'node')).toBeUndefined();
    expect(nodeOf(nodes, 'pod')?.observations?.map((o) => [o.kind, o.key])).toEqual([['unprivileged-sysctl-write', 'net.ipv4.ip_forward']]);
  });

  it('reads exec-form commands and block-scalar scripts at exact positions', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  hostIPC: true\n  containers:\n    - name: loop\n      securityContext:\n        privileged: true\n      command:\n        - /bin/sh\n        - -c\n        - >\n          while true; do\n            sysctl -w net.core.somaxconn=600;\n            sysctl -w kernel.shmmni=8192;\n            sleep 10;\n          done;\n';
    const n = nodeOf(extractManifest('x.yaml', text).nodes, 'node');
    expect(n?.runtime?.map((a) => [a.key, at(text, a.keySpan)])).toEqual([
      ['net.core.somaxconn', 'net.core.somaxconn'],
      ['kernel.shmmni', 'kernel.shmmni'],
    ]);
  });
});

describe('cluster facts', () => {
  it('reads the NodePort range from kube-apiserver flags, as one word or two', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata: {name: kube-apiserver}\nspec:\n  containers:\n    - name: kube-apiserver\n      command:\n        - kube-apiserver\n        - --service-node-port-range=30000-40000\n      args: ["--service-node-port-range", "1-2"]\n';
    const f = facts(text);
    expect(f.map((x) => [x.kind, x.value, at(text, x.span)])).toEqual([
      ['nodePortRange', '30000-40000', '--service-node-port-range'],
      ['nodePortRange', '1-2', '"--service-node-port-range"'.slice(1, -1)],
    ]);
  });

  it('reads kubeadm v1beta3 maps and v1beta4 lists, and the Kubernetes version', () => {
    const v3 = 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: v1.27.3\napiServer:\n  extraArgs:\n    service-node-port-range: 30000-32000\n';
    expect(facts(v3).map((x) => [x.kind, x.value, at(v3, x.span)])).toEqual([
      ['nodePortRange', '30000-32000', 'service-node-port-range'],
      ['kubernetesVersion', 'v1.27.3', 'kubernetesVersion'],
    ]);
    const v4 = 'apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    - name: service-node-port-range\n      value: "20000-22767"\n';
    expect(facts(v4).map((x) => [x.value, at(v4, x.span)])).toEqual([['20000-22767', 'service-node-port-range']]);
  });

  it('reads kube-proxy mode from the ConfigMap (config.conf and EKS config), flags and kind', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kube-proxy}\ndata:\n  config: |\n    kind: KubeProxyConfiguration\n    mode: ""\n';
    expect(facts(cm).map((x) => [x.kind, x.value, at(cm, x.span)])).toEqual([['kubeProxyMode', '', 'mode']]);
    expect(mergeClusterFacts(facts(cm)).kubeProxyMode?.value).toBe('iptables');
    const kind = 'kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\nnetworking:\n  kubeProxyMode: "ipvs"\n';
    expect(facts(kind).map((x) => [x.value, at(kind, x.span)])).toEqual([['ipvs', 'kubeProxyMode']]);
  });

  it('reads kubelet allowedUnsafeSysctls (slashes normalised) and protectKernelDefaults', () => {
    const k = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nprotectKernelDefaults: true\nallowedUnsafeSysctls: ["net.core.somaxconn", "kernel/msg*"]\n';
    const merged = mergeClusterFacts(facts(k));
    expect(merged.kubelet?.allowedUnsafeSysctls?.value).toEqual(['net.core.somaxconn', 'kernel.msg*']);
    expect(merged.kubelet?.protectKernelDefaults?.value).toBe(true);
    const bare = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nprotectKernelDefaults: false\n';
    expect(mergeClusterFacts(facts(bare)).kubelet?.allowedUnsafeSysctls?.value).toEqual([]);
  });

  it('keeps the first fact of a kind and lets the command line win', () => {
    const a = facts('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    service-node-port-range: 30000-40000\n');
    const b = facts('apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    service-node-port-range: 1-65535\n');
    expect(mergeClusterFacts([...a, ...b]).nodePortRange?.value).toEqual({ lo: 30000, hi: 40000 });
  });
});

describe('Helm values', () => {
  it('finds ingress-nginx controller values under a subchart alias, ignoring comments', () => {
    const dir = path.join(tmp, 'umbrella');
    write('umbrella/Chart.yaml', 'apiVersion: v2\nname: edge\ndependencies:\n  - name: ingress-nginx\n    alias: nginx\n');
    const text = 'nginx:\n  controller:\n    hostNetwork: true\n    sysctls:\n      net.core.somaxconn: "8192"\n    # sysctls:\n    #   net.ipv4.tcp_tw_recycle: "1"\n';
    const abs = write('umbrella/values.yaml', text);
    const { nodes } = extractValues('values.yaml', abs, text);
    const p = nodeOf(nodes, 'pod');
    expect(p?.pod).toEqual({ hostNetwork: true, hostIPC: false, workload: 'Helm values nginx.controller (subchart ingress-nginx, alias nginx)' });
    expect(p?.runtime?.map((a) => [a.key, a.value, at(text, a.keySpan)])).toEqual([['net.core.somaxconn', '8192', 'net.core.somaxconn']]);
    expect(dir).toBeTruthy();
  });

  it('finds pod specs in any chart: podSecurityContext.sysctls with hostNetwork in the enclosing mapping', () => {
    const text = 'server:\n  hostNetwork: true\n  podSecurityContext:\n    sysctls:\n      - name: net.ipv4.ip_local_port_range\n        value: "1024 65000"\n  initContainers:\n    - name: tune\n      securityContext: {privileged: true}\n      command: ["sysctl", "-w", "vm.max_map_count=262144"]\n';
    const { nodes } = extractValues('values.yaml', path.join(tmp, 'nochart/values.yaml'), text);
    const pods = nodes.filter((n) => n.scope === 'pod');
    expect(pods.map((n) => [n.pod?.hostNetwork, n.runtime?.map((a) => a.key)])).toEqual([[true, ['net.ipv4.ip_local_port_range']]]);
    expect(nodeOf(nodes, 'node')?.runtime?.map((a) => a.key)).toEqual(['vm.max_map_count']);
  });
});

describe('detection and the lint run', () => {
  it('skips chart templates, ordinary manifests and unrelated YAML quietly when walking', () => {
    write('repo/chart/Chart.yaml', 'apiVersion: v2\nname: c\n');
    write('repo/chart/templates/ds.yaml', 'apiVersion: apps/v1\nkind: DaemonSet\nspec:\n  template:\n    spec:\n      securityContext:\n        sysctls: {{ toYaml .Values.sysctls | nindent 8 }}\n');
    write('repo/k8s/service.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: s}\n');
    write('repo/.github/workflows/ci.yaml', 'on: push\njobs: {lint: {runs-on: ubuntu-latest, steps: [{run: sysctl -a}]}}\n');
    const r = lint({ paths: ['repo'], cwd: tmp });
    expect(r.findings).toEqual([]);
  });

  it('names an explicitly given file it cannot read as unrecognized, and lints templated manifests that parse', () => {
    write('other.yaml', 'foo: bar\n');
    const tpl = write('kubeadm.yaml.tpl', 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n{{- if .x }}\n    service-node-port-range: "1-65535"\n{{- end }}\n');
    const r = lint({ paths: ['other.yaml', 'kubeadm.yaml.tpl'], cwd: tmp });
    expect(r.findings.map((f) => [f.location.file, f.ruleId])).toEqual([
      ['kubeadm.yaml.tpl', 'sysctl-lint/template-not-rendered'],
      ['kubeadm.yaml.tpl', 'k8s-nodeport-range-overlaps-ephemeral'],
      ['other.yaml', 'sysctl-lint/unrecognized-file'],
    ]);
    expect(tpl).toBeTruthy();
  });

  it('feeds the mode from a kube-proxy ConfigMap to node policies, with the ConfigMap as provenance', () => {
    write('ipvs/etc/sysctl.d/70-ipvs.conf', 'net.ipv4.vs.conn_reuse_mode = 0\n');
    write('ipvs/k8s/kube-proxy.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kube-proxy}\ndata:\n  config.conf: |\n    kind: KubeProxyConfiguration\n    mode: ipvs\n');
    const run = (mode: string) => {
      fs.writeFileSync(path.join(tmp, 'ipvs/k8s/kube-proxy.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kube-proxy}\ndata:\n  config.conf: |\n    kind: KubeProxyConfiguration\n    mode: ${mode}\n`);
      return lint({ paths: ['ipvs'], cwd: tmp, kernel: '5.15', ruleFilter: (id) => id === 'ipvs-conn-reuse-mode' }).findings;
    };
    const ipvs = run('ipvs');
    expect(ipvs.map((f) => [f.location.file, f.severity])).toEqual([['ipvs/etc/sysctl.d/70-ipvs.conf', 'warning']]);
    expect(ipvs[0]?.related.map((r) => r.location.file)).toEqual(['ipvs/k8s/kube-proxy.yaml']);
    expect(run('iptables')).toEqual([]);
  });
});

describe('JSON Patch files (kubectl patch --type json)', () => {
  it('gathers add operations on the pod template into the pod spec they build', () => {
    const text = `[
  {"op": "add", "path": "/spec/template/spec/hostNetwork", "value": true},
  {"op": "add", "path": "/spec/template/spec/initContainers/-", "value": {
    "name": "sysctl", "image": "busybox", "securityContext": {"privileged": true},
    "command": ["sysctl", "-w", "net.ipv4.ip_local_port_range=1024 65000"]}},
  {"op": "add", "path": "/spec/template/spec/securityContext/sysctls/-", "value": {"name": "net.core.somaxconn", "value": "1024"}}
]`;
    const { nodes } = extractManifest('patch.json', text);
    const n = nodeOf(nodes, 'node');
    expect(n?.runtime?.map((a) => [a.key, at(text, a.keySpan)])).toEqual([['net.ipv4.ip_local_port_range', 'net.ipv4.ip_local_port_range']]);
    const p = nodeOf(nodes, 'pod');
    expect(p?.pod?.hostNetwork).toBe(true);
    expect(p?.runtime?.map((a) => [a.key, at(text, a.keySpan)])).toEqual([['net.core.somaxconn', 'net.core.somaxconn']]);
  });
});

describe('--root reads the node image own Kubernetes configuration', () => {
  it('takes protectKernelDefaults from var/lib/kubelet/config.yaml', () => {
    write('rootfs/etc/sysctl.d/90-hardening.conf', 'kernel.panic = 0\n');
    write('rootfs/var/lib/kubelet/config.yaml', 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nprotectKernelDefaults: true\n');
    const r = lint({ paths: [], root: 'rootfs', cwd: tmp, nodeRole: 'kubernetes', ruleFilter: (id) => id === 'k8s-kubelet-kernel-defaults' });
    expect(r.findings.map((f) => [f.location.file, f.severity, f.related.map((x) => x.location.file)])).toEqual([['rootfs/etc/sysctl.d/90-hardening.conf', 'error', ['rootfs/var/lib/kubelet/config.yaml']]]);
  });
});
