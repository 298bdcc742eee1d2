/**
 * Baselines: `--write-baseline` records today's findings, `--baseline` reports only new ones.
 * Fingerprints survive line moves and unrelated edits, count identical findings, and are the
 * same from any working directory of the repository; stale entries are counted and pruned.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

const TUNING = '# tuning\nnet.ipv4.tcp_tw_recycle = 1\nvm.swappiness = 10\n';
type Result = { ruleId: string; file: string; line: number; fingerprint: string };
type Json = { results: Result[]; baselined?: number; baselinedResults?: Result[]; staleBaselineEntries?: number };

function repo(files: Record<string, string> = {}) {
  const dir = tmpTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'images/a/etc/sysctl.d/60-tuning.conf': TUNING, 'images/b/etc/sysctl.d/60-tuning.conf': TUNING, ...files });
  const write = (rel: string, text: string) => fs.writeFileSync(path.join(dir, rel), text);
  const json = (args: string[], cwd = dir) => {
    const r = runCli(['--format', 'json', '--kernel', '5.15', ...args], { cwd });
    return { status: r.status, stderr: r.stderr, out: JSON.parse(r.stdout) as Json };
  };
  return { dir, write, json, baseline: () => JSON.parse(fs.readFileSync(path.join(dir, 'sysctl-lint.baseline.json'), 'utf8')) as { version: number; findings: Array<{ ruleId: string; file: string; line: string; count: number; fingerprint: string }> } };
}

describe('--write-baseline and --baseline', () => {
  it('records every current finding; with the baseline nothing is reported and the run passes', () => {
    const r = repo();
    const before = r.json(['images']);
    expect(before.status).toBe(1);
    const written = runCli(['--kernel', '5.15', '--write-baseline', 'sysctl-lint.baseline.json', 'images'], { cwd: r.dir });
    expect(written.status).toBe(0);
    expect(written.stderr).toBe(`sysctl-lint: wrote ${before.out.results.length} findings to the baseline sysctl-lint.baseline.json\n`);
    const b = r.baseline();
    expect(b.version).toBe(1);
    expect(b.findings.map((e) => [e.file, e.ruleId, e.line, e.count])).toContainEqual(['images/a/etc/sysctl.d/60-tuning.conf', 'tcp-tw-recycle-enabled', 'net.ipv4.tcp_tw_recycle = 1', 1]);
    const after = r.json(['--baseline', 'sysctl-lint.baseline.json', 'images']);
    expect(after).toMatchObject({ status: 0, stderr: '', out: { results: [], baselined: before.out.results.length, staleBaselineEntries: 0 } });
    expect(after.out.baselinedResults?.map((x) => x.fingerprint).sort()).toEqual(before.out.results.map((x) => x.fingerprint).sort());
    const text = runCli(['--kernel', '5.15', '--baseline', 'sysctl-lint.baseline.json', 'images'], { cwd: r.dir });
    expect(text.stdout).toBe(`0 problems, ${before.out.results.length} in the baseline (--format json lists them)\n`);
  });

  it('survives line moves and unrelated edits; a changed line is a new finding and its old entry stale', () => {
    const r = repo();
    runCli(['--kernel', '5.15', '--write-baseline', 'sysctl-lint.baseline.json', 'images'], { cwd: r.dir });
    r.write('images/a/etc/sysctl.d/60-tuning.conf', '# tuning for the batch nodes\n\n# more comments\nvm.swappiness = 1\n   net.ipv4.tcp_tw_recycle   =   1\n');
    expect(r.json(['--baseline', 'sysctl-lint.baseline.json', 'images']).out).toMatchObject({ results: [], staleBaselineEntries: 0 });
    r.write('images/b/etc/sysctl.d/60-tuning.conf', '# tuning\nnet.ipv4.tcp_tw_recycle=1\nvm.swappiness = 10\n');
    const changed = r.json(['--baseline', 'sysctl-lint.baseline.json', 'images']);
    expect(changed.status).toBe(1);
    expect(changed.out.results.every((x) => x.file === 'images/b/etc/sysctl.d/60-tuning.conf' && x.line === 2)).toBe(true);
    expect(changed.out.results.length).toBeGreaterThan(0);
    expect(changed.out.staleBaselineEntries).toBe(changed.out.results.length);
  });

  it('counts identical findings: a second identical line is new', () => {
    const r = repo();
    runCli(['--kernel', '5.15', '--write-baseline', 'sysctl-lint.baseline.json', 'images/a'], { cwd: r.dir });
    r.write('images/a/etc/sysctl.d/60-tuning.conf', `${TUNING}net.ipv4.tcp_tw_recycle = 1\n`);
    const again = r.json(['--baseline', 'sysctl-lint.baseline.json', 'images/a']);
    expect(again.out.results.filter((x) => x.ruleId === 'tcp-tw-recycle-enabled')).toHaveLength(1);
  });

  it('fingerprints do not depend on the working directory', () => {
    const r = repo();
    runCli(['--kernel', '5.15', '--write-baseline', 'sysctl-lint.baseline.json', 'images'], { cwd: r.dir });
    const sub = r.json(['--baseline', '../sysctl-lint.baseline.json', 'a', 'b'], path.join(r.dir, 'images'));
    expect(sub.out).toMatchObject({ results: [], staleBaselineEntries: 0 });
    expect(sub.out.baselined).toBeGreaterThan(0);
  });

  it('counts stale entries only for the files linted, and --prune-baseline removes just those', () => {
    const r = repo();
    runCli(['--kernel', '5.15', '--write-baseline', 'sysctl-lint.baseline.json', 'images'], { cwd: r.dir });
    const total = r.baseline().findings.length;
    r.write('images/a/etc/sysctl.d/60-tuning.conf', 'vm.swappiness = 10\n');
    // Only images/a is linted (as pre-commit would): the entries of images/b are not stale.
    const run = runCli(['--kernel', '5.15', '--baseline', 'sysctl-lint.baseline.json', 'images/a'], { cwd: r.dir });
    const stale = (JSON.parse(runCli(['--format', 'json', '--kernel', '5.15', '--baseline', 'sysctl-lint.baseline.json', 'images/a'], { cwd: r.dir }).stdout) as Json).staleBaselineEntries ?? 0;
    expect(stale).toBeGreaterThan(0);
    expect(run.stdout).toContain(`${stale} baseline ${stale === 1 ? 'entry matches' : 'entries match'} no finding any more (--prune-baseline removes them)`);
    const pruned = runCli(['--kernel', '5.15', '--baseline', 'sysctl-lint.baseline.json', '--prune-baseline', 'images/a'], { cwd: r.dir });
    expect(pruned.status).toBe(0);
    expect(pruned.stderr).toBe(`sysctl-lint: pruned ${stale} stale baseline ${stale === 1 ? 'entry' : 'entries'} from sysctl-lint.baseline.json\n`);
    const left = r.baseline().findings;
    expect(left.reduce((n, e) => n + e.count, 0)).toBe(total - stale);
    expect(left.filter((e) => e.file.startsWith('images/b/')).length).toBeGreaterThan(0);
    expect(r.json(['--baseline', 'sysctl-lint.baseline.json', 'images']).out).toMatchObject({ results: [], staleBaselineEntries: 0 });
  });

  it('SARIF: partialFingerprints on every result; with a baseline only new results, marked new', () => {
    const r = repo();
    const sarif = (args: string[]) =>
      JSON.parse(runCli(['--format', 'sarif', '--kernel', '5.15', ...args], { cwd: r.dir }).stdout) as { runs: Array<{ results: Array<{ partialFingerprints: Record<string, string>; baselineState?: string }> }> };
    const plain = sarif(['images']).runs[0]!.results;
    const fps = r.json(['images']).out.results.map((x) => x.fingerprint);
    expect(plain.map((x) => x.partialFingerprints['sysctlLint/v1'])).toEqual(fps);
    expect(plain.every((x) => x.baselineState === undefined)).toBe(true);
    runCli(['--kernel', '5.15', '--write-baseline', 'sysctl-lint.baseline.json', 'images/a'], { cwd: r.dir });
    const withBaseline = sarif(['--baseline', 'sysctl-lint.baseline.json', 'images']).runs[0]!.results;
    expect(withBaseline.length).toBe(plain.length / 2);
    expect(withBaseline.every((x) => x.baselineState === 'new')).toBe(true);
  });

  it('a baseline that cannot be used stops the run with exit 2 before linting', () => {
    const r = repo({ 'bad.json': '{"version": 1, "findings": [{"ruleId": "x"}]}', 'other.json': '{"results": []}', 'notjson.json': 'nope' });
    fs.symlinkSync('/etc/passwd', path.join(r.dir, 'outside.json'));
    const cases: Array<[string, string]> = [
      ['missing.json', 'sysctl-lint: cannot read baseline missing.json: no such file\n'],
      ['bad.json', 'sysctl-lint: baseline bad.json: findings[0] is not a baseline entry (fingerprint, ruleId, file, line, count)\n'],
      ['other.json', 'sysctl-lint: baseline other.json is not a sysctl-lint baseline (version 1, written by --write-baseline)\n'],
      ['outside.json', 'sysctl-lint: cannot read baseline outside.json: symbolic link to "/etc/passwd" leads outside the linted tree: not followed\n'],
    ];
    for (const [file, message] of cases) {
      const run = runCli(['--baseline', file, 'images'], { cwd: r.dir });
      expect(run, file).toMatchObject({ status: 2, stdout: '', stderr: message });
    }
    expect(runCli(['--baseline', 'notjson.json', 'images'], { cwd: r.dir }).stderr).toMatch(/^sysctl-lint: baseline notjson\.json is not JSON: /);
    expect(runCli(['--prune-baseline', 'images'], { cwd: r.dir })).toMatchObject({ status: 2, stderr: expect.stringContaining('--prune-baseline rewrites the file of --baseline') });
  });
});
