/**
 * `--format github`: workflow-command annotations escaped as @actions/toolkit escapes them,
 * read back as the runner reads them; at most N per severity plus one notice; the Markdown job
 * summary appended to $GITHUB_STEP_SUMMARY.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, RuleId, Severity } from '../../src/core/finding';
import { SourceStore } from '../../src/inputs/source-store';
import type { LintResult } from '../../src/lint';
import { annotationQuota, renderJobSummary, reportGithub } from '../../src/reporters/github';
import { annotationCommand, escapeData, escapeProperty } from '../../src/reporters/workflow-commands';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';
import { parseWorkflowCommands } from '../helpers/workflow-commands';

const workspace = (files: Record<string, string>) => tmpTree(files, 'sysctl-lint-gh-');

function severities(ws: string, args: string[]): Record<Severity, number> {
  const json = JSON.parse(runCli(['--format', 'json', ...args], { cwd: ws }).stdout) as { results: Array<{ severity: Severity }> };
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of json.results) c[r.severity]++;
  return c;
}

describe('workflow command escaping', () => {
  it('escapes data and properties exactly as the toolkit does', () => {
    expect(escapeData('50% a:b,c\r\nx')).toBe('50%25 a:b,c%0D%0Ax');
    expect(escapeProperty('50% a:b,c\r\nx')).toBe('50%25 a%3Ab%2Cc%0D%0Ax');
    // `%` first, so an escape sequence in the input is not decoded as one by the runner.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('writes properties in the toolkit order and drops empty ones', () => {
    expect(annotationCommand('warning', 'm', { title: 'T', file: 'a.conf', startLine: 3, endLine: 3, startColumn: 1, endColumn: 9 })).toBe(
      '::warning title=T,file=a.conf,line=3,endLine=3,col=1,endColumn=9::m',
    );
    expect(annotationCommand('notice', 'only data')).toBe('::notice::only data');
    expect(annotationCommand('error', 'x', { file: 'f', startLine: 2, endLine: 4 })).toBe('::error file=f,line=2,endLine=4::x');
  });
});

describe('--format github annotations', () => {
  const ws = workspace({
    'etc/sysctl.d/50-a,b:c.conf': 'kernel.core_pattern = "core.%e.%p"\nnet.ipv4.tcp_tw_recycle = 1\n',
    'etc/sysctl.d/10-base.conf': 'vm.swappiness = 1\n',
    'etc/sysctl.d/60-more.conf': 'vm.swappiness = 5\nnet.ipv4.tcp_tw_reuse = 1\n',
  });

  it('annotates each finding at its repository-relative file, line and columns', () => {
    const r = runCli(['--format', 'github', 'etc'], { cwd: ws, env: { GITHUB_WORKSPACE: ws } });
    expect(r.status).toBe(1);
    const cmds = parseWorkflowCommands(r.stdout);
    const quoted = cmds.find((c) => c.properties.title === 'sysctl-quoted-value');
    expect(quoted).toEqual({
      command: 'warning',
      properties: { title: 'sysctl-quoted-value', file: 'etc/sysctl.d/50-a,b:c.conf', line: '1', endLine: '1', col: '1', endColumn: '20' },
      data: expect.stringContaining('"core.%e.%p"'),
    });
    // The raw line carries the toolkit's escapes.
    expect(r.stdout).toContain('file=etc/sysctl.d/50-a%2Cb%3Ac.conf,line=1');
    expect(r.stdout).toContain('core.%25e.%25p');
    const over = cmds.find((c) => c.properties.title === 'sysctl-overridden-setting');
    expect(over?.command).toBe('notice');
    expect(over?.data).toMatch(/^vm\.swappiness = 5 overrides earlier assignments \(1\) under systemd and procps\noverridden assignment: 1 \(etc\/sysctl\.d\/10-base\.conf:1:1\)\nDocs: https:\/\/\S+#sysctl-overridden-setting$/);
    // Every line of the output is a workflow command.
    expect(r.stdout.trim().split('\n').every((l) => l.startsWith('::'))).toBe(true);
  });

  it('prints at most 10 per severity, then one notice with the count of the rest', () => {
    const lines = [
      ...Array.from({ length: 13 }, (_, i) => `net.ipv4.conf.eth${i}.rp_filter = "1"`), // quoted: errors
      ...Array.from({ length: 12 }, (_, i) => `this is not an assignment ${i}`), // warnings
      ...Array.from({ length: 11 }, (_, i) => `net.ipv4.no_such_key_${i} = 1`), // unknown keys: info
    ];
    const many = workspace({ 'etc/sysctl.d/50-many.conf': lines.join('\n') + '\n' });
    const counts = severities(many, ['etc']);
    expect(counts.error).toBeGreaterThan(10);
    expect(counts.warning).toBeGreaterThan(10);
    expect(counts.info).toBeGreaterThanOrEqual(10);
    const cmds = parseWorkflowCommands(runCli(['--format', 'github', 'etc'], { cwd: many }).stdout);
    const of = (c: string) => cmds.filter((x) => x.command === c);
    expect(of('error')).toHaveLength(10);
    expect(of('warning')).toHaveLength(10);
    // Nine info findings plus the closing notice: GitHub keeps 10 notices per step.
    expect(of('notice')).toHaveLength(10);
    const last = cmds[cmds.length - 1]!;
    const hidden = counts.error + counts.warning + counts.info - 29;
    expect(last).toEqual({ command: 'notice', properties: { title: 'sysctl-lint' }, data: expect.stringMatching(new RegExp(`^${hidden} more findings \\(${counts.error - 10} errors, ${counts.warning - 10} warnings, ${counts.info - 9} info\\)`)) });
    // Errors come first.
    expect(cmds.slice(0, 10).every((c) => c.command === 'error')).toBe(true);
  });

  it('rejects a --max-annotations that is not a count', () => {
    for (const bad of ['-1', 'ten', '1.5']) {
      const r = runCli(['--format', 'github', `--max-annotations=${bad}`, 'etc'], { cwd: ws });
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain('--max-annotations must be a non-negative integer');
    }
  });

  it('honours --max-annotations', () => {
    const cmds = parseWorkflowCommands(runCli(['--format', 'github', '--max-annotations', '1', 'etc'], { cwd: ws }).stdout);
    expect(cmds.filter((c) => c.command === 'error')).toHaveLength(1);
    expect(cmds.filter((c) => c.command === 'notice')).toHaveLength(1);
    expect(cmds[cmds.length - 1]?.data).toMatch(/^\d+ more findings? /);
  });

  it('keeps a notice slot for the summary only when something is left out', () => {
    expect(annotationQuota({ error: 0, warning: 0, info: 10 }, 10)).toEqual({ error: 0, warning: 0, info: 10 });
    expect(annotationQuota({ error: 11, warning: 0, info: 10 }, 10)).toEqual({ error: 10, warning: 0, info: 9 });
    expect(annotationQuota({ error: 0, warning: 3, info: 0 }, 0)).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('sends no columns for a finding that spans several lines', () => {
    const text = 'a = 1\nb = 2\n';
    const sources = new SourceStore();
    sources.pin('x.conf', text);
    const finding: Finding = { ruleId: 'r' as RuleId, severity: 'warning', message: 'm', location: { file: 'x.conf', span: { start: 0, end: 9 } }, related: [] };
    const result = { findings: [finding], sources, policies: [], problems: [], inputErrors: [], stats: { filesConsidered: 1, filesLinted: 1, nodes: 1, timings: {} } } as LintResult;
    const out = reportGithub({ result, cwd: os.tmpdir(), sourceRoot: os.tmpdir(), toolVersion: 't', color: false, codeFrame: false });
    expect(out).toBe('::warning title=r,file=x.conf,line=1,endLine=2::m\n');
  });
});

describe('job summary', () => {
  const ws = workspace({ 'etc/sysctl.d/60-x.conf': 'net.ipv4.tcp_tw_recycle = 1\nvm.swappiness = 1\nvm.swappiness = 2\n' });
  const env = { GITHUB_WORKSPACE: ws, GITHUB_SERVER_URL: 'https://github.example.com', GITHUB_REPOSITORY: 'acme/images', GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567' };

  it('is appended to $GITHUB_STEP_SUMMARY with counts per rule and links to the lines', () => {
    const summary = path.join(ws, 'summary.md');
    fs.writeFileSync(summary, '# earlier step output\n');
    const r = runCli(['--format', 'github', 'etc'], { cwd: ws, env: { ...env, GITHUB_STEP_SUMMARY: summary } });
    expect(r.status).toBe(1);
    const md = fs.readFileSync(summary, 'utf8');
    expect(md.startsWith('# earlier step output\n## sysctl-lint\n')).toBe(true);
    expect(md).toMatch(/\*\*\d+ problems\*\* \(1 error, \d+ warnings?, \d+ info\) in 1 file; 1 file checked\./);
    expect(md).toContain('| Rule | Errors | Warnings | Info |');
    expect(md).toMatch(/\| \[`tcp-tw-recycle-enabled`\]\(https:\/\/\S+#tcp-tw-recycle-enabled\) tcp\\_tw\\_recycle stays off \| 1 \| 0 \| 0 \|/);
    expect(md).toContain(
      '| error | [etc/sysctl.d/60-x.conf:1:1](https://github.example.com/acme/images/blob/0123456789abcdef0123456789abcdef01234567/etc/sysctl.d/60-x.conf#L1) | `tcp-tw-recycle-enabled` |',
    );
    expect(md).toContain('overridden assignment: 1 (etc/sysctl.d/60-x.conf:2:1)');
  });

  it('says so when nothing is found, and is not written without GITHUB_STEP_SUMMARY', () => {
    const clean = workspace({ 'etc/sysctl.d/10-ok.conf': 'vm.swappiness = 1\n' });
    const summary = path.join(clean, 'summary.md');
    const r = runCli(['--format', 'github', '--node-role', 'generic', 'etc'], { cwd: clean, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(summary, 'utf8')).toBe('## sysctl-lint\n\nNo problems found (1 file checked).\n\n');
    const before = fs.readdirSync(clean).sort();
    const none = runCli(['--format', 'github', 'etc'], { cwd: clean });
    expect(none.stderr).toBe('');
    expect(fs.readdirSync(clean).sort()).toEqual(before);
  });

  it('stays within its byte budget and says how many findings it left out', () => {
    const text = Array.from({ length: 400 }, (_, i) => `bad line number ${i} | <b>`).join('\n') + '\n';
    const sources = new SourceStore();
    sources.pin('big.conf', text);
    let offset = 0;
    const findings: Finding[] = text
      .split('\n')
      .slice(0, 400)
      .map((line) => {
        const f: Finding = { ruleId: 'sysctl-line-not-assignment' as RuleId, severity: 'warning', message: `Line is not an assignment: "${line}"`, location: { file: 'big.conf', span: { start: offset, end: offset + line.length } }, related: [] };
        offset += line.length + 1;
        return f;
      });
    const result = { findings, sources, policies: [], problems: [], inputErrors: [], stats: { filesConsidered: 1, filesLinted: 1, nodes: 1, timings: {} } } as LintResult;
    const budget = 8 * 1024;
    const md = renderJobSummary({ result, cwd: os.tmpdir(), sourceRoot: os.tmpdir(), toolVersion: 't', color: false, codeFrame: false, github: { summaryBudget: budget } });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(budget);
    const rows = md.split('\n').filter((l) => l.startsWith('| warning |'));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(400);
    expect(md).toContain(`_${400 - rows.length} more findings not listed`);
    // Cells cannot break the table.
    expect(rows[0]).toContain('\\| &lt;b&gt;');
    // Without GITHUB_SERVER_URL and friends, locations are plain text.
    expect(rows[0]).toContain('| big.conf:1:1 |');
  });
});
