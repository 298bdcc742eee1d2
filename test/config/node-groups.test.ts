import { describe, expect, it } from 'vitest';
import { tmpTree } from '../helpers/tmp-tree';
import { GlobSet } from '../../src/config/globs';
import { NodeGroups } from '../../src/config/node-groups';
import { lint } from '../../src/lint';

const tree = (files: Record<string, string>) => tmpTree(files, 'sl-groups-');

const groups = (dir: string, g: Record<string, string[]>) => new NodeGroups(Object.entries(g).map(([name, files]) => ({ name, files: new GlobSet(dir, files), source: 'test' })));

describe('node groups', () => {
  const files = {
    'images/a/etc/sysctl.d/60-a.conf': 'net.ipv4.ip_local_port_range = 1024 64999\n',
    'images/a/usr/lib/sysctl.d/60-a.conf': 'net.ipv4.tcp_syn_retries = 6\n',
    'images/a/etc/modules-load.d/k8s.conf': 'br_netfilter\n',
    'common/sysctl.d/50-base.conf': 'net.ipv4.ip_local_reserved_ports = 30000-32767\nnet.ipv4.tcp_tw_recycle = 1\n',
    'images/b/etc/sysctl.d/70-b.conf': 'net.ipv4.ip_local_port_range = 1024 64999\n',
  };

  it('make one node of their files, with precedence by placement', () => {
    const dir = tree(files);
    const r = lint({ paths: ['.'], cwd: dir, nodeRole: 'kubernetes', nodeGroups: groups(dir, { a: ['images/a/**', 'common/sysctl.d/*.conf'], b: ['images/b/**'] }) });
    const brief = r.findings.map((f) => `${f.location.file} ${f.ruleId}`);
    // a: common's reserved ports cover the NodePorts; b has no such file and overlaps.
    expect(brief).toContain('images/b/etc/sysctl.d/70-b.conf ports-ephemeral-overlaps-nodeport');
    expect(brief).not.toContain('images/a/etc/sysctl.d/60-a.conf ports-ephemeral-overlaps-nodeport');
    // Same name in /etc/sysctl.d and /usr/lib/sysctl.d of the group: the vendor file is masked.
    expect(brief).toContain('images/a/usr/lib/sysctl.d/60-a.conf sysctl-masked-file');
    expect(r.stats.nodes).toBe(2);
  });

  it('report a finding in a file shared by several groups once', () => {
    const dir = tree(files);
    const r = lint({ paths: ['.'], cwd: dir, nodeRole: 'kubernetes', nodeGroups: groups(dir, { a: ['images/a/**', 'common/**'], b: ['images/b/**', 'common/**'] }) });
    expect(r.findings.filter((f) => f.ruleId === 'tcp-tw-recycle-enabled').map((f) => f.location.file)).toEqual(['common/sysctl.d/50-base.conf']);
    // b now has the reserved ports too.
    expect(r.findings.map((f) => f.ruleId)).not.toContain('ports-ephemeral-overlaps-nodeport');
  });

  it('leave files in no group in their default node', () => {
    const dir = tree(files);
    const r = lint({ paths: ['.'], cwd: dir, nodeRole: 'kubernetes', nodeGroups: groups(dir, { b: ['images/b/**'] }) });
    // images/a is its own image tree, common/sysctl.d a loose drop-in set: a overlaps again.
    expect(r.findings.map((f) => `${f.location.file} ${f.ruleId}`)).toContain('images/a/etc/sysctl.d/60-a.conf ports-ephemeral-overlaps-nodeport');
    expect(r.stats.nodes).toBe(3);
  });
});
