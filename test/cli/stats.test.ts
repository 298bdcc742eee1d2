import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

const tree = 'test/cli/fixtures/tree';

describe('--stats', () => {
  it('prints every phase, the file counts and peak memory to stderr, and leaves the report alone', () => {
    const plain = runCli([tree, '--node-role', 'kubernetes']);
    const r = runCli([tree, '--node-role', 'kubernetes', '--stats']);
    expect(r.status).toBe(plain.status);
    expect(r.stdout).toBe(plain.stdout);
    for (const phase of ['startup', 'config', 'policies', 'discover', 'read', 'detect', 'parse', 'model', 'evaluate', 'suppress', 'fix', 'report', 'other', 'total']) {
      expect(r.stderr, phase).toMatch(new RegExp(`^  ${phase} +\\d+\\.\\d ms  `, 'm'));
    }
    // The fixture tree holds two sysctl.d files and nothing else.
    expect(r.stderr).toMatch(/^ {2}files +2 seen, 2 considered, 2 linted, 0 skipped$/m);
    expect(r.stderr).toMatch(/^ {2}nodes +1$/m);
    expect(r.stderr).toMatch(/^ {2}findings +\d+$/m);
    expect(r.stderr).toMatch(/^ {2}peak RSS +\d+\.\d MB$/m);
    // Garbage collection is a share of the phases: never more than the whole run.
    const gc = /^ {2}gc +(\d+\.\d) ms {2}of the above: (\d+) garbage collection pauses on the main thread$/m.exec(r.stderr);
    expect(gc).not.toBeNull();
    const total = Number(/^ {2}total +(\d+\.\d) ms/m.exec(r.stderr)?.[1]);
    expect(Number(gc?.[1])).toBeLessThanOrEqual(total);
  });

  it('counts the pauses of a run that collects garbage (Node reports them after the run)', () => {
    const r = runCli(['examples', 'test/policies', '--stats', '--fail-level', 'none', '--threads', '1']);
    const gc = /^ {2}gc +(\d+\.\d) ms {2}of the above: (\d+) garbage collection pauses on the main thread$/m.exec(r.stderr);
    expect(Number(gc?.[2])).toBeGreaterThan(0);
    expect(Number(gc?.[1])).toBeGreaterThan(0);
    // The stats come last on stderr, after the run's own messages.
    expect(r.stderr.trimEnd().split('\n').pop()).toMatch(/^ {2}peak RSS /);
  });

  it('counts files that are walked but not claimed as skipped', () => {
    const r = runCli(['test/cli', '--stats', '--fail-level', 'none']);
    const m = /^ {2}files +(\d+) seen, (\d+) considered, (\d+) linted, (\d+) skipped$/m.exec(r.stderr);
    expect(m).not.toBeNull();
    const [seen, considered, linted, skipped] = (m as RegExpExecArray).slice(1).map(Number) as [number, number, number, number];
    expect(seen).toBeGreaterThan(considered);
    // A *.yaml is claimed by its name and read, then linted only when its content confirms the kind.
    expect(linted).toBeLessThanOrEqual(considered);
    expect(considered).toBeLessThanOrEqual(seen);
    expect(skipped).toBe(seen - linted);
  });

  it('is off by default', () => {
    expect(runCli([tree]).stderr).toBe('');
  });
});
