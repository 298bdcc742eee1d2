/**
 * The compile cache of dist/cli.cjs on the oldest supported Node.js (18.18) and on the newest
 * the project runs on (24, the Action's): made by the first run, used by the next, with the
 * output and exit code of a run without a cache.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { nodeBinary } from '../helpers/clients';
import { tmpDir } from '../helpers/tmp-tree';

const STATE = /^sysctl-lint: compile cache: (.*?)(?: \(.*\))?\n/m;
const ARGS = ['--format', 'json', '--code-frame', 'examples'];

const nodes: Record<string, string> = {};
beforeAll(() => {
  nodes['18.18.0'] = nodeBinary('18.18.0');
  nodes['24.21.0'] = nodeBinary('24.21.0');
}, 600_000);

function run(node: string, dir: string, env: NodeJS.ProcessEnv = {}) {
  const r = runCli(ARGS, { node, env: { SYSCTL_LINT_CACHE_DIR: dir, SYSCTL_LINT_DEBUG_COMPILE_CACHE: '1', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.replace(STATE, ''), cache: STATE.exec(r.stderr)?.[1] };
}

describe('compile cache on other Node.js versions', () => {
  const reference = runCli(ARGS, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } });
  const expected = { status: reference.status, stdout: reference.stdout, stderr: reference.stderr };

  for (const version of ['18.18.0', '24.21.0']) {
    it(`Node ${version}: written by the first run, used by the second, off when disabled`, () => {
      const dir = path.join(tmpDir('sysctl-lint-cc-'), 'cache');
      const node = nodes[version] ?? '';
      const first = run(node, dir);
      const second = run(node, dir);
      expect([first.cache, second.cache]).toEqual(['missing, written', 'used']);
      expect(fs.readdirSync(dir)).toEqual([expect.stringMatching(new RegExp(`^v8-${version.replace(/\./g, '\\.')}-`))]);
      const off = run(node, path.join(tmpDir('sysctl-lint-cc-'), 'unused'), { NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(off.cache).toBe('off');
      for (const r of [first, second, off]) expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual(expected);
    });
  }
});
