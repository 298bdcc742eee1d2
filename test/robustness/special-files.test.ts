/**
 * Only regular files are read. A FIFO would block the run forever, /dev/zero or /dev/urandom
 * would never end and fill memory; a directory named like a file made the CLI print a stack.
 * Each is reported (a located finding when walked, exit 2 when named explicitly) and the run
 * ends at once, whether the file is an input, a link target, a policy, the config file, a
 * `--live-snapshot` or a module list under `--root`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBounded } from '../helpers/bounded-run';
import { tmpDir } from '../helpers/tmp-tree';

let ws: string;

function write(rel: string, text: string): void {
  const abs = path.join(ws, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, text);
}

function fifo(rel: string): void {
  const abs = path.join(ws, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  execFileSync('mkfifo', [abs]);
}

function link(rel: string, target: string): void {
  const abs = path.join(ws, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.symlinkSync(target, abs);
}

beforeAll(() => {
  ws = tmpDir('sl-special-');
  write('img/etc/sysctl.d/10-base.conf', 'net.ipv4.ip_forward = 1\n');
  fifo('img/etc/sysctl.d/20-fifo.conf');
  link('loose/sysctl.conf', '/dev/zero');
  link('loose/more/sysctl.conf', '/dev/urandom');
  fs.mkdirSync(path.join(ws, 'img/etc/other'));
  link('img/etc/sysctl.d/30-dir.conf', '../other');
  fifo('named.fifo');
  link('zero.conf', '/dev/zero');
  fifo('policies/fifo.yaml');
  fs.mkdirSync(path.join(ws, 'policies-dir/sub'), { recursive: true });
  link('policies-dir/dir.yaml', 'sub');
  fifo('snapshot.fifo');
  fifo('config/.sysctl-lint.yaml');
  write('modroot/etc/sysctl.d/70-ipvs.conf', 'net.ipv4.vs.conntrack = 1\n');
  fifo('modroot/etc/modules');
  fifo('modroot/etc/modules-load.d/ipvs.conf');
  fifo('modroot/var/lib/kubelet/config.yaml');
});


/** Every run here must end at once and small, whatever it reports. */
function run(args: string[], cwd = ws) {
  const r = runBounded(args, { cwd, timeoutMs: 10_000 });
  expect(r.timedOut, `${args.join(' ')} did not end`).toBe(false);
  expect(r.peakMb, `${args.join(' ')} peak memory`).toBeLessThan(300);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return r;
}

describe('special files in a walked tree', () => {
  it('are reported where they are, never read', () => {
    const r = run(['--format', 'json', 'img', 'loose', 'policies']);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { results: Array<{ ruleId: string; file: string; message: string }> };
    const unreadable = json.results.filter((f) => f.ruleId === 'sysctl-lint/unreadable-file').map((f) => [f.file, f.message]);
    expect(unreadable).toEqual([
      ['img/etc/sysctl.d/20-fifo.conf', 'cannot read file: a FIFO (named pipe), not a regular file: not read'],
      ['img/etc/sysctl.d/30-dir.conf', 'cannot read file: a directory, not a regular file: not read'],
      ['loose/more/sysctl.conf', expect.stringMatching(/leads outside the linted tree/)],
      ['loose/sysctl.conf', expect.stringMatching(/leads outside the linted tree/)],
      // Any *.yaml may be a manifest: one that is a FIFO is reported rather than skipped.
      ['policies/fifo.yaml', 'cannot read file: a FIFO (named pipe), not a regular file: not read'],
    ]);
  });

  it('under --root, in the sysctl directories and the module lists', () => {
    const r = run(['--format', 'json', '--root', 'img']);
    const json = JSON.parse(r.stdout) as { results: Array<{ ruleId: string; file: string; message: string }> };
    expect(json.results.filter((f) => f.ruleId === 'sysctl-lint/unreadable-file').map((f) => f.file)).toEqual(['img/etc/sysctl.d/20-fifo.conf', 'img/etc/sysctl.d/30-dir.conf']);
    const m = run(['--format', 'json', '--root', 'modroot']);
    expect(m.status).toBe(1);
  });
});

describe('special files named explicitly', () => {
  it.each([
    [['named.fifo'], 'named.fifo: a FIFO (named pipe), not a regular file: not read'],
    [['zero.conf'], 'zero.conf: symbolic link to "/dev/zero" leads outside the linted tree'],
    [['/dev/zero'], '/dev/zero: a character device, not a regular file: not read'],
    [['/dev/urandom'], '/dev/urandom: a character device, not a regular file: not read'],
    [['--policies', 'policies', 'img'], 'cannot read policy file: a FIFO (named pipe), not a regular file'],
    [['--policies', 'policies-dir', 'img'], 'cannot read policy file: a directory, not a regular file'],
    [['--live-snapshot', 'snapshot.fifo'], 'cannot read the snapshot: a FIFO (named pipe), not a regular file'],
    [['--config', 'config/.sysctl-lint.yaml', 'img'], 'cannot read config file: a FIFO (named pipe), not a regular file'],
  ])('%j: exit 2 with a one-line message', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('a config file found by name that is a FIFO is an error, not a hang', () => {
    const r = run(['../img'], path.join(ws, 'config'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot read config file: a FIFO (named pipe), not a regular file');
  });
});
