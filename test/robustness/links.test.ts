/**
 * Symbolic links in a linted tree resolve inside it, never on the host. A pull request can hold
 * any link it likes; what it points at must never be read, and nothing outside the tree may
 * reach any output: the text report with code frames, JSON, SARIF, `--format github` with its
 * job summary, or the GitHub Action's log, outputs and SARIF file.
 *
 * Every case plants canaries: an environment variable of the run, and files outside the tree.
 * Controls prove each assertion can fail: the same content inside the tree does show up.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAllSinks } from '../helpers/all-sinks';
import { runBounded } from '../helpers/bounded-run';
import { tmpDir } from '../helpers/tmp-tree';

const ENV_CANARY = 'CANARY-ENV-91c2d7';
const FILE_CANARY = 'CANARY-FILE-5d1e0a';
const env = { SYSCTL_LINT_TEST_SECRET: ENV_CANARY };

let base: string;
/** The repository the linter runs in (its working directory). */
let ws: string;
/** A directory next to it that must stay unread. */
let outside: string;

function write(rel: string, text: string, root = ws): void {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

function link(rel: string, target: string, root = ws): void {
  const abs = path.join(root, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.symlinkSync(target, abs);
}

/** As many `..` as it takes to reach `/` from `rel` in the workspace, and more. */
function upToHostRoot(rel: string): string {
  const depth = path.join(ws, rel).split(path.sep).length + 3;
  return Array.from({ length: depth }, () => '..').join('/');
}

beforeAll(() => {
  base = tmpDir('sl-links-');
  ws = path.join(base, 'ws');
  outside = path.join(base, 'outside');
  // Outside the tree: a sysctl file, a module list, a kubelet configuration and a static pod,
  // each with a canary on a line any report would quote.
  write('canary.conf', `net.ipv4.tcp_tw_recycle = 1\n${FILE_CANARY} is not an assignment\n`, outside);
  write('modules.conf', 'ip_vs\nbr_netfilter\n', outside);
  // Whatever a file at these paths holds is linted; a finding quotes the line with the canary.
  const pod = `apiVersion: v1\nkind: Pod\nmetadata: {name: tuning}\nspec:\n  initContainers:\n  - name: s\n    securityContext: {privileged: true}\n    command: ["sysctl", "-w", "net.ipv4.tcp_tw_recycle=1"] # ${FILE_CANARY}\n`;
  write('kubelet.yaml', pod, outside);
  write('manifests/kube-proxy.yaml', pod, outside);
  write('sysctl.d/10-outside.conf', `net.ipv4.tcp_tw_recycle = 1\n${FILE_CANARY} is not an assignment\n`, outside);
}, 30_000);


function freshWorkspace(): void {
  fs.rmSync(ws, { recursive: true, force: true });
  fs.mkdirSync(ws, { recursive: true });
}

function expectNoCanary(all: string): void {
  expect(all).not.toContain(ENV_CANARY);
  expect(all).not.toContain(FILE_CANARY);
  // Host paths the links name are not read either: no line of the host's files shows up.
  expect(all).not.toMatch(/\bPATH=|\bHOME=/);
}

describe('a link to /proc/self/environ inside an image tree', () => {
  beforeAll(() => {
    freshWorkspace();
    write('img/proc/self/environ', 'net.ipv4.tcp_tw_recycle = 1\n');
    link('img/etc/sysctl.d/10.conf', '/proc/self/environ');
  });

  it('is linted inside the image, and every sink shows the image file, never the runner environment', () => {
    const r = runAllSinks(['img'], { cwd: ws, env });
    expectNoCanary(r.all);
    const text = r.runs.text;
    expect(text?.timedOut).toBe(false);
    expect(text?.status).toBe(1);
    expect(text?.stdout).toMatch(/^img\/etc\/sysctl\.d\/10\.conf\n {2}1:1 {2}error {2}net\.ipv4\.tcp_tw_recycle = 1/m);
    expect(text?.stdout).toContain('  1 | net.ipv4.tcp_tw_recycle = 1\n');
    for (const [name, run] of Object.entries(r.runs)) expect(run.status, name).toBe(1);
  });

  it('with --root too', () => {
    const r = runAllSinks(['--root', 'img'], { cwd: ws, env });
    expectNoCanary(r.all);
    expect(r.runs.text?.stdout).toContain('  1 | net.ipv4.tcp_tw_recycle = 1\n');
  });

  it('control: the environment canary is visible to the run', () => {
    // The canary reaches the child: had the link been followed on the host, it would show.
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("fs").readFileSync("/proc/self/environ", "utf8"))'], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });
    expect(r.stdout).toContain(ENV_CANARY);
  });
});

describe('links that try to leave the tree', () => {
  beforeAll(() => {
    freshWorkspace();
    // In an image: `..` stops at the image root, `/` is the image root.
    write('img/etc/sysctl.d/10-base.conf', 'net.ipv4.ip_forward = 1\n');
    link('img/etc/sysctl.d/97-up.conf', `${upToHostRoot('img/etc/sysctl.d')}${outside}/canary.conf`);
    link('img/etc/sysctl.d/98-abs.conf', `${outside}/canary.conf`);
    link('img/etc/sysctl.d/99-host.conf', '../../../../../../../../etc/sysctl.conf');
    // Outside any image: the link's target must lie in the working directory.
    link('k8s/sysctl.conf', `${outside}/canary.conf`);
    link('k8s/user-data', `../../outside/canary.conf`);
  });

  it('are not followed, in any sink, and say so where they are', () => {
    const r = runAllSinks(['.'], { cwd: ws, env });
    expectNoCanary(r.all);
    const json = JSON.parse(r.runs.json?.stdout ?? '') as { results: Array<{ ruleId: string; file: string; message: string }> };
    const unreadable = json.results.filter((f) => f.ruleId === 'sysctl-lint/unreadable-file').map((f) => [f.file, f.message]);
    expect(unreadable).toEqual([
      ['img/etc/sysctl.d/97-up.conf', expect.stringMatching(/dangling symbolic link: .* does not exist in the image/)],
      ['img/etc/sysctl.d/98-abs.conf', expect.stringMatching(/dangling symbolic link/)],
      ['img/etc/sysctl.d/99-host.conf', expect.stringMatching(/dangling symbolic link: \/etc\/sysctl.conf does not exist in the image/)],
      ['k8s/sysctl.conf', expect.stringMatching(/leads outside the linted tree: not followed/)],
      ['k8s/user-data', expect.stringMatching(/leads outside the linted tree: not followed/)],
    ]);
    expect(r.runs.text?.status).toBe(1);
  });

  it('with --root, `..` and absolute targets resolve in the image', () => {
    write('img/etc/sysctl.conf', 'vm.swappiness = 10\n');
    link('img/etc/sysctl.d/96-image.conf', '../../../../../../etc/sysctl.conf');
    const r = runAllSinks(['--root', 'img'], { cwd: ws, env });
    expectNoCanary(r.all);
    // The image's own /etc/sysctl.conf, reached through a link that climbs past the root.
    expect(r.runs.text?.stdout).not.toMatch(/96-image\.conf\n {2}1:1 {2}error/);
    const json = JSON.parse(r.runs.json?.stdout ?? '') as { results: Array<{ ruleId: string; file: string }> };
    expect(json.results.filter((f) => f.file === 'img/etc/sysctl.d/96-image.conf' && f.ruleId === 'sysctl-lint/unreadable-file')).toEqual([]);
    fs.rmSync(path.join(ws, 'img/etc/sysctl.d/96-image.conf'));
    fs.rmSync(path.join(ws, 'img/etc/sysctl.conf'));
  });

  it('named on the command line: exit 2 with a message, nothing read', () => {
    for (const p of ['k8s/sysctl.conf', 'k8s/user-data']) {
      const r = runBounded(['--code-frame', p], { cwd: ws, env });
      expect(r.status, p).toBe(2);
      expect(r.stderr).toContain(`sysctl-lint: ${p}: symbolic link to`);
      expectNoCanary(r.stdout + r.stderr);
    }
  });

  it('control: the same file inside the tree is read and quoted', () => {
    write('k8s/inside/sysctl.conf', fs.readFileSync(path.join(outside, 'canary.conf'), 'utf8'));
    const r = runBounded(['--code-frame', 'k8s/inside'], { cwd: ws, env });
    expect(r.stdout).toContain(FILE_CANARY);
    fs.rmSync(path.join(ws, 'k8s/inside'), { recursive: true });
  });
});

describe('directory links', () => {
  beforeAll(() => {
    freshWorkspace();
    write('img/etc/sysctl.d/10-base.conf', 'net.ipv4.ip_forward = 1\n');
    link('img/usr/lib/sysctl.d', `${outside}/sysctl.d`);
    link('host-etc', `${outside}/sysctl.d`);
    link('img2', '../outside');
  });

  it('are not walked', () => {
    const r = runAllSinks(['.'], { cwd: ws, env });
    expectNoCanary(r.all);
    expect(r.runs.json?.status).toBe(0);
    const rr = runAllSinks(['--root', 'img'], { cwd: ws, env });
    expectNoCanary(rr.all);
  });

  it('named on the command line, a directory link out of the working directory is an error', () => {
    for (const args of [['host-etc'], ['img2'], ['img2/sysctl.d/10-outside.conf'], ['img/usr/lib/sysctl.d'], ['--root', 'img2']]) {
      const r = runBounded(['--code-frame', ...args], { cwd: ws, env });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('leads outside the working directory through a symbolic link');
      expectNoCanary(r.stdout + r.stderr);
    }
  });
});

describe('links under modules-load.d, etc/modules and the Kubernetes configuration of an image', () => {
  beforeAll(() => {
    freshWorkspace();
    write('img/etc/sysctl.d/70-ipvs.conf', 'net.ipv4.vs.conntrack = 1\n');
    link('img/etc/modules-load.d/ipvs.conf', `${outside}/modules.conf`);
    link('img/etc/modules', `${upToHostRoot('img/etc')}${outside}/modules.conf`);
    link('img/var/lib/kubelet/config.yaml', `${outside}/kubelet.yaml`);
    link('img/etc/kubernetes/manifests', `${outside}/manifests`);
  });

  it('are resolved inside the image: the module lists outside are not read', () => {
    const r = runAllSinks(['--root', 'img'], { cwd: ws, env });
    expectNoCanary(r.all);
    const json = JSON.parse(r.runs.json?.stdout ?? '') as { results: Array<{ ruleId: string }> };
    // ip_vs is listed only in the file outside: unread, the key's module is not loaded.
    expect(json.results.map((f) => f.ruleId)).toContain('sysctl-module-key-not-loaded');
  });

  it('control: the same module list inside the image is read', () => {
    fs.rmSync(path.join(ws, 'img/etc/modules-load.d/ipvs.conf'));
    write('img/etc/modules-load.d/ipvs.conf', 'ip_vs\n');
    const r = runBounded(['--format', 'json', '--root', 'img'], { cwd: ws, env });
    const json = JSON.parse(r.stdout) as { results: Array<{ ruleId: string }> };
    expect(json.results.map((f) => f.ruleId)).not.toContain('sysctl-module-key-not-loaded');
  });

  it('control: the kubelet configuration and static pod are quoted when they are inside the image', () => {
    fs.rmSync(path.join(ws, 'img/var/lib/kubelet/config.yaml'));
    fs.rmSync(path.join(ws, 'img/etc/kubernetes/manifests'));
    fs.cpSync(path.join(outside, 'kubelet.yaml'), path.join(ws, 'img/var/lib/kubelet/config.yaml'));
    fs.cpSync(path.join(outside, 'manifests'), path.join(ws, 'img/etc/kubernetes/manifests'), { recursive: true });
    const r = runBounded(['--code-frame', '--root', 'img'], { cwd: ws, env });
    expect(r.stdout).toContain(FILE_CANARY);
  });
});
