/**
 * Findings across policies: every line that sets a flagged value is reported (the value in
 * force and the lines it overrides), and one line gets one finding per problem (a policy that
 * `supersedes` another replaces its finding on the same line).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

interface Result {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  related?: Array<{ file: string; line: number; message: string }>;
}

function lint(files: Record<string, string>, args: string[] = []): Result[] {
  const dir = tmpTree(files, 'sl-per-problem-');
  const r = runCli(['--no-config', '--format', 'json', ...args, '.'], { cwd: dir });
  return (JSON.parse(r.stdout) as { results: Result[] }).results;
}

const brief = (r: Result) => `${r.file}:${r.line} ${r.severity} ${r.ruleId}`;

describe('every line that sets a flagged value', () => {
  const tree = {
    'etc/sysctl.d/50-vendor-tuning.conf': 'net.ipv4.tcp_tw_recycle = 1\n',
    'etc/sysctl.d/60-web-tuning.conf': 'net.ipv4.tcp_tw_recycle = 1\n',
    'etc/sysctl.d/70-more.conf': 'net.ipv4.tcp_tw_recycle = 1\n',
  };

  it('is reported, the overridden ones with a note at the line in force', () => {
    const res = lint(tree).filter((r) => r.ruleId === 'tcp-tw-recycle-enabled');
    expect(res.map(brief)).toEqual([
      'etc/sysctl.d/50-vendor-tuning.conf:1 error tcp-tw-recycle-enabled',
      'etc/sysctl.d/60-web-tuning.conf:1 error tcp-tw-recycle-enabled',
      'etc/sysctl.d/70-more.conf:1 error tcp-tw-recycle-enabled',
    ]);
    expect(res[0]?.related?.map((x) => `${x.file}:${x.line} ${x.message}`)).toEqual(['etc/sysctl.d/70-more.conf:1 overridden by this later assignment of 1, which takes effect']);
    expect(res[2]?.related ?? []).toEqual([]);
  });

  it('takes the severity of the line in force', () => {
    const res = lint(tree, ['--kernel', '5.15']).filter((r) => r.ruleId === 'tcp-tw-recycle-enabled');
    expect(res.map((r) => r.severity)).toEqual(['warning', 'warning', 'warning']);
  });

  it('is not reported when a later line fixes it', () => {
    const res = lint({ ...tree, 'etc/sysctl.d/99-fix.conf': 'net.ipv4.tcp_tw_recycle = 0\n' });
    expect(res.filter((r) => r.ruleId === 'tcp-tw-recycle-enabled')).toEqual([]);
  });
});

describe('one finding per problem on a line', () => {
  it('tcp_tw_recycle = 1: the error notes the removal, sysctl-removed-key does not repeat it', () => {
    for (const args of [[], ['--kernel', '5.15']]) {
      const res = lint({ 'sysctl.conf': 'net.ipv4.tcp_tw_recycle = 1\n' }, args);
      expect(res.map((r) => r.ruleId), args.join(' ')).toEqual(['tcp-tw-recycle-enabled']);
    }
  });

  it('tcp_tw_recycle = 0 is still a removed key', () => {
    const res = lint({ 'sysctl.conf': 'net.ipv4.tcp_tw_recycle = 0\n' });
    expect(res.map(brief)).toEqual(['sysctl.conf:1 info sysctl-removed-key']);
  });

  it('a rule turned off in the config leaves the finding it would replace', () => {
    const dir = tmpTree({ 'sysctl.conf': 'net.ipv4.tcp_tw_recycle = 1\n', '.sysctl-lint.yaml': 'rules:\n  tcp-tw-recycle-enabled: off\n' });
    const res = (JSON.parse(runCli(['--format', 'json', '.'], { cwd: dir }).stdout) as { results: Result[] }).results;
    expect(res.map((r) => r.ruleId)).toEqual(['sysctl-removed-key']);
  });

  it('a suppressed finding still replaces it, and a directive naming both is used', () => {
    const res = lint({ 'sysctl.conf': '# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- lab hosts without NAT\nnet.ipv4.tcp_tw_recycle = 1\n' });
    expect(res).toEqual([]);
    const both = lint({ 'sysctl.conf': '# sysctl-lint disable-next-line tcp-tw-recycle-enabled, sysctl-removed-key -- lab hosts\nnet.ipv4.tcp_tw_recycle = 1\n' });
    expect(both).toEqual([]);
  });

  it('a write the kernel refuses is not also an overlap, a parity note or a value lost at reboot', () => {
    const res = lint({ 'tune.sh': '#!/bin/sh\nsysctl -w net.ipv4.ip_local_port_range="500 63000"\nsysctl -w fs.file-nr="2944 0 2037581"\n' });
    expect(res.map(brief)).toEqual(['tune.sh:2 error ports-local-port-range-invalid', 'tune.sh:3 warning sysctl-read-only-key']);
  });
});
