import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/core/span';
import { lint } from '../../../src/lint';
import { mergeClusterFacts } from '../../../src/model/cluster';
import { talosConfigHandler } from '../../../src/sources/talos/handler';
import { tmpDir } from '../../helpers/tmp-tree';
import { lintTree } from '../../helpers/lint-tree';

const WORKER = `version: v1alpha1
machine:
  type: worker
  sysctls:
    net.ipv4.tcp_tw_recycle: "1"
    net.ipv4.ip_local_port_range: 1024 65535
%{ for k, v in extraSysctls ~}
    ${'$'}{k}: "${'$'}{v}"
%{ endfor ~}
cluster:
  controlPlane:
    endpoint: https://10.0.0.1:6443
`;

function lintText(name: string, text: string) {
  const dir = tmpDir('sysctl-lint-talos-');
  fs.writeFileSync(path.join(dir, name), text);
  const r = lint({ paths: [name], cwd: dir });
  const idx = new LineIndex(text);
  return r.findings.map((f) => {
    const p = idx.position(f.location.span.start);
    return `${f.ruleId} ${p.line}:${p.column} ${f.severity}`;
  });
}

describe('Talos machine configuration', () => {
  it('is claimed by content only', () => {
    expect(talosConfigHandler.claimsPath('talos/worker.yaml')).toBe(false);
    expect(talosConfigHandler.claimsContent(WORKER, 'worker.yaml')).toBe(true);
    expect(talosConfigHandler.claimsContent('apiVersion: v1\nkind: ConfigMap\nmachine:\n', 'x.yaml')).toBe(false);
    // A patch (talosctl --config-patch, Terraform templates) has no version line.
    expect(talosConfigHandler.claimsContent('machine:\n  sysctls:\n    net.core.somaxconn: 65535\ncluster:\n  proxy:\n    disabled: true\n', 'worker.yaml.tpl')).toBe(true);
    expect(talosConfigHandler.claimsContent('machine:\n  image: ubuntu-2204:current\n', '.circleci/config.yml')).toBe(false);
  });

  it('lints machine.sysctls as the node settings of a Kubernetes node, at the key, through template lines', () => {
    const found = lintText('worker.yaml.tpl', WORKER);
    expect(found).toContain('tcp-tw-recycle-enabled 5:5 error');
    // A Talos machine is a Kubernetes node: the overlap is an error, not the unknown-role warning.
    expect(found).toContain('ports-ephemeral-overlaps-nodeport 6:5 error');
    expect(found).toContain('sysctl-lint/template-not-rendered 7:1 info');
  });

  it('stays quiet on a Talos config without sysctls', () => {
    expect(lintText('controlplane.yaml', 'version: v1alpha1\nmachine:\n  type: controlplane\n')).toEqual([]);
  });

  it('a Terraform template read in part decides no other file\'s context; its own range is judged where it is written', () => {
    const tpl = ['version: v1alpha1', 'machine:', '  type: controlplane', 'cluster:', '  apiServer:', '    extraArgs:', '%{ if narrow_ports ~}', '      service-node-port-range: 30000-40000', '%{ endif ~}', ''].join('\n');
    const only = ['ports-ephemeral-overlaps-nodeport', 'k8s-nodeport-range-overlaps-ephemeral'];
    const r = lintTree({ 'talos/controlplane.yaml.tpl': tpl, 'nodes/etc/sysctl.d/90-ports.conf': 'net.ipv4.ip_local_port_range = 32768 60999\n' }, { only, args: { nodeRole: 'kubernetes' } });
    expect(r.list).toEqual(['talos/controlplane.yaml.tpl:7:1 sysctl-lint/template-not-rendered', 'talos/controlplane.yaml.tpl:8:7 k8s-nodeport-range-overlaps-ephemeral']);
    // The same configuration without template lines is the cluster's context.
    const plain = tpl.replace('%{ if narrow_ports ~}\n', '').replace('%{ endif ~}\n', '');
    const r2 = lintTree({ 'talos/controlplane.yaml': plain, 'nodes/etc/sysctl.d/90-ports.conf': 'net.ipv4.ip_local_port_range = 32768 60999\n' }, { only, args: { nodeRole: 'kubernetes' } });
    expect(r2.list).toEqual(['nodes/etc/sysctl.d/90-ports.conf:1:1 ports-ephemeral-overlaps-nodeport net.ipv4.ip_local_port_range', 'talos/controlplane.yaml:7:7 k8s-nodeport-range-overlaps-ephemeral']);
  });

  it('a control-plane configuration with inline manifests is Talos, not a Kubernetes manifest', () => {
    const text = ['version: v1alpha1', 'machine:', '  type: controlplane', '  sysctls:', '    net.ipv4.tcp_tw_recycle: "1"', 'cluster:', '  inlineManifests:', '    - name: secret', '      contents: |-', '        apiVersion: v1', '        kind: Secret', ''].join('\n');
    expect(lintText('controlplane.yaml.tpl', text)).toContain('tcp-tw-recycle-enabled 5:5 error');
  });

  it('talhelper: machine configuration patches held as strings in talconfig.yaml, at their positions', () => {
    const text = [
      'clusterName: home',
      'talosVersion: v1.9.0',
      'nodes:',
      '  - hostname: cp1',
      '    controlPlane: true',
      '    patches:',
      '      - "@./patches/cp1.yaml"',
      'worker:',
      '  patches:',
      '    - |-',
      '      machine:',
      '        sysctls:',
      '          net.ipv4.ip_local_port_range: "1024 65535"',
      '      cluster:',
      '        proxy:',
      '          mode: ipvs',
      '',
    ].join('\n');
    expect(talosConfigHandler.claimsContent(text, 'talos/talconfig.yaml')).toBe(true);
    const found = lintText('talconfig.yaml', text);
    expect(found).toContain('ports-ephemeral-overlaps-nodeport 13:11 error');
    expect(found).toContain('k8s-kube-proxy-ipvs-mode 16:11 info');
    expect(talosConfigHandler.claimsContent('clusterName: x\nnodes:\n  - hostname: a\n', 'other.yaml')).toBe(false);
  });

  it('a disabled kube-proxy has no mode', () => {
    const text = 'version: v1alpha1\nmachine:\n  type: controlplane\ncluster:\n  proxy:\n    disabled: true\n    mode: ipvs\n';
    const facts = talosConfigHandler.extract({ abs: '/x/cp.yaml', display: 'cp.yaml', text, explicit: true, devNull: false, isSymlink: false, realFile: '/x/cp.yaml' }).clusterFacts ?? [];
    expect(mergeClusterFacts(facts).kubeProxyMode).toBeUndefined();
  });

  it('reads the cluster context: NodePort range, kube-proxy mode, kubelet allowed sysctls', () => {
    const text = [
      'version: v1alpha1',
      'machine:',
      '  type: controlplane',
      '  kubelet:',
      '    extraConfig:',
      '      allowedUnsafeSysctls: [net.core.somaxconn]',
      'cluster:',
      '  apiServer:',
      '    extraArgs:',
      '      service-node-port-range: 30000-32000',
      '  proxy:',
      '    mode: ipvs',
      '',
    ].join('\n');
    const c = mergeClusterFacts(talosConfigHandler.extract({ abs: '/x/cp.yaml', display: 'cp.yaml', text, explicit: true, devNull: false, isSymlink: false, realFile: '/x/cp.yaml' }).clusterFacts ?? []);
    expect(c.nodePortRange?.value).toEqual({ lo: 30000, hi: 32000 });
    expect(c.nodePortRange?.source).toBe('Talos cluster.apiServer.extraArgs service-node-port-range in cp.yaml');
    expect(c.kubeProxyMode?.value).toBe('ipvs');
    expect(c.kubelet?.allowedUnsafeSysctls?.value).toEqual(['net.core.somaxconn']);
  });
});
