/**
 * k3s and RKE2 configuration files as cluster context: recognised by content, combined with
 * their config.yaml.d drop-ins in load order (last value wins, `key+` appends), each fact at the
 * entry that decides it.
 */
import { describe, expect, it } from 'vitest';
import { mergeClusterFacts, type ClusterFactInput } from '../../../src/model/cluster';
import { distroConfigHandler, extractDistroConfig } from '../../../src/sources/distro-config/handler';
import { lintTree } from '../../helpers/lint-tree';

const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

function context(files: Array<[string, string]>) {
  const facts: ClusterFactInput[] = [];
  for (const [display, text] of files) {
    const { fact } = extractDistroConfig(display, text);
    if (fact) facts.push(fact);
  }
  return mergeClusterFacts(facts);
}

describe('k3s and RKE2 configuration', () => {
  it('is recognised by its flag keys, not by its name', () => {
    expect(distroConfigHandler.claimsContent('token: x\nkube-proxy-arg:\n  - proxy-mode=ipvs\n', 'infra/k3s-server.yaml')).toBe(true);
    expect(distroConfigHandler.claimsContent('service-node-port-range+: "30000-32767"\n', 'x.yaml')).toBe(true);
    expect(distroConfigHandler.claimsContent('token: x\nnode-label: [a=b]\n', 'config.yaml')).toBe(false);
    expect(distroConfigHandler.claimsContent('apiVersion: v1\nkind: ConfigMap\nkube-proxy-arg: []\n', 'x.yaml')).toBe(false);
  });

  it('reads the NodePort range, kube-proxy mode and kubelet settings at their values', () => {
    const text = 'service-node-port-range: "30000-32000"\nkube-proxy-arg:\n  - "--proxy-mode=ipvs"\nkubelet-arg:\n  - allowed-unsafe-sysctls=net.core.somaxconn,kernel.msg*\n  - protect-kernel-defaults\n';
    const c = context([['etc/rancher/rke2/config.yaml', text]]);
    expect(c.nodePortRange?.value).toEqual({ lo: 30000, hi: 32000 });
    expect(c.nodePortRange?.source).toBe('RKE2 service-node-port-range in etc/rancher/rke2/config.yaml');
    expect(at(text, c.kubeProxyMode!.location!.span)).toBe('--proxy-mode=ipvs');
    expect(c.kubeProxyMode?.value).toBe('ipvs');
    expect(c.kubelet?.allowedUnsafeSysctls?.value).toEqual(['net.core.somaxconn', 'kernel.msg*']);
    expect(c.kubelet?.protectKernelDefaults?.value).toBe(true);
  });

  it('drop-ins load after config.yaml: the last value wins, a replaced list drops earlier flags, key+ appends', () => {
    const base = 'kube-proxy-arg:\n  - proxy-mode=ipvs\nservice-node-port-range: 30000-32767\n';
    const replaced = context([
      ['etc/rancher/k3s/config.yaml', base],
      ['etc/rancher/k3s/config.yaml.d/10-metrics.yaml', 'kube-proxy-arg:\n  - metrics-bind-address=0.0.0.0\nservice-node-port-range: 31000-32000\n'],
    ]);
    expect(replaced.kubeProxyMode).toBeUndefined();
    expect(replaced.nodePortRange?.value).toEqual({ lo: 31000, hi: 32000 });
    expect(replaced.nodePortRange?.location?.file).toBe('etc/rancher/k3s/config.yaml.d/10-metrics.yaml');
    const appended = context([
      ['etc/rancher/k3s/config.yaml', base],
      ['etc/rancher/k3s/config.yaml.d/10-metrics.yaml', 'kube-proxy-arg+:\n  - metrics-bind-address=0.0.0.0\n'],
      ['etc/rancher/k3s/config.yaml.d/20-mode.yaml', 'kube-proxy-arg+:\n  - proxy-mode=nftables\n'],
    ]);
    expect(appended.kubeProxyMode?.value).toBe('nftables');
    expect(appended.kubeProxyMode?.location?.file).toBe('etc/rancher/k3s/config.yaml.d/20-mode.yaml');
  });

  it('kube-apiserver-arg beats the top-level flag; template values are not known', () => {
    const c = context([['k3s/config.yaml', 'service-node-port-range: 30000-32767\nkube-apiserver-arg:\n  - service-node-port-range=20000-22767\nkubelet-arg:\n  - "allowed-unsafe-sysctls={{ k3s_sysctls }}"\n']]);
    expect(c.nodePortRange?.value).toEqual({ lo: 20000, hi: 22767 });
    expect(c.kubelet?.allowedUnsafeSysctls).toBeUndefined();
  });

  it('configurations in different places are different sets: the first in path order wins', () => {
    const c = context([
      ['clusters/a/config.yaml', 'service-node-port-range: 30000-31000\n'],
      ['clusters/b/config.yaml', 'service-node-port-range: 32000-32767\n'],
    ]);
    expect(c.nodePortRange?.location?.file).toBe('clusters/a/config.yaml');
  });

  it('a walked repository: the range of the drop-in judges the nodes', () => {
    const r = lintTree(
      {
        'rancher/k3s/config.yaml': 'token: x\nservice-node-port-range: 30000-32767\n',
        'rancher/k3s/config.yaml.d/90-wide.yaml': 'service-node-port-range: 10000-40000\n',
        'node/etc/sysctl.d/90-ports.conf': 'net.ipv4.ip_local_port_range = 32768 60999\n',
      },
      { only: ['ports-ephemeral-overlaps-nodeport', 'k8s-nodeport-range-overlaps-ephemeral'], args: { nodeRole: 'kubernetes' } },
    );
    expect(r.list).toEqual(['node/etc/sysctl.d/90-ports.conf:1:1 ports-ephemeral-overlaps-nodeport net.ipv4.ip_local_port_range', 'rancher/k3s/config.yaml.d/90-wide.yaml:1:26 k8s-nodeport-range-overlaps-ephemeral']);
    expect(r.result.findings[0]?.related.map((x) => x.message)).toEqual(['NodePort range 10000-40000: k3s service-node-port-range in rancher/k3s/config.yaml.d/90-wide.yaml']);
  });

  it('component arguments as a list or as one string, with or without --', () => {
    const list = context([['k3s.yaml', 'kube-proxy-arg:\n  - metrics-bind-address=0.0.0.0\n  - --proxy-mode=ipvs\n']]);
    expect(list.kubeProxyMode?.value).toBe('ipvs');
    const one = 'kube-proxy-arg: "proxy-mode=nftables"\nkubelet-arg: allowed-unsafe-sysctls=net.ipv4.tcp_keepalive_time\n';
    const c = context([['k3s.yaml', one]]);
    expect(c.kubeProxyMode?.value).toBe('nftables');
    expect(at(one, c.kubeProxyMode!.location!.span)).toBe('proxy-mode=nftables');
    expect(c.kubelet?.allowedUnsafeSysctls?.value).toEqual(['net.ipv4.tcp_keepalive_time']);
  });

  it('disable-kube-proxy: no kube-proxy, so no mode', () => {
    expect(context([['rke2.yaml', 'disable-kube-proxy: true\nkube-proxy-arg: [proxy-mode=ipvs]\n']]).kubeProxyMode).toBeUndefined();
    expect(context([['rke2.yaml', 'disable-kube-proxy: false\nkube-proxy-arg: [proxy-mode=ipvs]\n']]).kubeProxyMode?.value).toBe('ipvs');
  });

  it('RKE2 drop-ins in config.yaml.d belong to /etc/rancher/rke2/config.yaml', () => {
    const c = context([
      ['etc/rancher/rke2/config.yaml', 'kubelet-arg:\n  - protect-kernel-defaults=false\nkube-proxy-arg: [proxy-mode=iptables]\n'],
      ['etc/rancher/rke2/config.yaml.d/50-ipvs.yaml', 'kube-proxy-arg+: [proxy-mode=ipvs]\n'],
    ]);
    expect(c.kubeProxyMode?.value).toBe('ipvs');
    expect(c.kubeProxyMode?.source).toBe('RKE2 kube-proxy-arg proxy-mode in etc/rancher/rke2/config.yaml.d/50-ipvs.yaml');
    expect(c.kubelet?.protectKernelDefaults?.value).toBe(false);
  });

  it('protect-kernel-defaults: the top-level flag, RKE2 CIS profile, and a kubelet-arg that wins over both', () => {
    const flag = context([['etc/rancher/k3s/config.yaml', 'protect-kernel-defaults: true\n']]);
    expect(flag.kubelet?.protectKernelDefaults?.value).toBe(true);
    expect(flag.kubelet?.protectKernelDefaults?.source).toBe('k3s protect-kernel-defaults in etc/rancher/k3s/config.yaml');
    const profile = 'token: x\nprofile: cis-1.23\n';
    const cis = context([['etc/rancher/rke2/config.yaml', profile]]);
    expect(cis.kubelet?.protectKernelDefaults?.value).toBe(true);
    expect(at(profile, cis.kubelet!.protectKernelDefaults!.location!.span)).toBe('cis-1.23');
    expect(context([['rke2.yaml', 'profile: cis\nkubelet-arg: [protect-kernel-defaults=false]\n']]).kubelet?.protectKernelDefaults?.value).toBe(false);
    // The CIS profile alone makes a file a k3s/RKE2 configuration; another profile does not.
    expect(distroConfigHandler.claimsContent(profile, 'rke2-server.yaml')).toBe(true);
    expect(distroConfigHandler.claimsContent('profile: default\nname: x\n', 'app.yaml')).toBe(false);
  });

  it('an RKE2 node in CIS mode: a node image that changes a kubelet tunable is an error', () => {
    const r = lintTree(
      {
        'rke2/config.yaml': 'write-kubeconfig-mode: "0600"\nprofile: cis\n',
        'image/etc/sysctl.d/90-oom.conf': 'vm.overcommit_memory = 0\n',
      },
      { only: ['k8s-kubelet-kernel-defaults'], args: { nodeRole: 'kubernetes' } },
    );
    expect(r.list).toEqual(['image/etc/sysctl.d/90-oom.conf:1:1 k8s-kubelet-kernel-defaults vm.overcommit_memory']);
    expect(r.result.findings[0]?.severity).toBe('error');
  });

  it('cloud-init user-data that writes the configuration: its facts at their positions in the block scalar, the machine a Kubernetes node', () => {
    const userData = [
      '#cloud-config',
      'write_files:',
      '  - path: /etc/rancher/rke2/config.yaml',
      '    content: |',
      '      token: x',
      '      profile: cis-1.6',
      '      kube-proxy-arg:',
      '        - proxy-mode=ipvs',
      '  - path: /etc/sysctl.d/90-oom.conf',
      '    content: |',
      '      vm.overcommit_memory = 0',
      '',
    ].join('\n');
    const r = lintTree({ 'infra/user-data.yaml': userData }, { only: ['k8s-kubelet-kernel-defaults', 'k8s-kube-proxy-ipvs-mode'] });
    expect(r.list).toEqual(['infra/user-data.yaml:8:11 k8s-kube-proxy-ipvs-mode', 'infra/user-data.yaml:11:7 k8s-kubelet-kernel-defaults vm.overcommit_memory']);
    expect(r.result.findings.map((f) => f.severity)).toEqual(['info', 'error']);
  });

  it('user-data whose configuration is templated decides nothing for other files', () => {
    const userData = ['#cloud-config', 'write_files:', '  - path: /etc/rancher/k3s/config.yaml', '    content: |', '      %{ if wide_ports }', '      service-node-port-range: 30000-40000', '      %{ endif }', ''].join('\n');
    const only = ['ports-ephemeral-overlaps-nodeport', 'k8s-nodeport-range-overlaps-ephemeral'];
    const files = { 'infra/user-data.yaml': userData, 'node/etc/sysctl.d/90-ports.conf': 'net.ipv4.ip_local_port_range = 32768 60999\n' };
    expect(lintTree(files, { only, args: { nodeRole: 'kubernetes' } }).list).toEqual(['infra/user-data.yaml:6:32 k8s-nodeport-range-overlaps-ephemeral']);
    const plain = { ...files, 'infra/user-data.yaml': userData.replace('      %{ if wide_ports }\n', '').replace('      %{ endif }\n', '') };
    expect(lintTree(plain, { only, args: { nodeRole: 'kubernetes' } }).list).toEqual(['infra/user-data.yaml:5:32 k8s-nodeport-range-overlaps-ephemeral', 'node/etc/sysctl.d/90-ports.conf:1:1 ports-ephemeral-overlaps-nodeport net.ipv4.ip_local_port_range']);
  });

  it('a template (an Ansible config.yaml.j2) decides nothing for the other files', () => {
    const r = lintTree(
      {
        'roles/k3s/templates/config.yaml.j2': '{% if wide_ports %}\nservice-node-port-range: 10000-40000\n{% endif %}\nkube-proxy-arg:\n  - proxy-mode=ipvs\n',
        'node/etc/sysctl.d/90-ports.conf': 'net.ipv4.ip_local_port_range = 32768 60999\n',
      },
      { only: ['ports-ephemeral-overlaps-nodeport', 'k8s-nodeport-range-overlaps-ephemeral'], args: { nodeRole: 'kubernetes' } },
    );
    // The template's own range is still judged where it is written.
    expect(r.list).toEqual(['roles/k3s/templates/config.yaml.j2:1:1 sysctl-lint/template-not-rendered', 'roles/k3s/templates/config.yaml.j2:2:26 k8s-nodeport-range-overlaps-ephemeral']);
  });
});
