/**
 * Packer, with Debian's real packer (1.6.6 in bookworm; CI installs it with apt-get; a missing
 * packer fails these tests unless SYSCTL_LINT_SKIP_CLIENT_TESTS=1): the documented template is
 * valid, and a real `packer build` of the same collect-then-lint flow (null builder without a
 * communicator, shell-local) fails on a bad image and passes on a good one. The build host's
 * sysctl-lint is the bundled CLI under Node 18.18, Debian bookworm's Node line.
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliPath, projectRoot } from '../helpers/cli';
import { cliShimDir, nodeBinary, requireClient, skipClientTests } from '../helpers/clients';
import { tmpDir } from '../helpers/tmp-tree';

const docs = path.join(projectRoot, 'docs/packer');

describe('docs/packer', () => {
  it('holds HCL2 that Packer 1.6.6 reads: no packer {} block, no required_plugins', () => {
    const hcl = fs
      .readFileSync(path.join(docs, 'sysctl-lint.pkr.hcl'), 'utf8')
      .split('\n')
      .filter((l) => !l.trim().startsWith('#'))
      .join('\n');
    expect(hcl).not.toMatch(/^\s*packer\s*\{/m);
    expect(hcl).not.toContain('required_plugins');
    expect(hcl).toMatch(/provisioner "file" \{\s*direction\s*=\s*"download"/);
    expect(hcl).toContain('collect-sysctl.sh');
    expect(hcl).toContain('lint-collected.sh');
  });
});

describe.skipIf(skipClientTests)('packer (the real client)', () => {
  let shimDir = '';
  beforeAll(() => {
    // The fake guest kernel: `sysctl -a` prints the snapshot named by FAKE_SYSCTL_SNAPSHOT.
    shimDir = cliShimDir(cliPath, nodeBinary('18.18.0'));
    fs.writeFileSync(path.join(shimDir, 'sysctl'), '#!/bin/sh\n[ "$1" = "-a" ] || exit 2\ncat "$FAKE_SYSCTL_SNAPSHOT"\n', { mode: 0o755 });
  }, 300_000);

  const packer = (args: string[], env: NodeJS.ProcessEnv = {}) => {
    const home = tmpDir('sysctl-lint-packer-home-');
    return spawnSync(requireClient('packer', 'packer'), args, {
      cwd: home,
      encoding: 'utf8',
      timeout: 120_000,
      env: { PATH: `${shimDir}${path.delimiter}${process.env.PATH}`, HOME: home, CHECKPOINT_DISABLE: '1', ...env },
    });
  };

  it('validates the documented template', () => {
    const dir = tmpDir('sysctl-lint-packer-key-');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    fs.writeFileSync(path.join(dir, 'id_rsa'), privateKey, { mode: 0o600 });
    const r = packer(['validate', '-var', 'ssh_host=192.0.2.10', '-var', `ssh_private_key_file=${path.join(dir, 'id_rsa')}`, path.join(docs, 'sysctl-lint.pkr.hcl')]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  /** A fake guest: its root filesystem and its kernel's `sysctl -a`. */
  function guest(files: Record<string, string>, snapshot: string): { root: string; snapshot: string; report: string } {
    const dir = tmpDir('sysctl-lint-guest-');
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, 'root', rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'root', rel), text);
    }
    fs.mkdirSync(path.join(dir, 'root'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'sysctl-a.txt'), snapshot);
    return { root: path.join(dir, 'root'), snapshot: path.join(dir, 'sysctl-a.txt'), report: path.join(dir, 'build/sysctl-lint') };
  }

  const build = (g: ReturnType<typeof guest>) =>
    packer(
      ['build', '-color=false', '-var', `scripts=${docs}`, '-var', `guest_root=${g.root}`, '-var', `report_dir=${g.report}`, '-var', 'sysctl_lint_args=["--node-role","kubernetes"]', path.join(projectRoot, 'test/delivery/packer/local.pkr.hcl')],
      { FAKE_SYSCTL_SNAPSHOT: g.snapshot },
    );

  const goodFiles = {
    'etc/sysctl.d/99-kubernetes.conf': 'net.ipv4.ip_forward = 1\nnet.ipv4.ip_local_port_range = 32768 60999\n',
    'usr/lib/sysctl.d/50-default.conf': 'kernel.sysrq = 16\n',
  };
  const goodSnapshot = 'kernel.osrelease = 6.1.0-18-amd64\nkernel.sysrq = 16\nnet.ipv4.ip_forward = 1\nnet.ipv4.ip_local_port_range = 32768\t60999\n';

  it('passes a good image', () => {
    const g = guest(goodFiles, goodSnapshot);
    const r = build(g);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(fs.existsSync(path.join(g.report, 'build-finished'))).toBe(true);
    // The collected tree is what was linted.
    expect(fs.readFileSync(path.join(g.report, 'rootfs/etc/sysctl.d/99-kubernetes.conf'), 'utf8')).toBe(goodFiles['etc/sysctl.d/99-kubernetes.conf']);
  });

  it('fails the build on a bad image', () => {
    const g = guest({ ...goodFiles, 'etc/sysctl.d/99-zz-tuning.conf': 'net.ipv4.ip_local_port_range = 1024 65535\n' }, goodSnapshot.replace('32768\t60999', '1024\t65535'));
    const r = build(g);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/rootfs\/etc\/sysctl\.d\/99-zz-tuning\.conf\n.* {2}1:1 {2}error {2}Ephemeral ports 1024 65535 overlap the NodePort range/);
    expect(r.stdout + r.stderr).toContain('Script exited with non-zero exit status: 1');
    expect(fs.existsSync(path.join(g.report, 'build-finished'))).toBe(false);
  });

  it('fails the build when the running kernel drifted from the files', () => {
    const g = guest(goodFiles, goodSnapshot.replace('net.ipv4.ip_forward = 1', 'net.ipv4.ip_forward = 0'));
    const r = build(g);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('net.ipv4.ip_forward = 1 in the files, but the running kernel has 0');
    expect(r.stdout).toContain('sysctl-live-drift');
    expect(fs.existsSync(path.join(g.report, 'build-finished'))).toBe(false);
  });
});
