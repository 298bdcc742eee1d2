/**
 * User control end to end, as a new user meets it: a repository with a config file, inline
 * suppressions, ignored folders and node groups (test/cli/fixtures/user-repo, copied to a
 * temporary git work tree per test), linted by the bundled CLI.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp-tree';

interface JsonResult {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  suppression?: { kind: string; file: string; line: number; column: number; reason: string; until?: string };
}
interface JsonReport {
  version: number;
  results: JsonResult[];
  suppressed: number;
  suppressedResults: JsonResult[];
}

const fixture = path.join(projectRoot, 'test/cli/fixtures/user-repo');

/** A fresh copy of the fixture repository, as a git work tree with its .gitignore. */
function repo(): string {
  const dir = tmpDir('sl-repo-');
  fs.cpSync(fixture, dir, { recursive: true });
  fs.renameSync(path.join(dir, 'gitignore.template'), path.join(dir, '.gitignore'));
  fs.mkdirSync(path.join(dir, '.git'));
  return dir;
}

function json(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { status: number | null; report: JsonReport; stderr: string } {
  const r = runCli(['--format', 'json', ...args], { cwd, env });
  return { status: r.status, report: JSON.parse(r.stdout || '{"results":[]}') as JsonReport, stderr: r.stderr };
}

const brief = (r: JsonResult) => `${r.file}:${r.line}:${r.column} ${r.severity} ${r.ruleId}`;

describe('a repository with .sysctl-lint.yaml', () => {
  it('lints as configured', () => {
    const dir = repo();
    const { status, report, stderr } = json(['.'], dir);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(report.results.map(brief)).toEqual([
      'images/worker/etc/sysctl.d/10-kubernetes.conf:2:1 info sysctl-module-key-not-loaded',
      // graded up from info by `rules:`; the overridden line is in the shared drop-in
      'images/worker/etc/sysctl.d/60-performance.conf:8:1 warning sysctl-overridden-setting',
      'images/worker/etc/sysctl.d/60-performance.conf:8:1 info tcp-syn-retries-extreme',
    ]);
    // tcp-timestamps-disabled is off; out/ (.gitignore) and legacy/ (ignore:) are not linted;
    // the gpu image's wide port range is fine because its node includes common/'s reserved ports.
    expect(report.results.some((r) => r.ruleId === 'ports-ephemeral-overlaps-nodeport')).toBe(false);
    expect(report.suppressed).toBe(3);
    expect(report.suppressedResults.map((r) => [brief(r), r.suppression?.line, r.suppression?.reason, r.suppression?.until])).toEqual([
      ['images/worker/etc/sysctl.d/60-performance.conf:3:1 warning sysctl-removed-key', 2, 'NAT-free batch nodes; the line goes with the 6.x image', '2099-12-31'],
      ['images/worker/etc/sysctl.d/60-performance.conf:3:1 warning tcp-tw-recycle-enabled', 2, 'NAT-free batch nodes; the line goes with the 6.x image', '2099-12-31'],
      // a rule of the team's own policy directory (policies: in the config)
      ['images/worker/etc/sysctl.d/60-performance.conf:7:1 warning vm-swappiness-low', 6, 'swap-backed batch workload, agreed with SRE', undefined],
    ]);
    // The context came from the config file: kernel 5.15 (written unquoted as 5.15).
    expect(report.suppressedResults[1]?.message).toContain('Linux 5.15');
  });

  it('says in the text report how many findings were suppressed', () => {
    const dir = repo();
    const r = runCli(['.'], { cwd: dir });
    expect(r.stdout).toContain('3 problems (0 errors, 1 warning, 2 info), 3 suppressed\n');
    // Everything suppressed: exit 0, and still one line saying so.
    fs.writeFileSync(path.join(dir, 'only.sysctl.conf'), '# sysctl-lint disable-next-line tcp-tw-recycle-enabled, sysctl-removed-key -- lab machine\nnet.ipv4.tcp_tw_recycle = 1\n');
    const quiet = runCli(['only.sysctl.conf'], { cwd: dir });
    expect(quiet.stdout).toBe('0 problems, 2 suppressed (--format json lists them with their reasons)\n');
    expect(quiet.status).toBe(0);
  });

  it('is found from a subdirectory, and ignored with --no-config', () => {
    const dir = repo();
    const sub = json(['worker'], path.join(dir, 'images'));
    expect(sub.report.suppressed).toBe(3);
    expect(sub.report.results.map((r) => r.ruleId)).not.toContain('tcp-timestamps-disabled');
    const noConfig = json(['--no-config', '.'], dir);
    const ids = noConfig.report.results.map((r) => r.ruleId);
    // Without the config: the rule is on again, groups are gone (gpu alone overlaps the
    // NodePort range), legacy/ is linted, and the team policy is unknown, so its directive is too.
    expect(ids).toContain('tcp-timestamps-disabled');
    expect(ids).toContain('ports-ephemeral-overlaps-nodeport');
    expect(noConfig.report.results.map((r) => r.file)).toContain('legacy/sysctl.conf');
    expect(noConfig.report.results.filter((r) => r.ruleId === 'sysctl-lint/suppression-unknown-rule').map(brief)).toEqual(['images/worker/etc/sysctl.d/60-performance.conf:6:33 warning sysctl-lint/suppression-unknown-rule']);
  });

  it('takes --config FILE, and command-line flags win over it', () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, 'strict.yml'), 'rules:\n  tcp-syn-retries-extreme: error\n');
    const r = json(['--config', 'strict.yml', 'images/worker', 'common'], dir);
    expect(r.report.results.filter((x) => x.ruleId === 'tcp-syn-retries-extreme').map((x) => x.severity)).toEqual(['error']);
    const printed = runCli(['--print-config', '--kernel', '6.1', '--node-port-range', '30000-32000'], { cwd: dir });
    expect(printed.status).toBe(0);
    expect(printed.stdout).toContain('  kernel: "6.1"                             # --kernel\n');
    expect(printed.stdout).toContain('  kubernetesVersion: "1.30"                 # .sysctl-lint.yaml:5\n');
    expect(printed.stdout).toContain('  nodePortRange: "30000-32000"              # --node-port-range\n');
    expect(printed.stdout).toContain('  applier: both                             # default\n');
    expect(printed.stdout).toContain('  tcp-timestamps-disabled: off              # .sysctl-lint.yaml:8\n');
    expect(printed.stdout).toContain('  - "team-policies"                         # .sysctl-lint.yaml:14\n');
    expect(printed.stdout).toContain('  - name: "worker"                          # .sysctl-lint.yaml:17\n');
    expect(printed.stdout).toContain('respectGitignore: true                      # default\n');
    expect(printed.stdout).toMatch(/^# yaml-language-server: \$schema=/);
  });

  it('reports an invalid config at its line and field, with exit 2', () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, '.sysctl-lint.yaml'), 'context:\n  kernel: "5.15"\n  nodeRol: kubernetes\nrules:\n  tcp-tw-recyle: off\n');
    const r = runCli(['.'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('sysctl-lint: invalid config: .sysctl-lint.yaml:3:3: context: unknown field "nodeRol"\n');
    fs.writeFileSync(path.join(dir, '.sysctl-lint.yaml'), 'rules:\n  tcp-tw-recyle: off\n');
    expect(runCli(['.'], { cwd: dir }).stderr).toBe('sysctl-lint: invalid config: .sysctl-lint.yaml:2:3: rules.tcp-tw-recyle: unknown rule "tcp-tw-recyle"; did you mean tcp-tw-recycle-enabled? (sysctl-lint --list-rules lists them)\n');
    expect(runCli(['--config', 'nope.yaml', '.'], { cwd: dir }).stderr).toBe('sysctl-lint: invalid config: nope.yaml: cannot read config file: no such file\n');
  });

  it('respects .gitignore when walking, unless the ignored directory is named or respectGitignore is false', () => {
    const dir = repo();
    expect(json(['.'], dir).report.results.map((r) => r.file)).not.toContain('out/rootfs/etc/sysctl.d/99-built.conf');
    expect(json(['out/rootfs'], dir).report.results.map((r) => r.file)).toContain('out/rootfs/etc/sysctl.d/99-built.conf');
    fs.appendFileSync(path.join(dir, '.sysctl-lint.yaml'), 'respectGitignore: false\n');
    expect(json(['.'], dir).report.results.map((r) => r.file)).toContain('out/rootfs/etc/sysctl.d/99-built.conf');
  });

  it('silences findings without a line to comment on through per-path overrides', () => {
    const dir = repo();
    // Named explicitly, a file sysctl-lint does not understand is reported...
    expect(json(['--no-config', 'notes/tuning.txt'], dir).report.results.map((r) => r.ruleId)).toEqual(['sysctl-lint/unrecognized-file']);
    // ...unless the config turns that rule off for notes/**.
    const r = json(['notes/tuning.txt'], dir);
    expect(r.report.results).toEqual([]);
    expect(r.status).toBe(0);
  });
});

describe('inline suppressions', () => {
  it('expire after their until= date and say so (SYSCTL_LINT_TODAY fixes the date)', () => {
    const dir = repo();
    const on = json(['images/worker'], dir, { SYSCTL_LINT_TODAY: '2099-12-31' });
    expect(on.report.results.map((r) => r.ruleId)).not.toContain('tcp-tw-recycle-enabled');
    const after = json(['images/worker'], dir, { SYSCTL_LINT_TODAY: '2100-01-01' });
    expect(after.report.results.filter((r) => /tcp-tw-recycle|expired/.test(r.ruleId)).map(brief)).toEqual([
      'images/worker/etc/sysctl.d/60-performance.conf:2:76 warning sysctl-lint/suppression-expired',
      'images/worker/etc/sysctl.d/60-performance.conf:3:1 warning tcp-tw-recycle-enabled',
    ]);
    const bad = runCli(['images/worker'], { cwd: dir, env: { SYSCTL_LINT_TODAY: 'tomorrow' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('sysctl-lint: SYSCTL_LINT_TODAY="tomorrow" is not a date like 2026-12-31\n');
  });

  it('need a reason, name known rules, and are reported when they suppress nothing', () => {
    const dir = tmpDir('sl-sup-');
    fs.writeFileSync(
      path.join(dir, '60-tuning.sysctl.conf'),
      [
        '# sysctl-lint disable-next-line tcp-tw-recycle-enabled',
        'net.ipv4.tcp_tw_recycle = 1',
        '# sysctl-lint disable-next-line tcp-syn-retries-extreme -- checked with the network team',
        'net.ipv4.tcp_syn_retries = 6',
        '# sysctl-lint disable tcp-synack-retrys -- typo',
        '',
      ].join('\n'),
    );
    const r = json(['--no-config', '60-tuning.sysctl.conf'], dir);
    expect(r.report.results.map((x) => `${brief(x)} ${x.message}`)).toEqual([
      '60-tuning.sysctl.conf:1:1 warning sysctl-lint/suppression-missing-reason suppression without a reason: add " -- <why>" after the rule ids (sysctl-lint disable-next-line tcp-tw-recycle-enabled suppresses nothing until it says why)',
      '60-tuning.sysctl.conf:2:1 error tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle = 1 silently drops SYNs from clients behind NAT/SNAT (kernel version unknown: the key exists up to Linux 4.11; on 4.10-4.11 it breaks even without NAT)',
      '60-tuning.sysctl.conf:3:33 info sysctl-lint/suppression-unused unused suppression: no tcp-syn-retries-extreme finding on line 4; delete the directive',
      '60-tuning.sysctl.conf:5:23 warning sysctl-lint/suppression-unknown-rule unknown rule "tcp-synack-retrys" in suppression; did you mean tcp-synack-retries-extreme, tcp-synack-retries-out-of-range?',
    ]);
    expect(r.report.suppressed).toBe(0);
    // The engine's own rules are graded from the config like any other.
    fs.writeFileSync(path.join(dir, '.sysctl-lint.yaml'), 'rules:\n  sysctl-lint/suppression-unused: off\n  sysctl-lint/suppression-missing-reason: error\n');
    const graded = json(['60-tuning.sysctl.conf'], dir);
    expect(graded.report.results.map((x) => `${x.ruleId} ${x.severity}`)).toEqual(['sysctl-lint/suppression-missing-reason error', 'tcp-tw-recycle-enabled error', 'sysctl-lint/suppression-unknown-rule warning']);
  });
});

describe('rule documentation', () => {
  it('explain prints title, severity, what it applies to, rationale, fix, references and a tested example', () => {
    const r = runCli(['explain', 'tcp-tw-recycle-enabled', '--no-config']);
    expect(r.status).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^tcp-tw-recycle-enabled: tcp_tw_recycle stays off\n/);
    expect(out).toContain('  Default severity      error\n');
    expect(out).toContain('  Applies to            node and pod settings: `net.ipv4.tcp_tw_recycle`');
    expect(out).toContain('  Severity by context   kernel >= 4.12: warning');
    expect(out).toContain('  Context it reads      kernel version (--kernel)\n');
    for (const section of ['\nWhy\n', '\nFix\n', '\nReferences\n', '\nExample (test/policies/tcp-tw-recycle-enabled/invalid/', '\nPasses (test/policies/tcp-tw-recycle-enabled/valid/']) expect(out).toContain(section);
    expect(out).toContain('  $ sysctl-lint --code-frame invalid/');
    expect(out).toContain('https://vincent.bernat.ch/en/blog/2014-tcp-time-wait-state-linux');
  });

  it('explain of an unknown rule exits 2 and suggests the closest ids', () => {
    const r = runCli(['explain', 'tcp-tw-recyle', '--no-config']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('sysctl-lint: unknown rule "tcp-tw-recyle"; did you mean tcp-tw-recycle-enabled? (sysctl-lint --list-rules lists every rule)\n');
    expect(runCli(['explain', '--no-config']).status).toBe(2);
  });

  it('explains engine rules and the user policies of the config', () => {
    const dir = repo();
    expect(runCli(['explain', 'sysctl-lint/suppression-expired'], { cwd: dir }).stdout).toContain('Example (test/engine-rules/suppression-expired/invalid/past-date.sysctl.conf, run by the test suite)');
    const user = runCli(['explain', 'vm-swappiness-low'], { cwd: dir });
    expect(user.status).toBe(0);
    expect(user.stdout).toContain('  Defined in            team-policies/vm-swappiness-low.yaml\n');
  });

  it('--list-rules lists every rule with its default severity and the context it needs', () => {
    const text = runCli(['--list-rules', '--no-config']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^RULE +SEVERITY +CONTEXT +TITLE\n/);
    expect(text.stdout).toMatch(/\nports-ephemeral-overlaps-nodeport +error +k8s version, node role, NodePort range +The node's ephemeral port range/);
    expect(text.stdout).toMatch(/\nsysctl-lint\/suppression-unused +info +- +Suppressions still suppress something\n/);
    const list = JSON.parse(runCli(['--list-rules', '--format', 'json', '--no-config']).stdout) as { version: number; rules: Array<{ id: string; severity: string; context: string[]; kind: string; configuredSeverity?: string }> };
    expect(list.version).toBe(1);
    expect(list.rules.find((x) => x.id === 'tcp-tw-recycle-enabled')).toMatchObject({ severity: 'error', context: ['kernel'], kind: 'policy' });
    expect(list.rules.find((x) => x.id === 'sysctl-lint/suppression-missing-reason')).toMatchObject({ severity: 'warning', context: [], kind: 'engine' });
    // In the repository, the configured severities and the team's policies show too.
    const here = JSON.parse(runCli(['--list-rules', '--format', 'json'], { cwd: repo() }).stdout) as typeof list;
    expect(here.rules.find((x) => x.id === 'tcp-timestamps-disabled')?.configuredSeverity).toBe('off');
    expect(here.rules.map((x) => x.id)).toContain('vm-swappiness-low');
  });

  it('--list-rules --format markdown is docs/rules.md', () => {
    const r = runCli(['--list-rules', '--format', 'markdown', '--no-config']);
    expect(r.stdout).toBe(fs.readFileSync(path.join(projectRoot, 'docs/rules.md'), 'utf8'));
  });

  it('--help shows the configuration and rule options', () => {
    const help = runCli(['--help']).stdout;
    for (const s of ['--config <file>', '--no-config', '--print-config', '--list-rules', 'sysctl-lint explain <rule>', '# sysctl-lint disable-next-line <rule>']) expect(help).toContain(s);
  });
});
