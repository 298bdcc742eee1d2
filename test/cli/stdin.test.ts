/**
 * Standard input (`sysctl-lint -` or `--stdin`), as editors and pipelines use linters:
 * `--stdin-filename` decides the kind of file, the reported path and which config applies.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

const RECYCLE = 'net.ipv4.tcp_tw_recycle = 1\n';
type Json = { results: Array<{ ruleId: string; file: string; line: number; column: number }>; suppressed: number };
const json = (args: string[], input: string, cwd?: string) => {
  const r = runCli(['--format', 'json', ...args], { input, cwd });
  return { ...r, out: JSON.parse(r.stdout) as Json };
};

describe('sysctl-lint -', () => {
  it('lints standard input as <stdin>, its kind read from its content', () => {
    const r = runCli(['-', '--code-frame'], { input: `# tuning\n${RECYCLE}` });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('<stdin>');
    expect(r.stdout).toMatch(/2:1 +error +.*tcp-tw-recycle-enabled/);
    expect(r.stdout).toContain('net.ipv4.tcp_tw_recycle = 1\n');
    expect(runCli(['--stdin', '--format', 'json'], { input: RECYCLE }).stdout).toContain('"file": "<stdin>"');
  });

  it('--stdin-filename decides the reported path and the kind of file', () => {
    const asDropIn = json(['-', '--stdin-filename', 'images/w/etc/sysctl.d/60-x.conf'], RECYCLE);
    expect(asDropIn.out.results.map((x) => [x.ruleId, x.file, x.line, x.column])).toContainEqual(['tcp-tw-recycle-enabled', 'images/w/etc/sysctl.d/60-x.conf', 1, 1]);
    // The same text as Helm values is a YAML scalar, not a setting.
    expect(json(['-', '--stdin-filename', 'charts/x/values.yaml'], RECYCLE).out.results).toEqual([]);
    // Placement by name: a drop-in without .conf is not read by systemd-sysctl or procps.
    expect(json(['-', '--stdin-filename', 'etc/sysctl.d/60-x.cfg'], RECYCLE).out.results.map((x) => x.ruleId)).toContain('sysctl-not-dotconf');
  });

  it('applies the config to that path: overrides and ignores', () => {
    const cwd = tmpTree({ '.sysctl-lint.yaml': 'overrides:\n  - files: ["legacy/**"]\n    rules: { tcp-tw-recycle-enabled: off }\nignore: ["vendor/"]\n' });
    expect(json(['-', '--stdin-filename', 'legacy/etc/sysctl.d/1.conf'], RECYCLE, cwd).out.results.map((x) => x.ruleId)).not.toContain('tcp-tw-recycle-enabled');
    expect(json(['-', '--stdin-filename', 'current/etc/sysctl.d/1.conf'], RECYCLE, cwd).out.results.map((x) => x.ruleId)).toContain('tcp-tw-recycle-enabled');
    const ignored = runCli(['-', '--stdin-filename', 'vendor/etc/sysctl.d/1.conf'], { input: RECYCLE, cwd });
    expect(ignored).toMatchObject({ status: 0, stdout: '', stderr: '' });
  });

  it('honours suppression directives in the text', () => {
    const r = json(['-'], `# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- batch nodes without NAT\n${RECYCLE}`);
    expect(r.out.results.map((x) => x.ruleId)).not.toContain('tcp-tw-recycle-enabled');
    expect(r.out.suppressed).toBe(1);
  });

  it('reads a YAML manifest from a pipe', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  securityContext:\n    sysctls:\n      - name: net.core.somaxconn\n        value: 1024\n  containers: []\n';
    const r = json(['-', '--stdin-filename', 'k8s/pod.yaml'], pod);
    expect(r.out.results.find((x) => x.ruleId === 'k8s-pod-sysctl-malformed')).toMatchObject({ file: 'k8s/pod.yaml', line: 8 });
  });

  it('usage errors: other paths, --root, --stdin-filename without stdin', () => {
    for (const args of [['-', 'etc'], ['--stdin', '--root', '.'], ['--stdin-filename', 'x.conf', 'etc']]) {
      const r = runCli(args, { input: RECYCLE });
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^sysctl-lint: (standard input \(- or --stdin\) is linted alone|--stdin-filename names standard input)/);
    }
  });

  it('is bounded by --max-file-size', () => {
    const r = runCli(['-', '--max-file-size', '1K'], { input: RECYCLE.repeat(100) });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('sysctl-lint: standard input too large to analyze: more than 1 KB, limit 1 KB (--max-file-size)\n');
  });
});
