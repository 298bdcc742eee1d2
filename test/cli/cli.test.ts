import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp-tree';

const fx = (p: string) => path.join('test/cli/fixtures', p);

describe('sysctl-lint CLI', () => {
  it('exits 0 and prints nothing on a clean file', () => {
    const r = runCli([fx('clean.sysctl.conf')]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });

  it('exits 1 with findings in the stylish layout: the file once, then line:col, severity, message, rule', () => {
    const r = runCli([fx('tree'), '--node-role', 'kubernetes']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^test\/cli\/fixtures\/tree\/etc\/sysctl\.d\/60-tuning\.conf\n {2}2:1 {2}error {2}net\.ipv4\.tcp_tw_recycle = 1 silently drops SYNs from clients behind NAT\/SNAT {2}tcp-tw-recycle-enabled\n {14}kernel version unknown: /m);
    expect(r.stdout).toMatch(/^ {2}4:1 {2}error {2}Ephemeral ports 1024 65535 overlap the NodePort range 30000-32767 /m);
    expect(r.stdout.match(/^test\/cli\/fixtures\/tree\/etc\/sysctl\.d\/60-tuning\.conf$/gm)).toHaveLength(1);
    expect(r.stdout).not.toContain('tcp_tw_reuse');
    expect(r.stdout).toMatch(/\n\u2716 \d+ problems \(2 errors, 0 warnings, \d+ info\)\n$/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('prints the JSON contract', () => {
    const r = runCli(['--format', 'json', fx('tree'), '--node-role', 'kubernetes']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.version).toBe(1);
    const recycle = out.results.find((x: { ruleId: string }) => x.ruleId === 'tcp-tw-recycle-enabled');
    expect(recycle).toEqual({
      ruleId: 'tcp-tw-recycle-enabled',
      severity: 'error',
      message: expect.stringContaining('net.ipv4.tcp_tw_recycle = 1'),
      file: 'test/cli/fixtures/tree/etc/sysctl.d/60-tuning.conf',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 24,
      key: 'net.ipv4.tcp_tw_recycle',
      related: [],
      docsUrl: expect.stringMatching(/^https:\/\/unpkg\.com\/sysctl-lint@[^/]+\/docs\/rules\.md#tcp-tw-recycle-enabled$/),
      fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
  });

  it('honours --fail-level and --max-warnings', () => {
    expect(runCli([fx('warning-only.sysctl.conf')]).status).toBe(1);
    expect(runCli([fx('warning-only.sysctl.conf'), '--fail-level', 'error']).status).toBe(0);
    expect(runCli([fx('warning-only.sysctl.conf'), '--fail-level', 'error', '--max-warnings', '0']).status).toBe(1);
    expect(runCli([fx('warning-only.sysctl.conf'), '--fail-level', 'none', '--max-warnings', '1']).status).toBe(0);
    expect(runCli([fx('warning-only.sysctl.conf'), '--quiet']).stdout).toBe('');
  });

  it('reports usage errors with exit 2', () => {
    for (const args of [['--format', 'xml', '.'], ['--bogus'], ['--kernel', 'five', '.'], ['--node-role', 'master', '.'], []]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^sysctl-lint: /);
    }
  });

  it('reports a missing path with exit 2 but lints the rest', () => {
    const r = runCli(['does-not-exist.conf', fx('tree'), '--node-role', 'kubernetes']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('does-not-exist.conf: no such file or directory');
    expect(r.stdout).toContain('tcp-tw-recycle-enabled');
  });

  it('reports an invalid user policy at its file, line and field, with exit 2', () => {
    const r = runCli(['--policies', fx('bad-policy'), fx('clean.sysctl.conf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('test/cli/fixtures/bad-policy/broken.yaml:7:5: check.violation: unknown field "greaterThan"');
  });

  it('loads user policies with the same schema as built-in ones', () => {
    const r = runCli(['--policies', fx('user-policy'), fx('swappy.sysctl.conf'), '--format', 'json']);
    expect(r.status).toBe(1);
    const res = JSON.parse(r.stdout).results;
    expect(res.map((x: { ruleId: string; line: number; column: number }) => [x.ruleId, x.line, x.column])).toEqual([['vm-swappiness-low', 1, 1]]);
  });

  it('writes the report to --output-file and leaves inputs untouched', () => {
    const dir = tmpDir('sl-');
    const before = fs.readFileSync(fx('tree/etc/sysctl.d/60-tuning.conf'), 'utf8');
    const out = path.join(dir, 'report.json');
    const r = runCli(['-f', 'json', '-o', out, fx('tree')]);
    expect(r.stdout).toBe('');
    expect(JSON.parse(fs.readFileSync(out, 'utf8')).results.length).toBeGreaterThan(0);
    expect(fs.readFileSync(fx('tree/etc/sysctl.d/60-tuning.conf'), 'utf8')).toBe(before);
  });

  it('prints help and version', () => {
    expect(runCli(['--help']).stdout).toContain('Usage: sysctl-lint');
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('colours only when asked or on a terminal', () => {
    expect(runCli([fx('tree'), '--color']).stdout).toContain('\u001b[31merror');
    expect(runCli([fx('tree')], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli([fx('tree')], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(runCli([fx('tree')], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('shows a code frame under each finding with --code-frame', () => {
    const r = runCli([fx('tree/etc/sysctl.d/60-tuning.conf'), '--code-frame']);
    expect(r.stdout).toContain('    2 | net.ipv4.tcp_tw_recycle = 1\n      | ^^^^^^^^^^^^^^^^^^^^^^^');
  });
});

describe('the README commands', () => {
  it('lint the bundled examples tree with findings at exact locations', () => {
    const r = runCli(['examples/', '--format', 'json']);
    expect(r.status).toBe(1);
    const res = JSON.parse(r.stdout).results as Array<{ ruleId: string; file: string; line: number; column: number }>;
    const at = (rule: string) => res.filter((x) => x.ruleId === rule).map((x) => `${x.file}:${x.line}:${x.column}`);
    // Every line that sets it: the bootcmd write in force and the two files it overrides.
    expect(at('tcp-tw-recycle-enabled')).toEqual([
      'examples/cloud-init/user-data.yaml:9:24',
      'examples/cloud-init/user-data.yaml:21:7',
      'examples/cloud-init/user-data.yaml:25:14',
      'examples/node-image/etc/sysctl.d/60-performance.conf:4:1',
    ]);
    expect(at('sysctl-quoted-value')).toEqual(['examples/node-image/etc/sysctl.d/60-performance.conf:8:1']);
    expect(at('ports-ephemeral-overlaps-nodeport')).toEqual([
      'examples/cloud-init/user-data.yaml:32:62',
      'examples/cluster/ingress-nginx-daemonset.yaml:30:25',
      'examples/node-image/etc/sysctl.conf:3:1',
    ]);
    expect(at('sysctl-applier-divergence')).toEqual(['examples/node-image/etc/sysctl.conf:4:1']);
    // Workloads and cluster context (examples/cluster): the init container writes the node's
    // range, the pod's own sysctl is refused with hostNetwork, the IPVS mode comes from the ConfigMap.
    expect(at('k8s-pod-sysctl-host-namespace')).toEqual(['examples/cluster/metrics-agent.yaml:20:19']);
    expect(at('k8s-kube-proxy-ipvs-mode')).toEqual(['examples/cluster/kube-proxy.yaml:12:5']);
    expect(at('ipvs-conn-reuse-mode')).toEqual(['examples/node-image/etc/sysctl.d/70-ipvs.conf:3:1']);
  });

  it('lint a mounted root with --root the same way', () => {
    const a = JSON.parse(runCli(['examples/node-image', '--format', 'json']).stdout).results;
    const b = JSON.parse(runCli(['--root', 'examples/node-image', '--format', 'json']).stdout).results;
    expect(b.map((x: { ruleId: string; line: number }) => `${x.ruleId}:${x.line}`)).toEqual(a.map((x: { ruleId: string; line: number }) => `${x.ruleId}:${x.line}`));
  });
});

describe('real roots', () => {
  it("leaves Debian's README.sysctl alone", () => {
    const r = runCli(['--root', fx('debian-root')]);
    expect(r.stdout).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('--kube-proxy-mode', () => {
  it('wins over the mode read from the linted files', () => {
    const rules = (args: string[]) => (JSON.parse(runCli(['examples/', '--format', 'json', ...args]).stdout).results as Array<{ ruleId: string }>).map((r) => r.ruleId);
    expect(rules([])).toContain('ipvs-conn-reuse-mode');
    expect(rules(['--kube-proxy-mode', 'iptables'])).not.toContain('ipvs-conn-reuse-mode');
    expect(runCli(['examples/', '--kube-proxy-mode', 'userspace']).status).toBe(2);
  });
});
