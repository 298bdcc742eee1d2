/**
 * dist/cli.cjs sets V8's heap flags (src/cli/heap-flags.ts) before it compiles the bundle; the
 * bundle run directly (dist/sysctl-lint.cjs) keeps V8's defaults. Collections come at other
 * times under the two, so any output that depended on when something was collected (a weak
 * reference, a finalizer, a cache keyed on identity) would differ here.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, projectRoot } from '../helpers/cli';

const bundle = path.join(projectRoot, 'dist/sysctl-lint.cjs');

function run(entry: string, args: string[], nodeArgs: string[] = [], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [...nodeArgs, entry, ...args], { cwd: projectRoot, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('heap flags of dist/cli.cjs', () => {
  const cases: Array<{ name: string; args: string[]; nodeArgs?: string[] }> = [
    { name: 'one thread', args: ['--format', 'json', '--threads', '1', 'examples', 'test/policies', 'test/sources'] },
    { name: 'worker threads', args: ['--format', 'json', '--threads', '2', 'examples', 'test/policies', 'test/sources'] },
    { name: 'flags the user set', args: ['--format', 'sarif', 'examples', 'test/policies'], nodeArgs: ['--heap-growing-percent=50', '--semi-space-growth-factor=2'] },
  ];
  for (const c of cases) {
    it(`${c.name}: the same output and exit code as the bundle under V8's defaults`, () => {
      const expected = run(bundle, c.args, c.nodeArgs);
      expect(expected.stdout.length).toBeGreaterThan(10_000);
      expect(run(cliPath, c.args, c.nodeArgs, { SYSCTL_LINT_NO_COMPILE_CACHE: '1' })).toEqual(expected);
    });
  }
});
