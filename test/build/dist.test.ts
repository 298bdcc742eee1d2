/**
 * check-dist: the committed bundles are exactly what the sources build. The build runs again
 * into a temporary directory (same script, same pinned esbuild) and every file is compared
 * byte for byte.
 *
 * What it is compared with: when the build's inputs (sources, policies, schemas, scripts, tests,
 * package files) have no uncommitted changes — a fresh clone, as in CI — with the COMMITTED
 * dist/ (`git show HEAD:dist/<file>`), because `npm run check` rebuilds dist/ in the working
 * tree before the tests run. While inputs are being edited, with the working tree's dist/ (so
 * a forgotten `npm run build` still fails).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp-tree';

// The build reads no test folder: rule examples are embedded from src/rules/examples.json.
const BUILD_INPUTS = ['src', 'policies', 'schemas', 'scripts', 'package.json', 'package-lock.json'];

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 << 20 });
}

describe('dist/ (committed bundles)', () => {
  const out = tmpDir('sysctl-lint-dist-');
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs'), '--outdir', out], { cwd: projectRoot, stdio: 'pipe' });
  const built = fs.readdirSync(out).sort();
  const inputsDirty = git(['status', '--porcelain', '--', ...BUILD_INPUTS]).trim() !== '';
  const committed = git(['ls-tree', '--name-only', 'HEAD', 'dist/'])
    .split('\n')
    .filter(Boolean)
    .map((p) => path.basename(p))
    .sort();

  it('builds the CLI and the Action bundles', () => {
    expect(built).toEqual(['action.cjs', 'cli.cjs', 'sysctl-lint.cjs']);
  });

  it('are pure ASCII (a character beyond it makes V8 hold and compile the whole source as two-byte text)', () => {
    for (const name of built) {
      const text = fs.readFileSync(path.join(out, name), 'latin1');
      // eslint-disable-next-line no-control-regex -- every character outside ASCII
      const at = text.search(/[^\x00-\x7f]/);
      expect(at, `dist/${name}: ${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}`).toBe(-1);
    }
  });

  it(`matches ${inputsDirty ? "the working tree's dist/ (build inputs have uncommitted changes)" : 'the committed dist/'}`, () => {
    if (!inputsDirty) expect(committed, 'files committed in dist/').toEqual(built);
    for (const name of built) {
      const fresh = fs.readFileSync(path.join(out, name));
      const reference = inputsDirty ? fs.readFileSync(path.join(projectRoot, 'dist', name)) : Buffer.from(execFileSync('git', ['show', `HEAD:dist/${name}`], { cwd: projectRoot, maxBuffer: 64 << 20 }));
      // A plain boolean keeps a 700 KB diff out of the failure message.
      expect(fresh.equals(reference), `dist/${name} differs from what the sources build: run \`npm run build\` and commit dist/`).toBe(true);
    }
  });
});
