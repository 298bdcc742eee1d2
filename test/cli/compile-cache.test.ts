/**
 * The compile cache of dist/cli.cjs (src/cli/compile-cache.ts) on the Node running the tests:
 * made by the first run, used by the next, and never a reason for a different output or exit
 * code, whatever state the cache directory is in. Node 18 and Node 24 are covered in
 * test/delivery/compile-cache.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { cacheToWrite, compileCacheDir } from '../../src/cli/compile-cache';
import { cliPath, projectRoot, runCli, type CliRun } from '../helpers/cli';
import { tmpDir } from '../helpers/tmp-tree';

const DEBUG = { SYSCTL_LINT_DEBUG_COMPILE_CACHE: '1' };
const STATE = /^sysctl-lint: compile cache: (.*?)(?: \(.*\))?\n/m;

/** A run with its cache in `dir`, and what the loader says it did (then removed from stderr). */
function run(args: string[], dir: string, env: NodeJS.ProcessEnv = {}): CliRun & { cache: string } {
  const r = runCli(args, { env: { SYSCTL_LINT_CACHE_DIR: dir, ...DEBUG, ...env } });
  const cache = STATE.exec(r.stderr)?.[1] ?? '(nothing said)';
  return { ...r, stderr: r.stderr.replace(STATE, ''), cache };
}

function cacheFiles(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cache')) : [];
}

/** Outputs that must not depend on the cache: findings (exit 1), JSON, a usage error, the version. */
const CASES: string[][] = [['--code-frame', 'examples'], ['--format', 'json', 'examples'], ['--bogus'], ['--version']];

describe('compile cache (vm.Script with cachedData)', () => {
  const reference = CASES.map((args) => runCli(args, { env: { NODE_DISABLE_COMPILE_CACHE: '1' } }));

  it('is written by the first run in a private directory and used by the second', () => {
    const dir = path.join(tmpDir('sysctl-lint-cc-'), 'cache');
    const first = run(['examples'], dir);
    expect(first.cache).toBe('missing, written');
    const [file] = cacheFiles(dir);
    expect(file).toContain(`v8-${process.versions.node}-${process.arch}-`);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, file ?? '')).mode & 0o777).toBe(0o600);
    const second = run(['examples'], dir);
    expect(second.cache).toBe('used');
    expect({ status: second.status, stdout: second.stdout, stderr: second.stderr }).toEqual({ status: first.status, stdout: first.stdout, stderr: first.stderr });
    expect(fs.readdirSync(dir), 'no temporary file left').toEqual([file]);
  });

  it('keeps one file per set of Node options, so runs with other V8 flags do not replace it', () => {
    const dir = path.join(tmpDir('sysctl-lint-cc-'), 'cache');
    const withFlags = { NODE_OPTIONS: '--max-old-space-size=512' };
    expect(run(['--version'], dir).cache).toBe('missing, written');
    expect(run(['--version'], dir, withFlags).cache).toBe('missing, written');
    expect(cacheFiles(dir)).toHaveLength(2);
    expect(run(['--version'], dir).cache).toBe('used');
    expect(run(['--version'], dir, withFlags).cache).toBe('used');
  });

  it('removes files of other Node.js builds unused for 30 days, and abandoned temporary files, when it writes one', () => {
    const dir = path.join(tmpDir('sysctl-lint-cc-'), 'cache');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const daysAgo = (file: string, days: number) => {
      const t = new Date(Date.now() - days * 24 * 3600_000);
      fs.utimesSync(path.join(dir, file), t, t);
    };
    const plant = (file: string, days: number) => {
      fs.writeFileSync(path.join(dir, file), 'x', { mode: 0o600 });
      daysAgo(file, days);
    };
    plant('v8-16.0.0-x64-10.2.cache', 40);
    plant('v8-22.1.0-x64-12.4.cache', 3);
    plant('v8-16.0.0-x64-10.2.cache.123-456.tmp', 1);
    plant('notes.txt', 400);
    fs.symlinkSync('/etc/hostname', path.join(dir, 'v8-17.0.0-x64-10.3.cache'));
    expect(run(['--version'], dir).cache).toBe('missing, written');
    const [own] = fs.readdirSync(dir).filter((f) => f.startsWith(`v8-${process.versions.node}-`));
    expect(own).toBeDefined();
    expect(fs.readdirSync(dir).sort()).toEqual([own, 'notes.txt', 'v8-17.0.0-x64-10.3.cache', 'v8-22.1.0-x64-12.4.cache'].sort());

    // A file in use is renewed (at most once a day), so another build's next write keeps it.
    daysAgo(own ?? '', 40);
    expect(run(['--version'], dir).cache).toBe('used');
    expect(Date.now() - fs.statSync(path.join(dir, own ?? '')).mtimeMs).toBeLessThan(3600_000);
    expect(run(['--version'], dir, { NODE_OPTIONS: '--max-old-space-size=512' }).cache).toBe('missing, written');
    expect(fs.readdirSync(dir)).toContain(own);
  });

  it('is never replaced by a long run, whose cache would lack the start-up code V8 dropped', () => {
    expect(cacheToWrite('used', 1200, 300)).toEqual({ madeByCpuMs: 1200 });
    expect(cacheToWrite('used', 13_500, 1200)).toBeUndefined();
    expect(cacheToWrite('used', 100, 10), 'short runs never rewrite').toBeUndefined();
    expect(cacheToWrite('used', 500, 300), 'less than twice the maker').toBeUndefined();
    // Without a usable cache a long run still writes one, recorded as made by a short run, so
    // the next run that is not tiny replaces it.
    expect(cacheToWrite('missing', 13_500, 0)).toEqual({ madeByCpuMs: 0 });
    expect(cacheToWrite('stale', 900, 0)).toEqual({ madeByCpuMs: 900 });
    expect(cacheToWrite('used', 200, 0)).toEqual({ madeByCpuMs: 200 });
  });

  it('is made again after a run that did much more work than the run that made it', () => {
    const dir = path.join(tmpDir('sysctl-lint-cc-'), 'cache');
    expect(run(['--version'], dir).cache).toBe('missing, written');
    // Linting every policy fixture compiles the YAML parser and most rules: far more CPU time.
    const large = run(['--format', 'json', 'test/policies'], dir);
    expect(large.cache).toBe('used, refreshed');
    expect(large.stderr).toBe('');
    // A small run never rewrites a cache V8 accepted.
    expect(run(['--version'], dir).cache).toBe('used');
  });

  it('gives the same output and exit code cold, warm, disabled and with a damaged cache', () => {
    const dir = path.join(tmpDir('sysctl-lint-cc-'), 'cache');
    const damage: Array<[string, (file: string) => void, string]> = [
      ['truncated', (f) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2)), 'stale, written'],
      ['one byte of the data changed', (f) => flipByte(f, fs.statSync(f).size - 1000), 'stale, written'],
      ['not a cache at all', (f) => fs.writeFileSync(f, 'garbage\n'.repeat(100)), 'stale, written'],
      ['made from another bundle', (f) => fs.writeFileSync(f, fs.readFileSync(f, 'latin1').replace(/^(sysctl-lint code cache 1\n)[0-9a-f]{32}/, `$1${'0'.repeat(32)}`), 'latin1'), 'stale, written'],
      ['empty', (f) => fs.writeFileSync(f, ''), 'stale, written'],
      ['writable by others', (f) => fs.chmodSync(f, 0o666), 'missing, written'],
    ];
    CASES.forEach((args, i) => {
      const expected = reference[i];
      const check = (r: CliRun, what: string) => expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }, `${args.join(' ')}: ${what}`).toEqual({ ...expected });
      fs.rmSync(dir, { recursive: true, force: true });
      check(run(args, dir), 'cold');
      const warm = run(args, dir);
      check(warm, 'warm');
      expect(warm.cache).toBe('used');
      const disabled = run(args, dir, { NODE_DISABLE_COMPILE_CACHE: '1' });
      check(disabled, 'NODE_DISABLE_COMPILE_CACHE');
      expect(disabled.cache).toBe('off');
      expect(run(args, dir, { SYSCTL_LINT_NO_COMPILE_CACHE: '1' }).cache).toBe('off');
      // Damage once per kind of output is enough: the text and JSON reports.
      if (i > 1) return;
      for (const [what, spoil, state] of damage) {
        const [file] = cacheFiles(dir);
        spoil(path.join(dir, file ?? ''));
        const r = run(args, dir);
        check(r, what);
        expect(r.cache, what).toBe(state);
        expect(run(args, dir).cache, `${what}: the rewritten cache`).toBe('used');
      }
    });
  });

  it('runs without a cache, silently, where none can be kept', () => {
    const base = tmpDir('sysctl-lint-cc-');
    fs.writeFileSync(path.join(base, 'a-file'), '');
    const shared = path.join(base, 'shared');
    fs.mkdirSync(shared, { mode: 0o777 });
    fs.chmodSync(shared, 0o777);
    fs.mkdirSync(path.join(base, 'real'), { mode: 0o700 });
    fs.symlinkSync(path.join(base, 'real'), path.join(base, 'link'));
    const expected = reference[0];
    for (const [what, dir] of [
      ['under a regular file (read-only file system, no home)', path.join(base, 'a-file', 'cache')],
      ['writable by others', shared],
      ['a symbolic link', path.join(base, 'link')],
    ] as const) {
      const r = run(CASES[0] ?? [], dir);
      expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }, what).toEqual({ ...expected });
      expect(r.cache, what).toBe('unusable directory');
    }
    expect(cacheFiles(shared)).toEqual([]);
    expect(cacheFiles(path.join(base, 'real'))).toEqual([]);
  });

  it('survives concurrent first runs: one complete cache, no temporary files', async () => {
    const dir = path.join(tmpDir('sysctl-lint-cc-'), 'cache');
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => {
        const child = spawn(process.execPath, [cliPath, '--format', 'json', 'examples'], { cwd: projectRoot, env: { PATH: process.env.PATH, SYSCTL_LINT_CACHE_DIR: dir } });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        return new Promise<{ status: number | null; stdout: string }>((resolve) => child.on('close', (status) => resolve({ status, stdout })));
      }),
    );
    for (const r of runs) expect(r).toEqual({ status: reference[1]?.status, stdout: reference[1]?.stdout });
    expect(fs.readdirSync(dir).filter((f) => !f.endsWith('.cache'))).toEqual([]);
    expect(run(['--version'], dir).cache).toBe('used');
  });

  it('keeps a closed pipe quiet: the exit code of the run, nothing on stderr', () => {
    const dir = path.join(tmpDir('sysctl-lint-cc-'), 'cache');
    for (let i = 0; i < 2; i++) {
      const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `'${process.execPath}' '${cliPath}' --format json examples | head -c 1 >/dev/null; echo "exit \${PIPESTATUS[0]}"`], {
        cwd: projectRoot,
        env: { PATH: process.env.PATH, SYSCTL_LINT_CACHE_DIR: dir },
        encoding: 'utf8',
      });
      expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: `exit ${reference[1]?.status}\n`, stderr: '' });
    }
  });

  it('works as the entry of a worker thread, which leaves the cache to the main thread', async () => {
    const dir = path.join(tmpDir('sysctl-lint-cc-'), 'cache');
    const env = { ...process.env, SYSCTL_LINT_CACHE_DIR: dir };
    const worker = new Worker(cliPath, { argv: ['--version'], env, stdout: true });
    let out = '';
    worker.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise((resolve) => worker.on('exit', resolve));
    expect({ code, out }).toEqual({ code: 0, out: reference[3]?.stdout });
    expect(cacheFiles(dir)).toEqual([]);
  });
});

describe('where the cache lives', () => {
  const home = () => '/home/u';
  it('is chosen from the environment only; relative paths are ignored', () => {
    expect(compileCacheDir({}, home)).toBe('/home/u/.cache/sysctl-lint');
    expect(compileCacheDir({ XDG_CACHE_HOME: '/xdg' }, home)).toBe('/xdg/sysctl-lint');
    expect(compileCacheDir({ XDG_CACHE_HOME: 'rel' }, home)).toBe('/home/u/.cache/sysctl-lint');
    expect(compileCacheDir({ SYSCTL_LINT_CACHE_DIR: '/own', XDG_CACHE_HOME: '/xdg' }, home)).toBe('/own');
    expect(compileCacheDir({ SYSCTL_LINT_CACHE_DIR: 'own' }, home)).toBe('/home/u/.cache/sysctl-lint');
    expect(compileCacheDir({}, () => '')).toBeUndefined();
    expect(
      compileCacheDir({}, () => {
        throw new Error('no home');
      }),
    ).toBeUndefined();
  });
  it('is off with NODE_DISABLE_COMPILE_CACHE or SYSCTL_LINT_NO_COMPILE_CACHE', () => {
    expect(compileCacheDir({ NODE_DISABLE_COMPILE_CACHE: '1', SYSCTL_LINT_CACHE_DIR: '/own' }, home)).toBeUndefined();
    expect(compileCacheDir({ SYSCTL_LINT_NO_COMPILE_CACHE: '1' }, home)).toBeUndefined();
  });
});

function flipByte(file: string, at: number): void {
  const buf = fs.readFileSync(file);
  buf[at] = (buf[at] ?? 0) ^ 0xff;
  fs.writeFileSync(file, buf);
}
