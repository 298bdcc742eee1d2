/**
 * Worker threads change nothing a user sees. The same inputs linted on one thread
 * (`--threads 1`) and with worker threads (`--threads 2`; `--threads auto` on a tree large
 * enough for auto to start them) give byte-identical reports in every format, the same `show`
 * and HTML node views, the same `--stats` counts and the same fixes. The trees mix files the
 * workers take (plain files of every kind) with files the main thread keeps (links, /dev/null
 * masks, special files, files that read other files, files too large to read), so results of
 * both kinds interleave within one run and any reordering shows.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli, type CliRun } from '../helpers/cli';
import { tmpDir, tmpTree } from '../helpers/tmp-tree';

const SYSCTL_BAD = 'net.ipv4.tcp_tw_recycle = 1\nnet.ipv4.ip_local_port_range = 1024 65535\n';
const ENV = { SYSCTL_LINT_TODAY: '2026-06-01', NO_COLOR: '1' };

/** A tree with one of each thing the main thread keeps, between ordinary files the workers read. */
function mixedTree(): string {
  const ws = tmpTree({
    'a/etc/sysctl.d/10-base.conf': SYSCTL_BAD,
    'a/etc/sysctl.d/20-quiet.conf': '# sysctl-lint disable-next-line sysctl-tw-recycle-removed -- tested on a 4.9 kernel\nnet.ipv4.tcp_tw_recycle = 1\n',
    'a/etc/sysctl.d/30-unused.conf': '# sysctl-lint disable-next-line sysctl-tw-recycle-removed -- nothing to hide here\nvm.swappiness = 10\n',
    'b/etc/sysctl.conf': 'net.ipv4.ip_forward = 1\nnet.ipv4.conf.all.rp_filter = 2\n',
    'b/etc/sysctl.d/20-kube.conf': 'net.ipv4.tcp_tw_recycle = 1\n',
    'k8s/proxy.yaml': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: ipvs\n',
    'k8s/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    sysctls:\n    - {name: net.ipv4.ip_local_port_range, value: "1024 65535"}\n  containers: [{name: c, image: x}]\n',
    'k8s/broken.yaml': 'apiVersion: v1\nkind: Pod\nspec: {securityContext: {sysctls: [\n',
    'cloud/user-data.yaml': '#cloud-config\nwrite_files:\n- path: /etc/sysctl.d/90.conf\n  content: |\n    net.ipv4.tcp_tw_recycle = 1\n',
    'docs/readme.yaml': 'title: not a kind sysctl-lint reads\n',
    'packer/build.pkr.hcl': 'source "null" "n" { communicator = "none" }\nbuild {\n  sources = ["source.null.n"]\n  provisioner "shell" { script = "scripts/tune.sh" }\n}\n',
    'packer/scripts/tune.sh': '#!/bin/sh\necho "net.ipv4.tcp_tw_recycle = 1" > /etc/sysctl.d/99-tune.conf\n',
    'big/etc/sysctl.d/50-big.conf': `${'# padding\n'.repeat(400)}vm.swappiness = 1\n`,
  });
  fs.symlinkSync('10-base.conf', path.join(ws, 'a/etc/sysctl.d/40-link.conf'));
  fs.symlinkSync('/dev/null', path.join(ws, 'b/etc/sysctl.d/10-masked.conf'));
  execFileSync('mkfifo', [path.join(ws, 'a/etc/sysctl.d/60-fifo.conf')]);
  return ws;
}

function lint(threads: string, args: string[], cwd: string): CliRun {
  return runCli(['--threads', threads, ...args], { cwd, env: ENV });
}

/** The lines of `--stats` that count things (times differ from run to run, counts must not). */
function statCounts(stderr: string): string[] {
  return stderr.split('\n').filter((l) => /^\s+(files|nodes|findings)\s/.test(l));
}

function threadsOf(stderr: string): number {
  const m = /^\s+threads\s+(\d+)/m.exec(stderr);
  if (!m) throw new Error(`no threads line in --stats:\n${stderr}`);
  return Number(m[1]);
}

const FORMATS = [['--format', 'json'], ['--format', 'sarif'], ['--format', 'text', '--code-frame'], ['--format', 'github'], ['--format', 'junit'], ['--format', 'gitlab'], ['--format', 'html']];

let bench = '';
let mixed = '';
beforeAll(async () => {
  const dir = tmpDir('sl-threads-bench-');
  const { generateRepo } = (await import(path.join(projectRoot, 'bench/lib/generate.mjs'))) as { generateRepo(o: { dir: string; files: number; seed: number }): unknown };
  generateRepo({ dir, files: 1000, seed: 1 });
  bench = path.join(dir, 'repo');
  mixed = mixedTree();
}, 60_000);

// Each case runs the CLI a dozen times or more: minutes on a busy machine, seconds on a quiet one.
describe('--threads 2 against --threads 1', { timeout: 300_000 }, () => {
  const sets: Array<{ name: string; cwd: () => string; paths: string[]; flags?: string[] }> = [
    { name: 'a generated 1,000-file repository', cwd: () => bench, paths: ['.'] },
    { name: 'links, /dev/null masks, a FIFO, directives, a Packer template and its script', cwd: () => mixed, paths: ['.'], flags: ['--max-file-size', '2K'] },
    { name: 'the examples', cwd: () => projectRoot, paths: ['examples'] },
    { name: 'every policy fixture', cwd: () => projectRoot, paths: ['test/policies'] },
    { name: 'a repository with a config file (ignores, overrides)', cwd: () => path.join(projectRoot, 'test/cli/fixtures/user-repo'), paths: ['.'] },
    { name: 'directories and a file named explicitly', cwd: () => projectRoot, paths: ['examples/cluster', 'examples/node-image', 'examples/cloud-init/user-data.yaml'] },
  ];
  for (const set of sets) {
    it(`${set.name}: every report format, byte for byte`, () => {
      for (const format of FORMATS) {
        const args = [...(set.flags ?? []), ...format, ...set.paths];
        const one = lint('1', args, set.cwd());
        const two = lint('2', args, set.cwd());
        expect(one.stderr, args.join(' ')).not.toMatch(/internal error/);
        // A run killed (timeout, output over the buffer) has no status: never compare two of those.
        expect(one.status, args.join(' ')).not.toBeNull();
        expect(two.status, args.join(' ')).toBe(one.status);
        expect(two.stdout, args.join(' ')).toBe(one.stdout);
        expect(two.stderr, args.join(' ')).toBe(one.stderr);
      }
    });

    it(`${set.name}: show, --stats counts, and two threads really used`, () => {
      const show = ['show', '--format', 'json', ...(set.flags ?? []), ...set.paths];
      expect(lint('2', show, set.cwd()).stdout).toBe(lint('1', show, set.cwd()).stdout);
      const stats = ['--stats', '--format', 'json', ...(set.flags ?? []), ...set.paths];
      const one = lint('1', stats, set.cwd());
      const two = lint('2', stats, set.cwd());
      expect(statCounts(two.stderr)).toEqual(statCounts(one.stderr));
      expect(statCounts(one.stderr)).toHaveLength(3);
      expect(one.status).not.toBeNull();
    expect(threadsOf(one.stderr)).toBe(1);
      expect(threadsOf(two.stderr)).toBe(2);
    });
  }

  it('--fix writes the same files', () => {
    const trees = ['1', '2'].map((threads) => {
      const ws = tmpDir('sl-threads-fix-');
      fs.cpSync(path.join(projectRoot, 'examples'), ws, { recursive: true });
      const r = lint(threads, ['--fix', '--format', 'json', '.'], ws);
      const files = Object.fromEntries(
        fs
          .readdirSync(ws, { recursive: true, encoding: 'utf8' })
          .sort()
          .filter((f) => fs.lstatSync(path.join(ws, f)).isFile())
          .map((f) => [f, fs.readFileSync(path.join(ws, f), 'utf8')]),
      );
      return { r, files };
    });
    const [one, two] = trees as [(typeof trees)[0], (typeof trees)[0]];
    expect(one.r.status).not.toBeNull();
    expect(one.r.stderr).toMatch(/fixed \d+ problems? in/);
    expect(two.r.stdout).toBe(one.r.stdout);
    expect(two.r.stderr).toBe(one.r.stderr);
    expect(two.files).toEqual(one.files);
  });
});

describe('--threads auto', { timeout: 300_000 }, () => {
  it('stays on one thread for one small file (a pre-commit hook) and for a small tree', () => {
    expect(threadsOf(lint('auto', ['--stats', 'examples/node-image/etc/sysctl.d/10-kubernetes.conf'], projectRoot).stderr)).toBe(1);
    expect(threadsOf(runCli(['--stats', 'examples'], { env: ENV }).stderr)).toBe(1);
  });

  it('on a large tree: worker threads on more than two cores, one thread on two (the second core is busy with V8 already), the report of one thread either way', () => {
    const dir = tmpDir('sl-threads-auto-');
    const ws = path.join(dir, 'repo');
    fs.mkdirSync(ws);
    // Many copies of the examples: enough inputs for auto to start workers.
    for (let i = 0; i < 500; i++) fs.cpSync(path.join(projectRoot, 'examples'), path.join(ws, `team-${i}`), { recursive: true });
    const one = lint('1', ['--stats', '--format', 'json', '.'], ws);
    const auto = runCli(['--stats', '--format', 'json', '.'], { cwd: ws, env: ENV });
    if (os.availableParallelism() > 2) expect(threadsOf(auto.stderr)).toBeGreaterThan(1);
    else expect(threadsOf(auto.stderr)).toBe(1);
    expect(auto.stdout).toBe(one.stdout);
    expect(statCounts(auto.stderr)).toEqual(statCounts(one.stderr));
  });
});

describe('--threads values', () => {
  it.each([['0'], ['17'], ['two'], ['1.5'], ['']])('%j is a usage error (exit 2, one line)', (value) => {
    const r = runCli(['--threads', value, 'examples'], { env: ENV });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--threads/);
  });

  it.each([['off'], ['1'], ['auto'], ['3']])('%s lints', (value) => {
    const r = runCli(['--threads', value, '--format', 'json', 'examples'], { env: ENV });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toHaveProperty('results');
  });
});
