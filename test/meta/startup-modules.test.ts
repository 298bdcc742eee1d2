/**
 * What a one-file text run loads of Node itself. Loading `node:crypto` costs 3 to 20 ms on the
 * project's machine and `node:zlib` a few more: more than anything else such a run loads, while
 * only `--fix` (random names of temporary files) and gzip user-data use them (hashes come from
 * src/core/sha256.ts). They are required on first use (src/core/lazy-deps.ts, sources/cloud-init/decode.ts);
 * this test fails when a top-level import brings them back. The start-up loader (dist/cli.cjs)
 * checks its cache file with zlib's crc32 where Node has it, so through the loader only crypto
 * must stay unloaded.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import { autoThreads } from '../../src/core/auto-threads';
import { cliPath, projectRoot } from '../helpers/cli';
import { tmpDir, tmpTree } from '../helpers/tmp-tree';

const tree = tmpTree(
  {
    'etc/sysctl.d/60-tuning.conf': 'net.core.somaxconn = 4096\nvm.max_map_count = 262144\n',
    'etc/sysctl.d/70-legacy.conf': 'net.ipv4.tcp_tw_recycle = 1\n',
    'cloud-init/user-data.yaml': `#cloud-config\nwrite_files:\n  - path: /etc/sysctl.d/90.conf\n    encoding: gz+b64\n    content: ${zlib.gzipSync('net.ipv4.ip_forward = 1\n').toString('base64')}\n`,
  },
  'sysctl-lint-startup-',
);

/** The Node modules a run loaded beyond what `node` alone loads, read at exit by a preload. */
function modulesLoaded(entry: string, args: string[], env: NodeJS.ProcessEnv, status = 0): string[] {
  const dir = tmpDir('sysctl-lint-preload-');
  const preload = path.join(dir, 'preload.cjs');
  const out = path.join(dir, 'modules.json');
  fs.writeFileSync(
    preload,
    `const before = new Set(process.moduleLoadList);
process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m)))));\n`,
  );
  const r = spawnSync(process.execPath, ['--require', preload, entry, ...args], { cwd: tree, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(status);
  return JSON.parse(fs.readFileSync(out, 'utf8')) as string[];
}

const bundlePath = path.join(projectRoot, 'dist/sysctl-lint.cjs');
const loaded = (mods: string[], name: string) => mods.includes(`NativeModule ${name}`);

describe('a one-file text run', () => {
  it('of the bundle loads neither node:crypto nor node:zlib', () => {
    const mods = modulesLoaded(bundlePath, ['etc/sysctl.d/60-tuning.conf'], {});
    expect({ crypto: loaded(mods, 'crypto'), zlib: loaded(mods, 'zlib') }).toEqual({ crypto: false, zlib: false });
  });

  it.runIf(typeof (zlib as { crc32?: unknown }).crc32 === 'function')('through the loader does not load node:crypto, when the cache is off, written or used', () => {
    const file = ['etc/sysctl.d/60-tuning.conf'];
    expect(loaded(modulesLoaded(cliPath, file, { SYSCTL_LINT_NO_COMPILE_CACHE: '1' }), 'crypto'), 'cache off').toBe(false);
    const env = { SYSCTL_LINT_CACHE_DIR: tmpDir('sysctl-lint-cc-') };
    expect(loaded(modulesLoaded(cliPath, file, env), 'crypto'), 'first run').toBe(false);
    expect(loaded(modulesLoaded(cliPath, file, env), 'crypto'), 'second run').toBe(false);
  });

  it('through the loader loads node:worker_threads only where `--threads auto` can start workers', () => {
    const mods = modulesLoaded(cliPath, ['etc/sysctl.d/60-tuning.conf'], { SYSCTL_LINT_CACHE_DIR: tmpDir('sysctl-lint-cc-') });
    expect(loaded(mods, 'worker_threads')).toBe(autoThreads() > 1);
  });

  it('the check itself sees a module that is loaded', () => {
    // Gzip content in a user-data file is inflated with node:zlib: the same probe must report it there.
    expect(loaded(modulesLoaded(bundlePath, ['cloud-init/user-data.yaml'], {}, 1), 'zlib')).toBe(true);
  });

  it('loads node:crypto for no report format (fingerprints and content hashes are hashed without it)', () => {
    for (const format of ['json', 'sarif', 'gitlab', 'html']) expect(loaded(modulesLoaded(bundlePath, ['--format', format, 'etc/sysctl.d/70-legacy.conf'], {}, 1), 'crypto'), format).toBe(false);
  });
});

describe('the bundle', () => {
  it('requires node:fs and node:path once each, not wrapped per importing module', () => {
    // scripts/shared-builtins.mjs: esbuild's per-importer wrapper copied every property of the
    // module into a new object, about 60 times at each start.
    const bundle = fs.readFileSync(bundlePath, 'utf8');
    expect(bundle.match(/__toESM\(require\("node:(fs|path)"\)/g) ?? []).toEqual([]);
    expect(bundle.match(/require\("node:fs"\)/g)).toHaveLength(1);
    expect(bundle.match(/require\("node:path"\)/g)).toHaveLength(1);
  });
});

