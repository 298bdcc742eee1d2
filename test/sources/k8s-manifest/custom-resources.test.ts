/**
 * Pod templates inside custom resources and other objects without a table of their own, judged
 * like a Deployment's, at exact positions (also inside Argo's podSpecPatch strings).
 */
import { describe, expect, it } from 'vitest';
import { extractManifest } from '../../../src/sources/k8s-manifest/handler';
import type { NodeSpec } from '../../../src/model/build';

const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);
const scoped = (nodes: NodeSpec[], scope: 'node' | 'pod') => nodes.filter((n) => n.scope === scope);

describe('pod templates at any depth', () => {
  it('ECK Elasticsearch: the privileged init container of spec.nodeSets[].podTemplate changes the node', () => {
    const text = [
      'apiVersion: elasticsearch.k8s.elastic.co/v1',
      'kind: Elasticsearch',
      'metadata: {name: quickstart}',
      'spec:',
      '  nodeSets:',
      '  - name: default',
      '    podTemplate:',
      '      spec:',
      '        initContainers:',
      '        - name: sysctl',
      '          securityContext: {privileged: true}',
      "          command: ['sh', '-c', 'sysctl -w vm.max_map_count=262144']",
      '',
    ].join('\n');
    const [node] = scoped(extractManifest('es.yaml', text).nodes, 'node');
    expect(node?.label).toBe('the node running Elasticsearch quickstart (spec.nodeSets[0].podTemplate.spec)');
    expect(node?.runtime?.map((a) => [a.key, a.value])).toEqual([['vm.max_map_count', '262144']]);
    expect(at(text, node!.runtime![0]!.keySpan)).toBe('vm.max_map_count');
  });

  it("Strimzi Kafka: template.pod's sysctls are the pod's; container templates are not pods", () => {
    const text = [
      'apiVersion: kafka.strimzi.io/v1beta2',
      'kind: Kafka',
      'metadata: {name: my-cluster}',
      'spec:',
      '  kafka:',
      '    template:',
      '      pod:',
      '        securityContext:',
      '          sysctls:',
      '            - {name: net.core.somaxconn, value: "4096"}',
      '      kafkaContainer:',
      '        securityContext:',
      '          sysctls: [{name: net.ipv4.tcp_syncookies, value: "1"}]',
      '',
    ].join('\n');
    const pods = scoped(extractManifest('kafka.yaml', text).nodes, 'pod');
    expect(pods.map((p) => [p.label, p.runtime?.map((a) => a.key)])).toEqual([['Kafka my-cluster (spec.kafka.template.pod)', ['net.core.somaxconn']]]);
  });

  it('Prometheus Operator: the spec is the pod spec', () => {
    const text = 'apiVersion: monitoring.coreos.com/v1\nkind: Prometheus\nmetadata: {name: k8s, namespace: monitoring}\nspec:\n  hostNetwork: true\n  securityContext:\n    sysctls: [{name: net.ipv4.ip_local_port_range, value: "1024 65000"}]\n';
    const [pod] = scoped(extractManifest('p.yaml', text).nodes, 'pod');
    expect(pod?.pod).toEqual({ hostNetwork: true, hostIPC: false, workload: 'Prometheus monitoring/k8s (spec)' });
  });

  it('an embedded Deployment (a Crossplane composition) is found below its wrapper', () => {
    const text = 'apiVersion: apiextensions.crossplane.io/v1\nkind: Composition\nmetadata: {name: c}\nspec:\n  resources:\n    - base:\n        apiVersion: apps/v1\n        kind: Deployment\n        spec:\n          template:\n            spec:\n              securityContext:\n                sysctls: [{name: kernel.shm_rmid_forced, value: "1"}]\n              containers: [{name: a, image: nginx}]\n';
    const [pod] = scoped(extractManifest('c.yaml', text).nodes, 'pod');
    expect(pod?.label).toBe('Composition c (spec.resources[0].base.spec.template.spec)');
  });

  it('KubeVirt VirtualMachine: the template is a virtual machine, not a pod', () => {
    const text = 'apiVersion: kubevirt.io/v1\nkind: VirtualMachine\nmetadata: {name: vm}\nspec:\n  template:\n    spec:\n      securityContext:\n        sysctls: [{name: net.core.somaxconn, value: "1"}]\n      domain: {devices: {}}\n';
    expect(extractManifest('vm.yaml', text).nodes).toEqual([]);
  });

  it('objects without pod templates yield nothing', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: sysctl-notes}\ndata:\n  notes: "sysctl -w vm.swappiness=1"\n';
    expect(extractManifest('cm.yaml', text).nodes).toEqual([]);
  });
});

describe('Argo Workflows', () => {
  const text = [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Workflow',
    'metadata: {generateName: tune-}',
    'spec:',
    '  hostNetwork: true',
    '  podSpecPatch: |',
    '    securityContext:',
    '      sysctls:',
    '        - name: net.ipv4.tcp_keepalive_time',
    '          value: "600"',
    '  templates:',
    '  - name: tune',
    '    script:',
    '      image: alpine',
    '      command: [sh]',
    '      securityContext: {privileged: true}',
    '      source: |',
    '        set -e',
    '        sysctl -w net.ipv4.ip_local_port_range="1024 65535"',
    '  - name: report',
    '    script:',
    '      image: python:3',
    '      command: [python]',
    '      source: |',
    '        print("sysctl -w vm.swappiness=1")',
    '  - name: step',
    '    container:',
    '      image: busybox',
    '      securityContext: {privileged: true}',
    '      command: [sysctl, -w, vm.max_map_count=262144]',
    '',
  ].join('\n');
  const { nodes } = extractManifest('wf.yaml', text);

  it('the workflow-wide podSpecPatch is read once, at its position inside the string', () => {
    const pods = scoped(nodes, 'pod');
    expect(pods.map((p) => p.label)).toEqual(["Workflow tune-* (every template's pod)"]);
    expect(pods[0]?.pod?.hostNetwork).toBe(true);
    expect(at(text, pods[0]!.runtime![0]!.keySpan)).toBe('net.ipv4.tcp_keepalive_time');
  });

  it('a shell script template is read as a script; other interpreters are not; container templates are containers', () => {
    const writes = scoped(nodes, 'node').map((n) => [n.label, n.runtime?.map((a) => `${a.key}=${a.value}`), n.runtime?.[0]?.via]);
    expect(writes).toEqual([
      ['the node running Workflow tune-* template tune', ['net.ipv4.ip_local_port_range=1024 65535'], 'container main of Workflow tune-* template tune: sysctl -w'],
      ['the node running Workflow tune-* template step', ['vm.max_map_count=262144'], 'container main of Workflow tune-* template step: sysctl -w'],
    ]);
  });

  it('CronWorkflow: the templates under spec.workflowSpec', () => {
    const cron = 'apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata: {name: nightly}\nspec:\n  schedule: "0 1 * * *"\n  workflowSpec:\n    templates:\n    - name: t\n      securityContext:\n        sysctls: [{name: net.ipv4.tcp_syncookies, value: "1"}]\n      container: {image: busybox, command: [true]}\n';
    const [pod] = scoped(extractManifest('cron.yaml', cron).nodes, 'pod');
    expect(pod?.label).toBe('CronWorkflow nightly template t');
  });
});
