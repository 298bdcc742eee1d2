/**
 * A run loads its policies once: the config's rule ids, list-rules/explain and the lint run
 * read the same loaded policies (a user policy directory is read once, not once per use).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lint } from '../../src/lint';
import { userControl } from '../../src/cli/user-control';
import { tmpDir } from '../helpers/tmp-tree';

const POLICY = `id: team-somaxconn
title: somaxconn is at least 4096
severity: warning
check:
  setting: net.core.somaxconn
  valueType: integer
  violation:
    lt: 4096
message: "{{key}} is {{value}}"
rationale: The team's services need a long accept queue.
fix: Raise it.
`;

afterEach(() => vi.restoreAllMocks());

describe('policies of a run', () => {
  it('are read once when a config file names a policy directory and sets a rule', () => {
    const dir = tmpDir('sl-once-');
    fs.mkdirSync(path.join(dir, 'team-policies'));
    fs.writeFileSync(path.join(dir, 'team-policies/team-somaxconn.yaml'), POLICY);
    fs.writeFileSync(path.join(dir, '.sysctl-lint.yaml'), 'policies: [team-policies]\nrules:\n  team-somaxconn: error\n');
    fs.mkdirSync(path.join(dir, 'etc/sysctl.d'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'etc/sysctl.d/90-net.conf'), 'net.core.somaxconn = 128\n');
    const policyFile = path.join(dir, 'team-policies/team-somaxconn.yaml');
    const open = vi.spyOn(fs, 'openSync');
    const io = { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: (s: string) => expect.fail(s) } };
    const control = userControl({ paths: ['etc'], format: 'text' }, io);
    expect(control.exit).toBeUndefined();
    const result = lint({ paths: ['etc'], cwd: dir, ...control.lintOptions });
    expect(result.findings.filter((f) => f.ruleId === 'team-somaxconn').map((f) => f.severity)).toEqual(['error']);
    expect(open.mock.calls.filter(([file]) => path.resolve(dir, String(file)) === policyFile)).toHaveLength(1);
  });
});
