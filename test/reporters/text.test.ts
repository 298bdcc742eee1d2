/**
 * The text report in ESLint's stylish layout: aligned columns per file, long messages split
 * into a first line and detail lines without losing a word, colour only when asked for.
 */
import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../src/reporters/text';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

describe('splitMessage', () => {
  const join = (m: { head: string; details: string[] }) => [m.head, ...m.details];

  it('keeps short messages whole', () => {
    expect(splitMessage('vm.swappiness = 1 overrides earlier assignments (10) under systemd')).toEqual({ head: 'vm.swappiness = 1 overrides earlier assignments (10) under systemd', details: [] });
  });

  it('moves a closing remark in parentheses to a detail line', () => {
    const m = 'net.ipv4.tcp_tw_recycle = 1 silently drops SYNs from clients behind NAT/SNAT (kernel version unknown: the key exists up to Linux 4.11; on 4.10-4.11 it breaks even without NAT)';
    expect(join(splitMessage(m))).toEqual(['net.ipv4.tcp_tw_recycle = 1 silently drops SYNs from clients behind NAT/SNAT', 'kernel version unknown: the key exists up to Linux 4.11; on 4.10-4.11 it breaks even without NAT']);
  });

  it('cuts at the first top-level colon or semicolon after a few words, then at each semicolon', () => {
    const m = "initContainer sysctl of DaemonSet ingress-nginx/ingress-nginx-controller: sysctl -w writes net.core.somaxconn = 32768 into the node's namespace every time the pod starts; the node's own configuration no longer decides it";
    expect(join(splitMessage(m))).toEqual([
      'initContainer sysctl of DaemonSet ingress-nginx/ingress-nginx-controller',
      "sysctl -w writes net.core.somaxconn = 32768 into the node's namespace every time the pod starts",
      "the node's own configuration no longer decides it",
    ]);
  });

  it('never cuts inside quotes or parentheses, nor after the first few words', () => {
    const m = 'net.ipv4.tcp_fin_timeout: "15      # shorter TIME_WAIT; x: y" carries an inline comment; the kernel happens to ignore it after the numbers, but sysctl files have none';
    expect(join(splitMessage(m))).toEqual(['net.ipv4.tcp_fin_timeout: "15      # shorter TIME_WAIT; x: y" carries an inline comment', 'the kernel happens to ignore it after the numbers, but sysctl files have none']);
  });

  it('loses no word: the parts joined back give the message', () => {
    const messages = [
      'kube-proxy runs in IPVS mode (KubeProxyConfiguration mode in examples/cluster/kube-proxy.yaml): nodes need net.ipv4.vs.conn_reuse_mode to fit their kernel (kube-proxy sets 0 before 5.9 and leaves it alone from 5.9), and IPVS mode is deprecated',
      'Ephemeral ports 1024 65535 overlap the NodePort range 30000-32767 (the Kubernetes default) in 30000-32767, not covered by net.ipv4.ip_local_reserved_ports; host connections can take a NodePort as source port and fail at random',
    ];
    for (const m of messages) {
      const words = (s: string) => s.replace(/[();:]/g, ' ').split(/\s+/).filter(Boolean);
      expect(words(join(splitMessage(m)).join(' '))).toEqual(words(m));
    }
  });
});

describe('the stylish layout', () => {
  const tree = () =>
    tmpTree({
      'etc/sysctl.d/10-base.conf': 'vm.swappiness = 1\n',
      'etc/sysctl.d/60-tuning.conf': '# tuning\nnet.ipv4.tcp_tw_recycle = 1\nvm.swappiness = 10\nnet.ipv4.tcp_syn_retries = 1\n',
    });

  it('prints each file once, then aligned rows, detail and note lines under the message, and a summary', () => {
    const r = runCli(['--kernel', '5.15', '--node-role', 'generic', 'etc'], { cwd: tree() });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('etc/sysctl.d/60-tuning.conf');
    const rows = lines.filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(rows).toHaveLength(3);
    // Severity and message columns start at the same offset in every row of a file.
    const columns = (l: string) => [l.search(/(error|warning|info) /), l.search(/(net|vm)\./)];
    expect(new Set(rows.map((l) => columns(l).join()))).toEqual(new Set([columns(rows[0] as string).join()]));
    expect(r.stdout).toMatch(/^ {2}4:1 {2}(error|warning) +net\.ipv4\.tcp_syn_retries = 1/m);
    expect(r.stdout).toMatch(/^ {2}3:1 {2}info +vm\.swappiness = 10 overrides earlier assignments \(1\) under systemd and procps +sysctl-overridden-setting\n {2}[ ]+note: etc\/sysctl\.d\/10-base\.conf:1:1 overridden assignment: 1$/m);
    expect(lines.at(-2)).toMatch(/^\u2716 \d+ problems \(\d+ errors?, \d+ warnings?, \d+ info\)$/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked (--color, FORCE_COLOR), never when piped', () => {
    const cwd = tree();
    expect(runCli(['etc'], { cwd }).stdout).not.toContain('\u001b[');
    expect(runCli(['--color', 'etc'], { cwd }).stdout).toContain('\u001b[31merror\u001b[39m');
    expect(runCli(['etc'], { cwd, env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[4metc/sysctl.d/60-tuning.conf\u001b[24m');
    expect(runCli(['--color', '--no-color', 'etc'], { cwd }).stdout).not.toContain('\u001b[');
  });
});
