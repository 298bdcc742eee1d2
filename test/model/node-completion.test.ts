import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { InputList } from '../../src/inputs/input-list';
import { Tree } from '../../src/inputs/tree';
import { lint } from '../../src/lint';
import { isBelow, NodeCompletion, nodeDirectory } from '../../src/model/node-completion';
import { placeFile } from '../../src/model/node-layout';
import { tmpDir } from '../helpers/tmp-tree';

describe('NodeCompletion', () => {
  const inputs = ['a/rootfs/etc/sysctl.d/10-x.conf', 'a/rootfs/usr/lib/sysctl.d/50-y.conf', 'b/rootfs/etc/sysctl.conf', 'loose/one.conf', 'loose/sub/two.conf', 'a/rootfs/etc/sysctl.d/99-late.conf'];
  const list = new InputList();
  for (const display of inputs) list.addWhole({ abs: `/r/${display}`, display, explicit: true, claimedByPath: true, devNull: false, isSymlink: false, tree: Tree.confining('/r') });
  const c = new NodeCompletion(list);
  const completeAfter = (dir: string | undefined, index: number) => {
    if (dir === undefined) return false;
    const from = inputs.findIndex((d) => isBelow(d, dir));
    const last = from < 0 ? undefined : c.lastBelow(dir, from);
    return last !== undefined && last <= index;
  };

  it('completes a directory only after the last input below it', () => {
    expect(completeAfter('a/rootfs', 1)).toBe(false);
    expect(completeAfter('a/rootfs', 4)).toBe(false);
    expect(completeAfter('a/rootfs', 5)).toBe(true);
    expect(completeAfter('b/rootfs', 2)).toBe(true);
    expect(completeAfter('loose', 3)).toBe(false);
    expect(completeAfter('loose', 4)).toBe(true);
  });

  it('never completes the working directory or an unknown directory early', () => {
    expect(completeAfter('.', 5)).toBe(false);
    expect(completeAfter(undefined, 5)).toBe(false);
    expect(completeAfter('elsewhere', 5)).toBe(false);
  });

  it('takes the node directory from the placement', () => {
    expect(nodeDirectory(placeFile('img/rootfs/etc/sysctl.d/x.conf'))).toBe('img/rootfs');
    expect(nodeDirectory(placeFile('conf/tuning.conf'))).toBe('conf');
    expect(isBelow('img/rootfs/etc/x.conf', 'img/rootfs')).toBe(true);
    expect(isBelow('img/rootfs2/etc/x.conf', 'img/rootfs')).toBe(false);
    expect(isBelow('etc/x.conf', '.')).toBe(true);
    expect(isBelow('../etc/x.conf', '.')).toBe(false);
  });
});

describe('nodes judged as soon as they are complete', () => {
  function tree(files: Record<string, string>): string {
    const dir = tmpDir('sysctl-lint-completion-');
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    return dir;
  }

  it('keeps one node whose files come from paths named apart', () => {
    const dir = tree({
      'img/etc/sysctl.d/10-a.conf': 'vm.swappiness = 10\n',
      'img/etc/sysctl.d/20-b.conf': 'vm.swappiness = 1\n',
      'other/etc/sysctl.d/10-c.conf': 'vm.swappiness = 5\n',
    });
    const r = lint({ paths: ['img/etc/sysctl.d/10-a.conf', 'other', 'img/etc/sysctl.d/20-b.conf'], cwd: dir, ruleFilter: (id) => id === 'sysctl-overridden-setting' });
    expect(r.stats.nodes).toBe(2);
    const overridden = r.findings.filter((f) => f.ruleId === 'sysctl-overridden-setting');
    expect(overridden.map((f) => f.location.file)).toEqual(['img/etc/sysctl.d/20-b.conf']);
    expect(overridden[0]?.related.map((x) => x.location.file)).toEqual(['img/etc/sysctl.d/10-a.conf']);
  });

  it('gives the same findings as judging every node at the end', () => {
    const dir = tree({
      'images/a/rootfs/etc/sysctl.d/10-net.conf': 'net.ipv4.tcp_tw_recycle = 1\nnet.ipv4.ip_local_port_range = 1024 65535\n',
      'images/a/rootfs/usr/lib/sysctl.d/10-net.conf': 'net.core.somaxconn = "4096"\n',
      'images/b/rootfs/etc/sysctl.conf': 'vm.swappiness = 60\n',
      'images/b/rootfs/etc/sysctl.d/99-k8s.conf': 'net.ipv4.ip_forward = 0\nvm.swappiness = 1\n',
      'loose/tuning.conf': 'net.ipv4.tcp_syn_retries = 1\n',
    });
    fs.writeFileSync(path.join(dir, 'extra.txt'), 'net.ipv4.tcp_syn_retries = 1\n');
    const streamed = lint({ paths: ['.', 'extra.txt'], cwd: dir });
    const deferred = lint({ paths: ['.', 'extra.txt'], cwd: dir, streaming: false });
    expect(streamed.findings.length).toBeGreaterThan(4);
    expect(deferred.findings).toEqual(streamed.findings);
    expect(deferred.stats.nodes).toBe(streamed.stats.nodes);
  });

  it('reads cluster facts ahead, so nodes judged early see them (a kube-proxy mode and NodePort range from YAML files that sort last)', () => {
    const dir = tree({
      'a-images/worker/rootfs/etc/sysctl.d/70-ipvs.conf': 'net.ipv4.vs.conn_reuse_mode = 0\nnet.ipv4.ip_local_port_range = 20000 29999\n',
      'b-apps/ds.yaml': [
        'apiVersion: apps/v1',
        'kind: DaemonSet',
        'metadata: {name: tuner}',
        'spec:',
        '  template:',
        '    spec:',
        '      hostNetwork: true',
        '      initContainers:',
        '        - name: sysctl',
        '          image: busybox',
        '          securityContext: {privileged: true}',
        '          command: [sh, -c, "sysctl -w net.ipv4.ip_local_port_range=\'25000 60999\'"]',
        '      containers: [{name: app, image: nginx}]',
        '',
      ].join('\n'),
      'z-cluster/kube-proxy.yaml': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: iptables\n',
      'z-cluster/kubeadm.yaml': 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    service-node-port-range: "20000-22767"\n',
    });
    const streamed = lint({ paths: ['.'], cwd: dir, kernel: '6.1', nodeRole: 'kubernetes' });
    const deferred = lint({ paths: ['.'], cwd: dir, kernel: '6.1', nodeRole: 'kubernetes', streaming: false });
    expect(deferred.findings).toEqual(streamed.findings);
    const rules = streamed.findings.map((f) => `${f.ruleId} ${f.location.file}`);
    // kube-proxy runs iptables (read from the last file): no IPVS finding for the image.
    expect(rules.some((r) => r.startsWith('ipvs-conn-reuse-mode'))).toBe(false);
    // The NodePort range 20000-22767 (also from the last file) is judged for both the image and the DaemonSet.
    expect(rules).toContain('ports-ephemeral-overlaps-nodeport a-images/worker/rootfs/etc/sysctl.d/70-ipvs.conf');
    expect(rules.filter((r) => r === 'ports-ephemeral-overlaps-nodeport b-apps/ds.yaml')).toHaveLength(0);
  });

  it('reads each input once: the walk uses what the read-ahead read', () => {
    const dir = tree({
      'charts/app/values.yaml': 'controller:\n  sysctls:\n    net.core.somaxconn: "32768"\n',
      'apps/ds.yaml': 'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: tuner}\nspec:\n  template:\n    spec:\n      securityContext:\n        sysctls:\n          - {name: net.ipv4.tcp_syncookies, value: "1"}\n      containers: [{name: app, image: nginx}]\n',
      'apps/plain.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n',
      'cloud-init/user-data.yaml': '#cloud-config\nwrite_files:\n  - path: /etc/sysctl.d/90.conf\n    content: |\n      net.ipv4.ip_forward = 1\n',
      'images/a/rootfs/etc/sysctl.d/10-net.conf': 'net.ipv4.tcp_tw_recycle = 1\n',
      'scripts/tune.sh': '#!/bin/sh\nsysctl -w net.ipv4.tcp_tw_recycle=1\n',
    });
    const opened = new Map<string, number>();
    const open = fs.openSync;
    const spy = vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
      const rel = path.relative(dir, String(p));
      opened.set(rel, (opened.get(rel) ?? 0) + 1);
      return open(p, flags ?? 'r', mode);
    }) as typeof fs.openSync);
    try {
      // No rule: no finding, so no file is read back for a fix or a report.
      const r = lint({ paths: ['.'], cwd: dir, ruleFilter: () => false });
      expect(r.stats.filesLinted).toBeGreaterThanOrEqual(5);
    } finally {
      spy.mockRestore();
    }
    const inputs = [...opened].filter(([rel]) => !rel.startsWith('..'));
    expect(inputs.length).toBeGreaterThanOrEqual(6);
    for (const [rel, n] of inputs) expect(n, rel).toBe(1);
  });
});
