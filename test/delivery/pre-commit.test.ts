/**
 * The pre-commit hooks, run by Debian's real pre-commit (CI installs it with apt-get; a
 * missing pre-commit fails these tests unless SYSCTL_LINT_SKIP_CLIENT_TESTS=1).
 *
 * pre-commit clones the hook repository at a commit, so the hook repository here is a
 * temporary git repository holding one commit of this checkout's current files (tracked and
 * untracked, minus ignored ones): exactly the tree under test, committed or not. Installing
 * the `language: node` hook runs pre-commit's own npm install/pack/install -g of that commit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cliPath, projectRoot } from '../helpers/cli';
import { cliShimDir, requireClient, skipClientTests } from '../helpers/clients';
import { tmpDir } from '../helpers/tmp-tree';

interface Hook {
  id: string;
  language: string;
  entry: string;
  files: string;
  types?: string[];
  stages?: unknown;
  require_serial?: boolean;
  minimum_pre_commit_version?: string;
  pass_filenames?: boolean;
  always_run?: boolean;
  args?: string[];
}
const hooks = parseYaml(fs.readFileSync(path.join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { bin: Record<string, string>; files: string[]; scripts: Record<string, string> };

const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=sysctl-lint test', '-c', 'user.email=test@sysctl-lint.invalid', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });

/** A one-commit git repository with this checkout's current files. */
function snapshotRepository(): { dir: string; rev: string } {
  const dir = tmpDir('sysctl-lint-hookrepo-');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: projectRoot, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const rel of files) {
    const src = path.join(projectRoot, rel);
    if (!fs.existsSync(src)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(src, path.join(dir, rel));
    fs.chmodSync(path.join(dir, rel), fs.statSync(src).mode);
  }
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'snapshot of the tree under test');
  return { dir, rev: git(dir, 'rev-parse', 'HEAD').trim() };
}

function targetRepository(hookRepo: { dir: string; rev: string }, hookId: string, files: Record<string, string>, args?: string[]): string {
  const dir = tmpDir('sysctl-lint-precommit-target-');
  git(dir, 'init', '-q');
  const hookArgs = args ? `        args: ${JSON.stringify(args)}\n` : '';
  fs.writeFileSync(path.join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${hookRepo.dir}\n    rev: ${hookRepo.rev}\n    hooks:\n      - id: ${hookId}\n${hookArgs}`);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  git(dir, 'add', '-A');
  return dir;
}

const BAD = { 'etc/sysctl.d/60-tuning.conf': 'net.ipv4.tcp_tw_recycle = 1\n', 'notes/sysctl.txt': 'net.ipv4.tcp_tw_recycle = 1\n' };
const GOOD = { 'etc/sysctl.d/99-kubernetes.conf': 'net.ipv4.ip_forward = 1\nvm.swappiness = 1\n', 'notes/sysctl.txt': 'net.ipv4.tcp_tw_recycle = 1\n' };

describe('.pre-commit-hooks.yaml', () => {
  it('has a node hook and a system hook that pre-commit 3.0.4 accepts', () => {
    expect(hooks.map((h) => [h.id, h.language])).toEqual([
      ['sysctl-lint', 'node'],
      ['sysctl-lint-repo', 'node'],
      ['sysctl-lint-system', 'system'],
    ]);
    for (const h of hooks) {
      expect(h.entry).toBe('sysctl-lint');
      expect(h.stages, 'stages values differ between 3.0.4 and 4.x').toBeUndefined();
      expect(h.minimum_pre_commit_version).toBe('3.0.0');
      expect(h.require_serial).toBe(true);
      if (h.id === 'sysctl-lint-repo') {
        expect(h).toMatchObject({ pass_filenames: false, always_run: true, args: ['.'] });
        continue;
      }
      const re = new RegExp(h.files);
      for (const p of ['sysctl.conf', 'etc/sysctl.conf', 'etc/sysctl.d/99-x.conf', 'images/a/rootfs/usr/lib/sysctl.d/50-default.conf']) expect(re.test(p), p).toBe(true);
      for (const p of ['etc/sysctl.d/README', 'etc/sysctl.d/x.conf.bak', 'etc/mysysctl.conf', 'etc/sysctl.d/sub/x.conf']) expect(re.test(p), p).toBe(false);
    }
  });

  it('needs no build when installed: committed bundle, no install scripts', () => {
    expect(pkg.bin['sysctl-lint']).toBe('dist/cli.cjs');
    expect(pkg.files).toContain('dist/');
    for (const s of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'prepublish']) expect(pkg.scripts[s], s).toBeUndefined();
    expect(fs.readFileSync(cliPath, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });
});

describe.skipIf(skipClientTests)('pre-commit (the real client)', () => {
  let hookRepo: { dir: string; rev: string };
  let home = '';
  beforeAll(() => {
    hookRepo = snapshotRepository();
    home = tmpDir('sysctl-lint-precommit-home-');
  });

  // Each test looks for the client itself, so a missing one fails every test by name.
  const run = (target: string, extraPath?: string) =>
    spawnSync(requireClient('pre-commit', 'pre-commit'), ['run', '--all-files', '--color', 'never'], {
      cwd: target,
      encoding: 'utf8',
      timeout: 280_000,
      env: { ...process.env, PRE_COMMIT_HOME: home, PATH: extraPath ? `${extraPath}${path.delimiter}${process.env.PATH}` : process.env.PATH },
    });

  it('node hook: fails on a bad sysctl file and passes on a good one', () => {
    const bad = run(targetRepository(hookRepo, 'sysctl-lint', BAD));
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/sysctl-lint\.+Failed/);
    expect(bad.stdout).toMatch(/^etc\/sysctl\.d\/60-tuning\.conf\n {2}1:1 {2}error {2}net\.ipv4\.tcp_tw_recycle = 1 silently drops SYNs/m);
    // Only files the hook's `files:` pattern matches are handed over.
    expect(bad.stdout).not.toContain('notes/sysctl.txt');

    const good = run(targetRepository(hookRepo, 'sysctl-lint', GOOD));
    expect(good.status, good.stdout + good.stderr).toBe(0);
    expect(good.stdout).toMatch(/sysctl-lint\.+Passed/);
  }, 300_000);

  it('repository hook: lints the whole tree, so context from files outside the commit counts', () => {
    // The NodePort range lives in a kubeadm config; the port range in the drop-in is fine for it
    // but overlaps Kubernetes' default range, which is all the per-file hook can assume.
    const files = {
      'cluster/kubeadm.yaml': 'apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\napiServer:\n  extraArgs:\n    service-node-port-range: 30000-31000\n',
      'etc/sysctl.d/99-kubernetes.conf': 'net.ipv4.ip_forward = 1\nnet.ipv4.ip_local_port_range = 31500 60999\n',
    };
    const perFile = run(targetRepository(hookRepo, 'sysctl-lint', files));
    expect(perFile.status, perFile.stdout + perFile.stderr).toBe(1);
    expect(perFile.stdout).toContain('ports-ephemeral-overlaps-nodeport');
    const whole = run(targetRepository(hookRepo, 'sysctl-lint-repo', files));
    expect(whole.status, whole.stdout + whole.stderr).toBe(0);
    expect(whole.stdout).toMatch(/sysctl-lint \(whole repository\)\.+Passed/);
    const bad = run(targetRepository(hookRepo, 'sysctl-lint-repo', BAD));
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/^etc\/sysctl\.d\/60-tuning\.conf\n {2}1:1 {2}error /m);
  }, 300_000);

  it('system hook: runs the sysctl-lint found on PATH', () => {
    const bin = cliShimDir(cliPath);
    const bad = run(targetRepository(hookRepo, 'sysctl-lint-system', BAD), bin);
    expect(bad.status, bad.stdout + bad.stderr).toBe(1);
    expect(bad.stdout).toMatch(/^etc\/sysctl\.d\/60-tuning\.conf\n {2}1:1 {2}error /m);
    const good = run(targetRepository(hookRepo, 'sysctl-lint-system', GOOD), bin);
    expect(good.status, good.stdout + good.stderr).toBe(0);
  }, 120_000);

  it('args [--fix-dry-run] prints the patch and fails; args [--fix] fixes, fails once, then passes', () => {
    const bin = cliShimDir(cliPath);
    const conf = 'etc/sysctl.d/60-tuning.conf';
    const files = { [conf]: 'net.ipv4.ip_forward = 1\r\nnet.ipv4.tcp_tw_recycle = 1\r\nvm.swappiness = 10 # low' };
    const dry = targetRepository(hookRepo, 'sysctl-lint-system', files, ['--fix-dry-run']);
    const shown = run(dry, bin);
    expect(shown.status, shown.stdout + shown.stderr).toBe(1);
    expect(shown.stdout).toContain(`--- a/${conf}\n+++ b/${conf}\n`);
    expect(shown.stdout).toContain('-net.ipv4.tcp_tw_recycle = 1\r\n');
    expect(fs.readFileSync(path.join(dry, conf), 'utf8')).toBe(files[conf]);

    const target = targetRepository(hookRepo, 'sysctl-lint-system', files, ['--fix']);
    const fixed = run(target, bin);
    expect(fixed.status, fixed.stdout + fixed.stderr).toBe(1);
    expect(fixed.stdout).toContain('files were modified by this hook');
    // CRLF line ends and the missing final newline are kept.
    expect(fs.readFileSync(path.join(target, conf), 'utf8')).toBe('net.ipv4.ip_forward = 1\r\nvm.swappiness = 10');
    git(target, 'add', '-A');
    const again = run(target, bin);
    expect(again.status, again.stdout + again.stderr).toBe(0);
  }, 120_000);
});
