/**
 * The hostile-input catalogue: one generator per class of attack a pull request can make on
 * the linter. Each case builds a workspace and names the command line; `expect` says how the
 * run must end. test/robustness/hostile.test.ts runs every case against the built CLI under
 * time and memory bounds; scripts/hostile-score.mjs runs them against any build and counts
 * the outcomes by class (the figures in FUZZING.md).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export type HostileClass = 'special-file' | 'link' | 'bomb' | 'huge' | 'pattern' | 'bad-input' | 'injection';

export interface HostileCase {
  class: HostileClass;
  name: string;
  /** Writes the workspace under `ws` (the working directory of the run) and returns the arguments. */
  setup(ws: string, canary: Canary): string[];
  /** Exit codes that are right for this input. */
  exit: Array<0 | 1 | 2>;
  /** A rule id among the JSON results, or a piece of stderr. */
  rule?: string;
  stderr?: string | RegExp;
  /** Peak memory bound (MB); default 300. Inputs of about 10 MB may use more, never 1 GB. */
  memoryMb?: number;
  /** Wall-clock bound (ms); default 10 s. Only the largest inputs the limits let through get 20 s (a loaded 2-core CI machine). */
  timeMs?: number;
}

/** Strings planted outside the tree and in the environment: they must never reach any output. */
interface Canary {
  /** A directory outside the workspace, holding `canary.conf` (a sysctl file with `text` on a line). */
  outside: string;
  text: string;
}

export const CANARY_TEXT = 'CANARY-b7f2e9-outside-the-tree';
const MB = 1024 * 1024;

function put(ws: string, rel: string, content: string | Buffer): void {
  const abs = path.join(ws, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
}

function fifo(ws: string, rel: string): void {
  fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
  execFileSync('mkfifo', [path.join(ws, rel)]);
}

function link(ws: string, rel: string, target: string): void {
  fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
  fs.symlinkSync(target, path.join(ws, rel));
}

/** A socket file (Python binds one; Node removes its own when the server closes). */
function socket(ws: string, rel: string): void {
  fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
  execFileSync('python3', ['-c', 'import socket,sys; s=socket.socket(socket.AF_UNIX); s.bind(sys.argv[1])', path.join(ws, rel)]);
}

const SYSCTL = 'net.ipv4.tcp_tw_recycle = 1\n';
const cloudConfig = (body: string) => `#cloud-config\n${body}`;
const json = ['--format', 'json'];

/** gzip of `total` zero bytes as concatenated members of 1 MiB each (gunzip reads them all): small file, huge output. */
function gzipZeros(total: number): Buffer {
  const member = zlib.gzipSync(Buffer.alloc(Math.min(total, MB)));
  return Buffer.concat(Array.from({ length: Math.max(1, Math.round(total / MB)) }, () => member));
}

/** A YAML alias bomb: 12 levels of 10 aliases each expand to 10^12 nodes. */
function aliasBomb(prefix = ''): string {
  const lines = [`${prefix}a: &a [x, x, x, x, x, x, x, x, x, x]`];
  for (let i = 1; i < 12; i++) {
    const p = String.fromCharCode(96 + i);
    const n = String.fromCharCode(97 + i);
    lines.push(`${prefix}${n}: &${n} [${Array(10).fill(`*${p}`).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

function nestedMime(depth: number, inner: string): string {
  let body = inner;
  for (let i = depth; i > 0; i--) body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}\n--b${i}--\n`;
  return body;
}

const policy = (id: string, extra = '') => `id: ${id}\ntitle: A catastrophic pattern\nseverity: warning\ncheck:\n  setting: '**'\n  target: assignments\n  violation:\n    matches: '^(a+)+$'\nmessage: m\nrationale: r\nfix: f\n${extra}`;

export const HOSTILE_CASES: HostileCase[] = [
  // --- special files: never opened for reading, never blocking ---------------------------------
  { class: 'special-file', name: 'FIFO in a sysctl.d directory', setup: (ws) => (fifo(ws, 'etc/sysctl.d/10.conf'), [...json, 'etc']), exit: [1], rule: 'sysctl-lint/unreadable-file' },
  { class: 'special-file', name: 'FIFO named on the command line', setup: (ws) => (fifo(ws, 'x.conf'), ['x.conf']), exit: [2], stderr: 'a FIFO (named pipe)' },
  { class: 'special-file', name: 'FIFO as a policy file', setup: (ws) => (fifo(ws, 'p/x.yaml'), put(ws, 'a.conf', SYSCTL), ['--policies', 'p', 'a.conf']), exit: [2], stderr: 'cannot read policy file' },
  { class: 'special-file', name: 'FIFO as --config', setup: (ws) => (fifo(ws, 'c.yaml'), put(ws, 'a.conf', SYSCTL), ['--config', 'c.yaml', 'a.conf']), exit: [2], stderr: 'cannot read config file' },
  { class: 'special-file', name: 'FIFO found as .sysctl-lint.yaml', setup: (ws) => (fifo(ws, '.sysctl-lint.yaml'), put(ws, 'a.conf', SYSCTL), ['a.conf']), exit: [2], stderr: 'cannot read config file' },
  { class: 'special-file', name: 'FIFO as --live-snapshot', setup: (ws) => (fifo(ws, 'snap'), ['--live-snapshot', 'snap']), exit: [2], stderr: 'cannot read the snapshot' },
  { class: 'special-file', name: 'FIFO as etc/modules under --root', setup: (ws) => (put(ws, 'img/etc/sysctl.d/70.conf', 'net.ipv4.vs.conntrack = 1\n'), fifo(ws, 'img/etc/modules'), [...json, '--root', 'img']), exit: [1], rule: 'sysctl-module-key-not-loaded' },
  { class: 'special-file', name: 'FIFO as a modules-load.d file', setup: (ws) => (put(ws, 'img/etc/sysctl.d/70.conf', SYSCTL), fifo(ws, 'img/etc/modules-load.d/x.conf'), [...json, '--root', 'img']), exit: [1] },
  { class: 'special-file', name: 'FIFO as a kubelet configuration under --root', setup: (ws) => (put(ws, 'img/etc/sysctl.d/70.conf', SYSCTL), fifo(ws, 'img/var/lib/kubelet/config.yaml'), [...json, '--root', 'img']), exit: [1] },
  { class: 'special-file', name: 'FIFO as a .gitignore', setup: (ws) => (put(ws, '.git/HEAD', 'ref: x\n'), fifo(ws, '.gitignore'), put(ws, 'etc/sysctl.d/1.conf', SYSCTL), [...json, '.']), exit: [1] },
  { class: 'special-file', name: 'FIFO as Chart.yaml next to Helm values', setup: (ws) => (fifo(ws, 'chart/Chart.yaml'), put(ws, 'chart/values.yaml', 'initContainers:\n- name: s\n  command: [sysctl, -w, net.ipv4.tcp_tw_recycle=1]\n  securityContext: {privileged: true}\n'), [...json, 'chart']), exit: [0, 1] },
  { class: 'special-file', name: 'link to /dev/zero in a tree', setup: (ws) => (link(ws, 'k/sysctl.conf', '/dev/zero'), [...json, 'k']), exit: [1], rule: 'sysctl-lint/unreadable-file' },
  { class: 'special-file', name: 'link to /dev/urandom in an image', setup: (ws) => (link(ws, 'img/etc/sysctl.d/1.conf', '/dev/urandom'), [...json, 'img']), exit: [1], rule: 'sysctl-lint/unreadable-file' },
  { class: 'special-file', name: '/dev/zero named on the command line', setup: () => ['/dev/zero'], exit: [2], stderr: 'a character device' },
  { class: 'special-file', name: 'link to /dev/urandom named on the command line', setup: (ws) => (link(ws, 'r.conf', '/dev/urandom'), ['r.conf']), exit: [2], stderr: 'leads outside the linted tree' },
  { class: 'special-file', name: 'socket in a sysctl.d directory', setup: (ws) => (socket(ws, 'etc/sysctl.d/9.conf'), [...json, 'etc']), exit: [1], rule: 'sysctl-lint/unreadable-file' },
  { class: 'special-file', name: '--fix with a FIFO in the tree', setup: (ws) => (fifo(ws, 'etc/sysctl.d/10.conf'), put(ws, 'etc/sysctl.d/20.conf', SYSCTL), ['--fix', 'etc']), exit: [1], stderr: 'fixed 1 problem in 1 file' },
  { class: 'special-file', name: '--fix-dry-run with a FIFO in the tree', setup: (ws) => (fifo(ws, 'etc/sysctl.d/10.conf'), put(ws, 'etc/sysctl.d/20.conf', SYSCTL), ['--fix-dry-run', 'etc']), exit: [1] },
  { class: 'special-file', name: 'link named like a file to a directory', setup: (ws) => (fs.mkdirSync(path.join(ws, 'd'), { recursive: true }), link(ws, 'etc/sysctl.d/5.conf', '../../d'), [...json, 'etc']), exit: [1], rule: 'sysctl-lint/unreadable-file' },

  // --- links: resolved inside the tree, never on the host --------------------------------------
  { class: 'link', name: 'image link to /proc/self/environ (code frame)', setup: (ws) => (put(ws, 'img/proc/self/environ', SYSCTL), link(ws, 'img/etc/sysctl.d/10.conf', '/proc/self/environ'), ['--code-frame', 'img']), exit: [1] },
  { class: 'link', name: 'image link climbing out with ../', setup: (ws, c) => (link(ws, 'img/etc/sysctl.d/99.conf', `${'../'.repeat(30)}${c.outside}/canary.conf`), ['--code-frame', '--root', 'img']), exit: [1], rule: undefined },
  { class: 'link', name: 'image link to an absolute host path', setup: (ws, c) => (link(ws, 'img/etc/sysctl.d/99.conf', `${c.outside}/canary.conf`), ['--code-frame', 'img']), exit: [1] },
  { class: 'link', name: 'image link to the host /etc/sysctl.conf', setup: (ws) => (link(ws, 'img/etc/sysctl.d/99-host.conf', '../../../../../../../etc/sysctl.conf'), ['--code-frame', '--root', 'img']), exit: [1] },
  { class: 'link', name: 'tree link to a file outside', setup: (ws, c) => (link(ws, 'k/sysctl.conf', `${c.outside}/canary.conf`), ['--code-frame', 'k']), exit: [1] },
  { class: 'link', name: 'named link to a file outside', setup: (ws, c) => (link(ws, 'x.conf', `${c.outside}/canary.conf`), ['--code-frame', 'x.conf']), exit: [2] },
  { class: 'link', name: 'directory link to outside, walked', setup: (ws, c) => (link(ws, 'img/etc/sysctl.d', c.outside), put(ws, 'img/etc/sysctl.conf', SYSCTL), ['--code-frame', 'img']), exit: [1] },
  { class: 'link', name: 'directory link to outside, named', setup: (ws, c) => (link(ws, 'out', c.outside), ['--code-frame', 'out']), exit: [2], stderr: 'leads outside the working directory' },
  { class: 'link', name: 'modules-load.d link outside (--root)', setup: (ws, c) => (put(ws, 'img/etc/sysctl.d/1.conf', SYSCTL), link(ws, 'img/etc/modules-load.d/x.conf', `${c.outside}/canary.conf`), ['--code-frame', '--root', 'img']), exit: [1] },
  { class: 'link', name: 'etc/modules link outside (--root)', setup: (ws, c) => (put(ws, 'img/etc/sysctl.d/1.conf', SYSCTL), link(ws, 'img/etc/modules', `${'../'.repeat(30)}${c.outside}/canary.conf`), ['--code-frame', '--root', 'img']), exit: [1] },
  { class: 'link', name: 'kubelet config link outside (--root)', setup: (ws, c) => (put(ws, 'img/etc/sysctl.d/1.conf', SYSCTL), link(ws, 'img/var/lib/kubelet/config.yaml', `${c.outside}/canary.conf`), ['--code-frame', '--root', 'img']), exit: [1] },
  { class: 'link', name: 'static pod directory link outside (--root)', setup: (ws, c) => (put(ws, 'img/etc/sysctl.d/1.conf', SYSCTL), link(ws, 'img/etc/kubernetes/manifests', c.outside), ['--code-frame', '--root', 'img']), exit: [1] },
  { class: 'link', name: 'policy file link outside', setup: (ws, c) => (put(ws, 'a.conf', SYSCTL), link(ws, 'p/x.yaml', `${c.outside}/canary.conf`), ['--policies', 'p', 'a.conf']), exit: [2] },
  { class: 'link', name: 'config file link outside', setup: (ws, c) => (put(ws, 'a.conf', SYSCTL), link(ws, '.sysctl-lint.yaml', `${c.outside}/canary.conf`), ['a.conf']), exit: [2] },
  { class: 'link', name: 'snapshot link to /proc/self/environ', setup: (ws) => (link(ws, 'snap', '/proc/self/environ'), ['--code-frame', '--live-snapshot', 'snap']), exit: [2] },
  // --fix writes only files read inside the tree: the canary outside (a fixable file) stays as it was.
  { class: 'link', name: '--fix: image link out of the tree (absolute)', setup: (ws, c) => (put(ws, 'img/etc/sysctl.d/10.conf', SYSCTL), link(ws, 'img/etc/sysctl.d/99.conf', `${c.outside}/canary.conf`), ['--fix', '--root', 'img']), exit: [0, 1] },
  { class: 'link', name: '--fix: link climbing out with ../', setup: (ws, c) => (link(ws, 'etc/sysctl.d/99.conf', `${'../'.repeat(30)}${c.outside}/canary.conf`), put(ws, 'etc/sysctl.d/10.conf', SYSCTL), ['--fix', 'etc']), exit: [0, 1] },
  { class: 'link', name: '--fix: directory link out of the tree', setup: (ws, c) => (link(ws, 'etc/sysctl.d', c.outside), put(ws, 'etc/sysctl.conf', SYSCTL), ['--fix', 'etc']), exit: [0, 1] },
  { class: 'link', name: '--fix: link out of the tree named on the command line', setup: (ws, c) => (link(ws, 'x.conf', `${c.outside}/canary.conf`), ['--fix', 'x.conf']), exit: [2], stderr: 'leads outside the linted tree' },

  // --- bombs: small files that expand -----------------------------------------------------------
  {
    class: 'bomb',
    name: 'gz+b64 write_files: 300 KB expanding to 300 MiB',
    setup: (ws) => (put(ws, 'user-data', cloudConfig(`write_files:\n- path: /etc/sysctl.d/9.conf\n  encoding: gz+b64\n  content: ${gzipZeros(300 * MB).toString('base64')}\n`)), [...json, 'user-data']),
    exit: [1],
    rule: 'sysctl-lint/analysis-limit',
  },
  {
    class: 'bomb',
    name: 'gzip write_files: 1 MB expanding to 1 GiB of NULs',
    setup: (ws) => (put(ws, 'user-data', cloudConfig(`write_files:\n- path: /etc/sysctl.d/9.conf\n  encoding: gzip\n  content: !!binary |\n    ${gzipZeros(1024 * MB).toString('base64')}\n`)), [...json, 'user-data']),
    exit: [1],
    rule: 'sysctl-lint/analysis-limit',
  },
  { class: 'bomb', name: 'gzip-compressed user-data expanding to 512 MiB', setup: (ws) => (put(ws, 'user-data', gzipZeros(512 * MB)), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  {
    class: 'bomb',
    name: 'MIME part: base64 gzip expanding to 256 MiB',
    setup: (ws) => (put(ws, 'user-data', `Content-Type: multipart/mixed; boundary="b"\nMIME-Version: 1.0\n\n--b\nContent-Type: text/x-shellscript\nContent-Transfer-Encoding: base64\n\n${gzipZeros(256 * MB).toString('base64')}\n--b--\n`), [...json, 'user-data']),
    exit: [1],
    rule: 'sysctl-lint/analysis-limit',
  },
  { class: 'bomb', name: 'MIME nested 3,000 deep', setup: (ws) => (put(ws, 'user-data', nestedMime(3000, 'Content-Type: text/x-shellscript\n\n#!/bin/sh\nsysctl -w net.ipv4.tcp_tw_recycle=1\n')), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'bomb', name: 'cloud-config-archive of 100,000 parts', setup: (ws) => (put(ws, 'user-data', `#cloud-config-archive\n${'- "#!/bin/sh\\nsysctl -w net.ipv4.tcp_tw_recycle=1"\n'.repeat(100_000)}`), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'bomb', name: 'cloud-config-archive of 5,000 parts (under the YAML limit)', setup: (ws) => (put(ws, 'user-data', `#cloud-config-archive\n${'- "#!/bin/sh\\nsysctl -w net.ipv4.tcp_tw_recycle=1"\n'.repeat(5000)}`), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'bomb', name: 'alias bomb in a config file', setup: (ws) => (put(ws, '.sysctl-lint.yaml', aliasBomb()), put(ws, 'a.conf', SYSCTL), ['a.conf']), exit: [2], stderr: 'Excessive alias count' },
  { class: 'bomb', name: 'alias bomb in a policy', setup: (ws) => (put(ws, 'p/x.yaml', aliasBomb()), put(ws, 'a.conf', SYSCTL), ['--policies', 'p', 'a.conf']), exit: [2], stderr: 'Excessive alias count' },
  { class: 'bomb', name: 'alias bomb in a manifest', setup: (ws) => (put(ws, 'k/pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  securityContext:\n    sysctls: [{name: net.ipv4.tcp_tw_recycle, value: "1"}]\n${aliasBomb('  ')}`), [...json, 'k']), exit: [0, 1] },
  { class: 'bomb', name: 'alias bomb in a cloud-config', setup: (ws) => (put(ws, 'user-data', cloudConfig(`${aliasBomb()}runcmd:\n- [sysctl, -w, net.ipv4.tcp_tw_recycle=1]\n- *l\n`)), [...json, 'user-data']), exit: [0, 1] },
  { class: 'bomb', name: 'quoted-printable part of 9 MB', setup: (ws) => (put(ws, 'user-data', `Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/x-shellscript\nContent-Transfer-Encoding: quoted-printable\n\n#!/bin/sh=0A${'=41'.repeat(3 * MB)}\n--b--\n`), [...json, 'user-data']), exit: [0, 1], memoryMb: 1024 },

  // --- huge inputs ------------------------------------------------------------------------------
  { class: 'huge', name: '1M-line sysctl.conf (41 MB)', setup: (ws) => (put(ws, 'etc/sysctl.conf', 'net.ipv4.conf.eth0.rp_filter = 1\n'.repeat(1_000_000) + SYSCTL), [...json, 'etc']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'huge', name: 'sysctl.conf just under the 10 MB limit', setup: (ws) => (put(ws, 'etc/sysctl.conf', `${'net.ipv4.conf.eth0.rp_filter = 1\n'.repeat(300_000)}${SYSCTL}`), [...json, 'etc']), exit: [1], memoryMb: 1024, timeMs: 20_000 },
  { class: 'huge', name: 'one 9 MB sysctl line', setup: (ws) => (put(ws, 'etc/sysctl.conf', `kernel.core_pattern = ${'x'.repeat(9 * MB)}\n${SYSCTL}`), [...json, 'etc']), exit: [1], memoryMb: 1024 },
  { class: 'huge', name: '5 MB of random bytes named sysctl.conf', setup: (ws) => (put(ws, 'etc/sysctl.conf', Buffer.from(Array.from({ length: 5 * MB }, (_, i) => (i * 2654435761) >>> 24))), [...json, 'etc']), exit: [0, 1], memoryMb: 1024, timeMs: 20_000 },
  { class: 'huge', name: '40 MB runcmd scalar', setup: (ws) => (put(ws, 'user-data', cloudConfig(`runcmd:\n- "${'a'.repeat(40 * MB)}"\n`)), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'huge', name: '9 MB runcmd scalar', setup: (ws) => (put(ws, 'user-data', cloudConfig(`runcmd:\n- "sysctl -w net.ipv4.tcp_tw_recycle=1; ${'a'.repeat(9 * MB)}"\n`)), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'huge', name: '1.5 MB shell-script user-data (over the script limit)', setup: (ws) => (put(ws, 'user-data', `#!/bin/sh\nsysctl -w net.ipv4.tcp_tw_recycle=1\n${'echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n'.repeat(45_000)}`), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit', memoryMb: 300, timeMs: 20_000 },
  { class: 'huge', name: '50 MB cloud-config', setup: (ws) => (put(ws, 'user-data', cloudConfig(`runcmd:\n${'- sysctl -w net.ipv4.tcp_tw_recycle=1\n'.repeat(1_300_000)}`)), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'huge', name: '9 MB cloud-config of 230,000 commands', setup: (ws) => (put(ws, 'user-data', cloudConfig(`runcmd:\n${'- sysctl -w net.ipv4.tcp_tw_recycle=1\n'.repeat(230_000)}`)), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'huge', name: '1 MB cloud-config of 25,000 commands (under the YAML limit)', setup: (ws) => (put(ws, 'user-data', cloudConfig(`runcmd:\n${'- sysctl -w net.ipv4.tcp_tw_recycle=1\n'.repeat(25_000)}`)), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit', memoryMb: 300, timeMs: 20_000 },
  { class: 'huge', name: '200,000 pod sysctls in one list', setup: (ws) => (put(ws, 'k/pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  securityContext:\n    sysctls:\n${'    - {name: net.ipv4.tcp_tw_recycle, value: "1"}\n'.repeat(200_000)}`), [...json, 'k']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'huge', name: '20,000 pod sysctls as flow mappings (just under the YAML limit)', setup: (ws) => (put(ws, 'k/pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  securityContext:\n    sysctls:\n${'    - {name: net.ipv4.tcp_tw_recycle, value: "1"}\n'.repeat(20_000)}`), [...json, 'k']), exit: [1], rule: 'sysctl-lint/analysis-limit', memoryMb: 300, timeMs: 20_000 },
  { class: 'huge', name: '40,000 pod sysctls as flow mappings (over the YAML limit: skipped)', setup: (ws) => (put(ws, 'k/pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  securityContext:\n    sysctls:\n${'    - {name: net.ipv4.tcp_tw_recycle, value: "1"}\n'.repeat(40_000)}`), [...json, 'k']), exit: [1], rule: 'sysctl-lint/analysis-limit', memoryMb: 300, timeMs: 20_000 },
  { class: 'huge', name: '13 MB container command line', setup: (ws) => (put(ws, 'k/pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: c\n    securityContext: {privileged: true}\n    command: [sh, -c, "sysctl -w net.ipv4.tcp_tw_recycle=1 ${'a'.repeat(13 * MB)}"]\n`), [...json, 'k']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'huge', name: '9 MB container command line', setup: (ws) => (put(ws, 'k/pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec:\n  containers:\n  - name: c\n    securityContext: {privileged: true}\n    command: [sh, -c, "sysctl -w net.ipv4.tcp_tw_recycle=1; ${'a '.repeat(4 * MB)}"]\n`), [...json, 'k']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'huge', name: '1.5 MB provisioning script (over the script limit)', setup: (ws) => (put(ws, 'scripts/provision.sh', `#!/bin/bash\nsysctl -w net.ipv4.tcp_tw_recycle=1\n${'echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n'.repeat(45_000)}`), [...json, 'scripts']), exit: [1], rule: 'sysctl-lint/analysis-limit', memoryMb: 300, timeMs: 20_000 },
  { class: 'huge', name: 'YAML nested 100,000 deep', setup: (ws) => (put(ws, 'k/pod.yaml', `apiVersion: v1\nkind: Pod\nmetadata: {name: x}\nspec: ${'['.repeat(100_000)}\n`), [...json, 'k']), exit: [0, 1] },
  { class: 'huge', name: 'Helm values nested 5,000 maps deep', setup: (ws) => (put(ws, 'c/values.yaml', `${Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} 1\n`), [...json, 'c']), exit: [0, 1] },

  // --- pathological patterns ---------------------------------------------------------------------
  { class: 'pattern', name: 'sysctl glob with 20 stars in a 31-byte line', setup: (ws) => (put(ws, 'etc/sysctl.d/1.conf', `net.${'*'.repeat(20)}.x = 1\n${SYSCTL}`), [...json, 'etc']), exit: [1] },
  { class: 'pattern', name: 'sysctl glob alternating stars', setup: (ws) => (put(ws, 'etc/sysctl.d/1.conf', `net.ipv4.${'*a'.repeat(2000)}.b = 1\n-net.${'?*'.repeat(2000)}\n${SYSCTL}`), [...json, 'etc']), exit: [1] },
  { class: 'pattern', name: 'glob with a reversed class [z-a]', setup: (ws) => (put(ws, 'etc/sysctl.d/1.conf', `net.ipv4.conf.[z-a].rp_filter = 1\n${SYSCTL}`), [...json, 'etc']), exit: [1] },
  { class: 'pattern', name: '100,000 backquotes in runcmd', setup: (ws) => (put(ws, 'user-data', cloudConfig(`runcmd:\n- "${'`'.repeat(100_000)}"\n- 'echo ${'`a` '.repeat(50_000)}'\n- sysctl -w net.ipv4.tcp_tw_recycle=1\n`)), [...json, 'user-data']), exit: [1] },
  { class: 'pattern', name: '$( nested 10,000 deep', setup: (ws) => (put(ws, 'user-data', cloudConfig(`runcmd:\n- 'echo ${'$('.repeat(10_000)}${')'.repeat(10_000)}'\n- sysctl -w net.ipv4.tcp_tw_recycle=1\n`)), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'pattern', name: '$(( nested 2,000 deep', setup: (ws) => (put(ws, 'user-data', cloudConfig(`runcmd:\n- 'echo ${'$(('.repeat(2000)}1${'))'.repeat(2000)}'\n`)), [...json, 'user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'pattern', name: '$(( nested 20,000 deep, unclosed', setup: (ws) => (put(ws, 's/user-data', `#!/bin/sh\necho ${'$(('.repeat(20_000)}\n`), [...json, 's/user-data']), exit: [1], rule: 'sysctl-lint/analysis-limit' },
  { class: 'pattern', name: 'user policy regex (a+)+$ on a 2 MB value', setup: (ws) => (put(ws, 'p/x.yaml', policy('x')), put(ws, 'a.conf', `kernel.x = ${'a'.repeat(2 * MB)}!\n`), [...json, '--policies', 'p', 'a.conf']), exit: [0, 1] },
  { class: 'pattern', name: '.gitignore and config globs full of wildcards', setup: (ws) => (put(ws, '.git/HEAD', 'x\n'), put(ws, '.gitignore', `${'*a'.repeat(60)}*c\n${'a*'.repeat(60)}b\n`), put(ws, '.sysctl-lint.yaml', `ignore: ['${'*a'.repeat(60)}*c']\n`), put(ws, `etc/sysctl.d/${'a'.repeat(200)}b.conf`, SYSCTL), [...json, '.']), exit: [1] },

  // --- bad input that used to print a stack trace -------------------------------------------------
  { class: 'bad-input', name: '-o /dev/full', setup: (ws) => (put(ws, 'a.conf', SYSCTL), ['-o', '/dev/full', 'a.conf']), exit: [2], stderr: 'cannot write the report to /dev/full' },
  { class: 'bad-input', name: 'policy file linked to a directory', setup: (ws) => (fs.mkdirSync(path.join(ws, 'p/d'), { recursive: true }), link(ws, 'p/x.yaml', 'd'), put(ws, 'a.conf', SYSCTL), ['--policies', 'p', 'a.conf']), exit: [2], stderr: 'a directory, not a regular file' },
  { class: 'bad-input', name: '--max-warnings 10^23', setup: (ws) => (put(ws, 'a.conf', SYSCTL), ['--max-warnings', '99999999999999999999999', 'a.conf']), exit: [1] },
  { class: 'bad-input', name: '--max-annotations 10^23', setup: (ws) => (put(ws, 'a.conf', SYSCTL), ['--format', 'github', '--max-annotations', '99999999999999999999999', 'a.conf']), exit: [1] },
  { class: 'bad-input', name: '--kernel with 20-digit numbers', setup: (ws) => (put(ws, 'a.conf', SYSCTL), ['--kernel', '99999999999999999999.99999999999999999999', 'a.conf']), exit: [0, 1, 2] },
  { class: 'bad-input', name: '--node-port-range beyond 65535', setup: (ws) => (put(ws, 'a.conf', SYSCTL), ['--node-port-range', '1-99999999999999999999', 'a.conf']), exit: [2] },
  { class: 'bad-input', name: '--max-file-size 0', setup: (ws) => (put(ws, 'a.conf', SYSCTL), ['--max-file-size', '0', 'a.conf']), exit: [2] },
  { class: 'bad-input', name: 'a policy nested 10,000 levels (not: not: ...)', setup: (ws) => (put(ws, 'p/x.yaml', `id: x\ntitle: t\nseverity: warning\ncheck:\n  setting: '**'\n  violation: ${'{not: '.repeat(10_000)}{equals: "1"}${'}'.repeat(10_000)}\nmessage: m\nrationale: r\nfix: f\n`), put(ws, 'a.conf', SYSCTL), ['--policies', 'p', 'a.conf']), exit: [1, 2] },
  { class: 'bad-input', name: 'NUL bytes and invalid UTF-8 in a sysctl.d file', setup: (ws) => (put(ws, 'etc/sysctl.d/1.conf', Buffer.concat([Buffer.from(SYSCTL), Buffer.from([0, 0xff, 0xfe, 0xc3, 0x28, 10])])), [...json, 'etc']), exit: [1] },

  // --- injection: nothing a CI log could take as a command (see injection.test.ts for the detail)
  { class: 'injection', name: 'directory named ::warning ...', setup: (ws) => (put(ws, '::warning title=x::dir/etc/sysctl.d/1.conf', SYSCTL), ['::warning title=x::dir']), exit: [1] },
  { class: 'injection', name: 'file named ##[group]', setup: (ws) => (put(ws, 'etc/sysctl.d/##[group]x.conf', SYSCTL), ['etc']), exit: [1] },
  { class: 'injection', name: 'content ::add-mask:: and ::stop-commands::', setup: (ws) => (put(ws, 'etc/sysctl.d/1.conf', `net.ipv4.tcp_tw_recycle = 1 ::add-mask::x\n::stop-commands::tok\n`), ['--code-frame', 'etc']), exit: [1] },
  { class: 'injection', name: 'CR and %0A in a value', setup: (ws) => (put(ws, 'etc/sysctl.d/1.conf', `net.ipv4.tcp_tw_recycle = 1\r::error::cr\nnet.ipv4.tcp_tw_recycle = 1%0A::error::pct\n`), ['--code-frame', 'etc']), exit: [1] },
  { class: 'injection', name: 'ANSI and OSC sequences in a key', setup: (ws) => (put(ws, 'etc/sysctl.d/1.conf', `kernel.x\u001b]0;t\u0007\u001b[2J = 1\n${SYSCTL}`), ['--code-frame', 'etc']), exit: [1] },
  { class: 'injection', name: 'legacy ##[set-output] line', setup: (ws) => (put(ws, 'etc/sysctl.d/1.conf', `##[set-output name=a;]x\n${SYSCTL}`), ['--code-frame', 'etc']), exit: [1] },
  { class: 'injection', name: 'policy field named ::error ...', setup: (ws) => (put(ws, 'p/x.yaml', `${policy('x')}'::error::policy-field': 1\n`), put(ws, 'a.conf', SYSCTL), ['--policies', 'p', 'a.conf']), exit: [2] },
  { class: 'injection', name: 'config key named ::warning ...', setup: (ws) => (put(ws, '.sysctl-lint.yaml', `'::warning::config-key': 1\n`), put(ws, 'a.conf', SYSCTL), ['a.conf']), exit: [2] },
];
