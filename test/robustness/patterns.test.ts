/**
 * Pathological patterns: globs and regular expressions that take exponential time on a
 * backtracking engine, applied to (or written in) the linted files. Each run must end at once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBounded } from '../helpers/bounded-run';
import { tmpTree } from '../helpers/tmp-tree';

function run(args: string[], cwd: string) {
  const r = runBounded(args, { cwd, timeoutMs: 10_000 });
  expect(r.timedOut, `${args.join(' ')} did not end`).toBe(false);
  expect(r.peakMb, `${args.join(' ')} peak memory`).toBeLessThan(300);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r;
}

describe('sysctl key globs', () => {
  it('a 31-byte line with many stars is matched at once', () => {
    const ws = tmpTree({ 'etc/sysctl.d/10.conf': `net.${'*'.repeat(20)}.x = 1\nnet.ipv4.${'*a'.repeat(500)}.b = 1\nnet.ipv4.tcp_tw_recycle = 0\n` });
    const r = run(['--format', 'json', 'etc'], ws);
    expect([0, 1]).toContain(r.status);
  });

  it('a reversed class matches nothing instead of crashing', () => {
    const ws = tmpTree({ 'etc/sysctl.d/10.conf': 'net.ipv4.conf.[z-a].rp_filter = 1\n-net.ipv4.conf.[z-a].x\n' });
    const r = run(['etc'], ws);
    expect([0, 1]).toContain(r.status);
  });
});

describe('regular expressions of user policies', () => {
  const policy = (re: string) => `id: catastrophic\ntitle: A pattern that backtracks\nseverity: warning\ncheck:\n  setting: '**'\n  target: assignments\n  violation:\n    matches: '${re}'\nmessage: '{{key}} matches'\nrationale: test\nfix: test\n`;

  it('run in linear time on a long value (RE2 semantics)', () => {
    const ws = tmpTree({ 'policies/catastrophic.yaml': policy('^(a+)+$'), 'etc/sysctl.d/10.conf': `kernel.x = ${'a'.repeat(2_000_000)}!\n` });
    const r = run(['--format', 'json', '--policies', 'policies', 'etc'], ws);
    expect(r.status).toBe(0);
    const poly = tmpTree({ 'policies/catastrophic.yaml': policy('.*a.*a.*a.*b$'), 'etc/sysctl.d/10.conf': `kernel.x = ${'a'.repeat(2_000_000)}\n` });
    expect(run(['--format', 'json', '--policies', 'policies', 'etc'], poly).status).toBe(0);
  });

  it('a backreference is rejected where it is written, with the reason', () => {
    const ws = tmpTree({ 'policies/catastrophic.yaml': policy('^(a+)\\1$'), 'etc/sysctl.d/10.conf': 'kernel.x = aa\n' });
    const r = run(['--policies', 'policies', 'etc'], ws);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('policies/catastrophic.yaml:8:14: invalid regular expression (policies use RE2 syntax, matched in linear time: no backreferences or lookaround)');
  });

  it('built-in expressions stay fast on a value the size of a whole file', () => {
    const ws = tmpTree({ 'etc/sysctl.d/10.conf': `kernel.x = "${'1 '.repeat(2_000_000)}\nkernel.y = 1${' 1'.repeat(2_000_000)} x\n` });
    run(['etc'], ws);
  });
});

describe('ignore globs from the repository', () => {
  it('.gitignore and config globs with many wildcards', () => {
    const ws = tmpTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.gitignore': `${'*a'.repeat(40)}*c\n${'a*'.repeat(40)}b\n${'**/'.repeat(40)}x\n`,
      '.sysctl-lint.yaml': `ignore:\n  - '${'*a'.repeat(40)}*c'\n  - '${'a?'.repeat(60)}*b'\n`,
      [`etc/sysctl.d/${'a'.repeat(200)}b.conf`]: 'vm.swappiness = 1\n',
    });
    fs.mkdirSync(path.join(ws, `${'a/'.repeat(60)}`), { recursive: true });
    run(['.'], ws);
  });
});
