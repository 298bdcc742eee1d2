/**
 * The Packer template's guest step runs as root without sudo (ssh_username = "root", minimal
 * images have no sudo) and through sudo otherwise: its execute_command is run here by sh as
 * Packer's shell provisioner runs it, with the template variables filled in.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/cli';
import { which } from '../helpers/clients';
import { tmpDir } from '../helpers/tmp-tree';

const template = fs.readFileSync(path.join(projectRoot, 'docs/packer/sysctl-lint.pkr.hcl'), 'utf8');
const executeCommand = JSON.parse(/execute_command\s*=\s*("(?:[^"\\]|\\.)*")/.exec(template)?.[1] ?? '""') as string;

describe('docs/packer/sysctl-lint.pkr.hcl execute_command', () => {
  it('uses sudo only when not root', () => {
    expect(executeCommand).toMatch(/if \[ "\$\(id -u\)" -eq 0 \]; then env \{\{ \.Vars \}\} \{\{ \.Path \}\}; else sudo env \{\{ \.Vars \}\} \{\{ \.Path \}\}; fi/);
  });

  it.skipIf(process.getuid?.() !== 0)('runs the script as root on a guest without sudo', () => {
    const dir = tmpDir('sysctl-lint-packer-exec-');
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    // A PATH with the tools the command needs and no sudo.
    for (const tool of ['sh', 'env', 'chmod', 'id', 'cat']) fs.symlinkSync(which(tool) as string, path.join(bin, tool));
    const script = path.join(dir, 'collect.sh');
    fs.writeFileSync(script, `#!/bin/sh\necho "ran with SYSCTL_LINT_OUT=$SYSCTL_LINT_OUT" > '${dir}/marker'\n`);
    const cmd = executeCommand.replace(/\{\{ \.Path \}\}/g, script).replace(/\{\{ \.Vars \}\}/g, 'SYSCTL_LINT_OUT=/tmp/sysctl-lint');
    const r = spawnSync(path.join(bin, 'sh'), ['-c', cmd], { env: { PATH: bin }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'marker'), 'utf8')).toBe('ran with SYSCTL_LINT_OUT=/tmp/sysctl-lint\n');
  });
});
