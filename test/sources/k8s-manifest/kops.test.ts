/**
 * kops cluster specs: the cluster context of `Cluster` and `InstanceGroup`, and
 * `spec.sysctlParameters` linted as the lines nodeup writes into /etc/sysctl.d/99-k8s-general.conf
 * (the instance group's, then the cluster's), at their positions in the YAML strings.
 */
import { describe, expect, it } from 'vitest';
import { mergeClusterFacts } from '../../../src/model/cluster';
import { extractManifest } from '../../../src/sources/k8s-manifest/handler';
import { lintTree } from '../../helpers/lint-tree';

const CLUSTER = `apiVersion: kops.k8s.io/v1alpha2
kind: Cluster
metadata:
  name: k8s.example.com
spec:
  kubernetesVersion: 1.29.3
  kubeAPIServer:
    serviceNodePortRange: 30000-33000
  kubeProxy:
    proxyMode: ipvs
  kubelet:
    allowedUnsafeSysctls:
      - net.core.somaxconn
  sysctlParameters:
    - net.ipv4.tcp_tw_recycle=1
    - net.ipv4.ip_local_port_range = 1024 65535
`;
const GROUP = `apiVersion: kops.k8s.io/v1alpha2
kind: InstanceGroup
metadata:
  name: nodes-a
spec:
  role: Node
  sysctlParameters:
    - vm.swappiness=10
    - net.ipv4.tcp_tw_recycle=0
`;

describe('kops', () => {
  it('cluster context: NodePort range, kube-proxy mode, kubelet allowed sysctls, Kubernetes version', () => {
    const c = mergeClusterFacts(extractManifest('cluster.yaml', CLUSTER).clusterFacts);
    expect(c.nodePortRange?.value).toEqual({ lo: 30000, hi: 33000 });
    expect(c.kubeProxyMode?.value).toBe('ipvs');
    expect(c.kubelet?.allowedUnsafeSysctls?.value).toEqual(['net.core.somaxconn']);
    expect(c.kubernetesVersion?.value.text).toBe('1.29.3');
  });

  it('sysctlParameters: one node per instance group, its lines before the cluster ones', () => {
    const { nodes } = extractManifest('kops.yaml', `${CLUSTER}---\n${GROUP}`);
    expect(nodes.map((n) => n.label)).toEqual(['kops instance group nodes-a of cluster k8s.example.com']);
    expect(nodes[0]?.files[0]?.nodePath).toBe('/etc/sysctl.d/99-k8s-general.conf');
    expect(nodes[0]?.files[0]?.parsed.assignments.map((a) => `${a.key}=${a.value}`)).toEqual(['vm.swappiness=10', 'net.ipv4.tcp_tw_recycle=0', 'net.ipv4.tcp_tw_recycle=1', 'net.ipv4.ip_local_port_range=1024 65535']);
  });

  it('lints the lines at their positions, with the cluster value winning and the NodePort range of the spec', () => {
    const r = lintTree({ 'kops/cluster.yaml': CLUSTER }, { only: ['tcp-tw-recycle-enabled', 'ports-ephemeral-overlaps-nodeport'] });
    expect(r.list).toEqual(['kops/cluster.yaml:15:7 tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle', 'kops/cluster.yaml:16:7 ports-ephemeral-overlaps-nodeport net.ipv4.ip_local_port_range']);
    expect(r.at('tcp-tw-recycle-enabled')).toEqual(['net.ipv4.tcp_tw_recycle']);
    expect(r.result.findings[1]?.message).toContain('30000-33000');
  });

  it('an instance group alone is a node of its own; other Cluster kinds are not kops', () => {
    expect(extractManifest('ig.yaml', GROUP).nodes.map((n) => n.label)).toEqual(['kops instance group nodes-a']);
    expect(extractManifest('kind.yaml', 'apiVersion: kind.x-k8s.io/v1alpha4\nkind: Cluster\nspec:\n  sysctlParameters: [vm.swappiness=1]\n').nodes).toEqual([]);
  });

  it('a templated cluster spec decides no other file\'s context, but its sysctlParameters are still node lines', () => {
    const tpl = CLUSTER.replace('  kubeProxy:\n', '{{- if .ipvs }}\n  kubeProxy:\n').replace('    proxyMode: ipvs\n', '    proxyMode: ipvs\n{{- end }}\n');
    const { clusterFacts, nodes } = extractManifest('kops/cluster.yaml.tmpl', tpl);
    expect(clusterFacts).toEqual([]);
    const own = nodes.find((n) => n.scope === 'cluster');
    expect(own?.cluster?.kubeProxyMode?.value).toBe('ipvs');
    expect(nodes.filter((n) => n.scope === 'node').map((n) => n.files[0]?.parsed.assignments.length)).toEqual([2]);
  });

  it('the older kops/v1alpha2 API group is kops too', () => {
    const old = CLUSTER.replace('kops.k8s.io/v1alpha2', 'kops/v1alpha2');
    const c = mergeClusterFacts(extractManifest('cluster.yaml', old).clusterFacts);
    expect(c.nodePortRange?.value).toEqual({ lo: 30000, hi: 33000 });
    expect(extractManifest('cluster.yaml', old).nodes.map((n) => n.label)).toEqual(['the nodes of kops cluster k8s.example.com (every instance group)']);
  });
});
