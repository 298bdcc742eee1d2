/**
 * Live values: `sysctl -a` snapshots and /proc/sys (a fake tree with --proc-root, and this
 * machine's own), judged by the policies as a node of their own, and compared with the files
 * (drift).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sameSysctlValue } from '../../src/model/live-values';
import { readSnapshot } from '../../src/live/observe';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

interface JsonResult {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  key?: string;
  related: Array<{ file: string; line: number; column: number; message: string }>;
}

function json(args: string[], cwd: string): { status: number | null; results: JsonResult[]; stderr: string } {
  const r = runCli(['--format', 'json', ...args], { cwd });
  return { status: r.status, stderr: r.stderr, results: r.stdout ? (JSON.parse(r.stdout) as { results: JsonResult[] }).results : [] };
}

/** Rules that are about lines in files: they must never fire on live values. */
const FILE_ONLY_RULES = ['sysctl-unknown-key', 'sysctl-removed-key', 'sysctl-module-key-not-loaded', 'sysctl-overridden-setting', 'sysctl-applier-divergence', 'sysctl-inline-comment', 'sysctl-quoted-value'];

describe('comparing file values with live values', () => {
  it('compares vectors field by field whatever the whitespace', () => {
    expect(sameSysctlValue('32768 60999', '32768\t60999')).toBe(true);
    expect(sameSysctlValue('  4096\t87380   6291456 ', '4096\t87380\t6291456')).toBe(true);
    expect(sameSysctlValue('1024 65000', '32768\t60999')).toBe(false);
    expect(sameSysctlValue('1 2', '1')).toBe(false);
  });

  it('reads integers as the kernel does (base 0, optional minus)', () => {
    expect(sameSysctlValue('010', '8')).toBe(true);
    expect(sameSysctlValue('0x1e', '30')).toBe(true);
    expect(sameSysctlValue('-1', '-1')).toBe(true);
    expect(sameSysctlValue('+1', '1')).toBe(false);
    expect(sameSysctlValue('9223372036854775807', '9223372036854775807')).toBe(true);
    expect(sameSysctlValue('9223372036854775806', '9223372036854775807')).toBe(false);
    expect(sameSysctlValue('15   # shorter TIME_WAIT', '15')).toBe(true);
  });

  it('compares strings as text, quotes included', () => {
    expect(sameSysctlValue('bbr', 'bbr')).toBe(true);
    expect(sameSysctlValue('bbr', 'cubic')).toBe(false);
    expect(sameSysctlValue('"1"', '1')).toBe(false);
    expect(sameSysctlValue('|/usr/lib/systemd/systemd-coredump %P %u', '|/usr/lib/systemd/systemd-coredump %P %u')).toBe(true);
  });
});

describe('sysctl -a snapshots', () => {
  const snapshot = [
    'abi.vsyscall32 = 1',
    'dev.cdrom.info = CD-ROM information, Id: cdrom.c 3.20 2003/12/17',
    'dev.cdrom.info = ',
    'dev.cdrom.info = drive name:',
    'kernel.osrelease = 4.9.0-19-amd64',
    'net.ipv4.conf.eth0/100.rp_filter = 2',
    'net.ipv4.ip_local_port_range = 1024\t65535',
    'sysctl: permission denied on key "net.ipv4.tcp_fastopen_key", ignoring',
    'net.ipv4.tcp_tw_recycle = 1',
    'net.ipv4.vs.conn_reuse_mode = 1',
    'net.ipv4.some_future_key = 3',
    '',
  ].join('\n');

  it('parses key = value lines, multi-line values and the kernel version', () => {
    const r = readSnapshot(snapshot, 'sysctl-a.txt');
    expect(r.values.get('dev.cdrom.info')?.value).toBe('CD-ROM information, Id: cdrom.c 3.20 2003/12/17\n\ndrive name:');
    expect(r.values.get('net.ipv4.ip_local_port_range')?.value).toBe('1024\t65535');
    expect(r.values.get('net.ipv4.conf.eth0/100.rp_filter')?.value).toBe('2');
    expect(r.kernel?.value.text).toBe('4.9.0-19-amd64');
    expect(r.kernel?.value.major).toBe(4);
    expect(r.findings).toEqual([
      {
        ruleId: 'sysctl-lint/live-snapshot-line',
        severity: 'info',
        message: 'not a `key = value` line of sysctl -a output: "sysctl: permission denied on key "net.ipv4.tcp_fastopen_key", ignoring"; skipped',
        location: { file: 'sysctl-a.txt', span: { start: snapshot.indexOf('sysctl: permission'), end: snapshot.indexOf(', ignoring') + ', ignoring'.length } },
        related: [],
      },
    ]);
  });

  it('judges the live values with the policies, located at the key in the snapshot', () => {
    const dir = tmpTree({ 'sysctl-a.txt': snapshot });
    const r = json(['--live-snapshot', 'sysctl-a.txt', '--node-role', 'kubernetes'], dir);
    expect(r.status).toBe(1);
    const recycle = r.results.find((x) => x.ruleId === 'tcp-tw-recycle-enabled');
    // The kernel version comes from kernel.osrelease: 4.9 still has the key and it breaks NAT.
    expect(recycle).toMatchObject({ severity: 'error', file: 'sysctl-a.txt', line: 9, column: 1, endLine: 9, endColumn: 24, key: 'net.ipv4.tcp_tw_recycle' });
    expect(recycle?.message).toContain('Linux 4.9.0-19-amd64');
    const overlap = r.results.find((x) => x.ruleId === 'ports-ephemeral-overlaps-nodeport');
    expect(overlap).toMatchObject({ severity: 'error', file: 'sysctl-a.txt', line: 7, column: 1 });
    // conn_reuse_mode = 1 on a kernel before 5.9 is the SYN-delay bug.
    expect(r.results.some((x) => x.ruleId === 'ipvs-conn-reuse-mode' && x.line === 10)).toBe(true);
    expect(r.results.filter((x) => FILE_ONLY_RULES.includes(x.ruleId))).toEqual([]);
    expect(r.results.find((x) => x.ruleId === 'sysctl-lint/live-snapshot-line')).toMatchObject({ line: 8, column: 1 });
  });

  it('infers the role of a running machine from the files of the run, not from kernel defaults', () => {
    // bridge-nf-call-iptables is 1 on any host with br_netfilter loaded: not a Kubernetes marker.
    const snap = 'net.bridge.bridge-nf-call-iptables = 1\nnet.ipv4.ip_forward = 0\n';
    const alone = json(['--live-snapshot', 'sysctl-a.txt'], tmpTree({ 'sysctl-a.txt': snap }));
    expect(alone.results.filter((x) => x.ruleId === 'k8s-ip-forward-disabled')).toEqual([]);
    // The same machine's files say Kubernetes: forwarding off is then the error it is.
    const withFiles = json(['--live-snapshot', 'sysctl-a.txt', '--root', 'rootfs'], tmpTree({ 'sysctl-a.txt': snap, 'rootfs/etc/sysctl.d/99-kubernetes.conf': 'net.ipv4.ip_forward = 1\n' }));
    const err = withFiles.results.find((x) => x.ruleId === 'k8s-ip-forward-disabled' && x.file === 'sysctl-a.txt');
    expect(err).toMatchObject({ severity: 'error', line: 2, column: 1 });
    expect(err?.message).toContain('the files of this run: inferred from the file name rootfs/etc/sysctl.d/99-kubernetes.conf');
    expect(withFiles.results.some((x) => x.ruleId === 'sysctl-live-drift' && x.key === 'net.ipv4.ip_forward')).toBe(true);
  });

  it('reports a missing snapshot as an input error', () => {
    const r = runCli(['--live-snapshot', 'nope.txt'], { cwd: tmpTree({}) });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope.txt: cannot read the snapshot');
  });
});

describe('--live with a /proc tree', () => {
  const tree = () =>
    tmpTree({
      'proc/sys/kernel/osrelease': '5.4.0-150-generic\n',
      'proc/sys/net/ipv4/tcp_tw_recycle': '0\n',
      'proc/sys/net/ipv4/ip_local_port_range': '1024\t65535\n',
      'proc/sys/net/ipv4/conf/eth0.100/rp_filter': '1\n',
      'proc/sys/net/ipv4/tcp_syn_retries': '1\n',
      'proc/sys/net/ipv4/vs/conn_reuse_mode': '1\n',
      'proc/sys/fs/binfmt_misc/status': 'enabled\n',
      'etc/sysctl.d/10-node.conf': 'net.ipv4.tcp_syn_retries = 6\nnet.ipv4.conf.eth0/100.rp_filter = 1\nnet.ipv4.tcp_tw_recycle = 0\n',
    });

  it('locates findings in the /proc/sys file that holds the value', () => {
    const dir = tree();
    const r = json(['--live', '--proc-root', 'proc', '--node-role', 'kubernetes'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    expect(r.results.find((x) => x.ruleId === 'ports-ephemeral-overlaps-nodeport')).toMatchObject({
      file: 'proc/sys/net/ipv4/ip_local_port_range',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 11,
      key: 'net.ipv4.ip_local_port_range',
    });
    expect(r.results.find((x) => x.ruleId === 'tcp-syn-retries-extreme')).toMatchObject({ file: 'proc/sys/net/ipv4/tcp_syn_retries', line: 1, column: 1, endColumn: 2 });
    // Kernel 5.4 from osrelease: conn_reuse_mode = 1 is the pre-5.9 problem.
    expect(r.results.find((x) => x.ruleId === 'ipvs-conn-reuse-mode')?.message).toContain('5.4.0-150-generic');
    expect(r.results.filter((x) => FILE_ONLY_RULES.includes(x.ruleId))).toEqual([]);
    expect(r.results.some((x) => x.file.includes('binfmt_misc'))).toBe(false);
  });

  it('reports drift at the line in the files, with the /proc/sys file as related location', () => {
    const dir = tree();
    const r = json(['--live', '--proc-root', 'proc', '--root', '.', '--node-role', 'kubernetes'], dir);
    const drift = r.results.filter((x) => x.ruleId === 'sysctl-live-drift');
    expect(drift).toEqual([
      {
        ruleId: 'sysctl-live-drift',
        severity: 'warning',
        message: 'net.ipv4.tcp_syn_retries = 6 in the files, but the running kernel has 1 (proc/sys)',
        file: 'etc/sysctl.d/10-node.conf',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 25,
        key: 'net.ipv4.tcp_syn_retries',
        related: [{ file: 'proc/sys/net/ipv4/tcp_syn_retries', line: 1, column: 1, message: 'the running kernel has 1' }],
        docsUrl: expect.stringMatching(/#sysctl-live-drift$/),
        fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    ]);
    // The file node is judged with the running kernel's version too (5.4: the key is gone).
    expect(r.results.find((x) => x.ruleId === 'sysctl-removed-key')).toMatchObject({
      severity: 'warning',
      file: 'etc/sysctl.d/10-node.conf',
      line: 3,
      message: expect.stringContaining('does not exist on Linux 5.4.0-150-generic'),
    });
  });

  it('does not read FIFOs or other special files under /proc/sys', () => {
    const dir = tree();
    execFileSync('mkfifo', [path.join(dir, 'proc/sys/net/ipv4/blocking')]);
    const r = json(['--live', '--proc-root', 'proc'], dir);
    expect(r.status).toBe(1);
  });

  it('rejects --proc-root without --live, and --live with --live-snapshot', () => {
    expect(runCli(['--proc-root', '/proc', '.']).status).toBe(2);
    const both = runCli(['--live', '--live-snapshot', 'x.txt']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--live and --live-snapshot exclude each other');
    expect(runCli(['--live', '--proc-root', '/nonexistent-proc']).stderr).toContain('cannot read /nonexistent-proc/sys');
  });
});

describe('--live on this machine', () => {
  it('reads the real /proc/sys without errors or file-only findings', () => {
    const r = json(['--live'], os.tmpdir());
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
    expect(r.results.filter((x) => FILE_ONLY_RULES.includes(x.ruleId))).toEqual([]);
    for (const f of r.results) expect(f.file.startsWith('/proc/sys/')).toBe(true);
  });

  it('finds drift between a file and the running kernel', () => {
    const current = Number(fs.readFileSync('/proc/sys/vm/swappiness', 'utf8').trim());
    const other = current === 60 ? 61 : 60;
    const dir = tmpTree({ 'etc/sysctl.d/90-swap.conf': `vm.swappiness = ${other}\n` });
    const r = json(['--live', '--root', '.'], dir);
    const drift = r.results.filter((x) => x.ruleId === 'sysctl-live-drift' && x.key === 'vm.swappiness');
    expect(drift).toHaveLength(1);
    expect(drift[0]).toMatchObject({ file: 'etc/sysctl.d/90-swap.conf', line: 1, column: 1 });
    expect(drift[0]?.related).toEqual([{ file: '/proc/sys/vm/swappiness', line: 1, column: 1, message: `the running kernel has ${current}` }]);
  });
});
