import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding, RuleId } from '../../src/core/finding';
import { LineIndex } from '../../src/core/span';
import { buildRuleRegistry } from '../../src/rules/registry';
import { lint } from '../../src/lint';
import { builtinCatalogue } from '../../src/policy/builtin';
import { parseSysctl } from '../../src/sources/sysctl-conf/parse';
import { applySuppressions, DirectiveIndex, localToday } from '../../src/suppress/apply';
import { isValidDate, parseDirectives } from '../../src/suppress/directives';
import { tmpDir } from '../helpers/tmp-tree';

const at = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('directive grammar', () => {
  it('reads kind, rules, expiry and reason with exact spans', () => {
    const text = 'a = 1\n  # sysctl-lint disable-next-line tcp-tw-recycle-enabled,sysctl-removed-key until=2026-12-31 -- NAT-free appliance -- really\n\n# other comment\nnet.ipv4.tcp_tw_recycle = 1\n';
    const [d] = parseDirectives(text);
    expect(d?.kind).toBe('disable-next-line');
    expect(d?.line).toBe(2);
    expect(d?.targetLine).toBe(5);
    expect(d?.rules.map((r) => [r.id, at(text, r.span)])).toEqual([
      ['tcp-tw-recycle-enabled', 'tcp-tw-recycle-enabled'],
      ['sysctl-removed-key', 'sysctl-removed-key'],
    ]);
    expect(d?.until && at(text, d.until.span)).toBe('until=2026-12-31');
    expect(d?.reason).toBe('NAT-free appliance -- really');
    expect(d && at(text, d.span)).toBe('# sysctl-lint disable-next-line tcp-tw-recycle-enabled,sysctl-removed-key until=2026-12-31 -- NAT-free appliance -- really');
    expect(d?.malformed).toBeUndefined();
  });

  it('counts lines like the reporters do (CRLF, lone CR)', () => {
    const text = '# sysctl-lint disable-next-line x -- y\r\n\r\nkey = 1\r\n# sysctl-lint disable x -- z\rk = 2';
    expect(parseDirectives(text).map((d) => [d.line, d.targetLine])).toEqual([
      [1, 3],
      [4, undefined],
    ]);
    const idx = new LineIndex(text);
    expect(idx.position(text.indexOf('k = 2')).line).toBe(5);
  });

  it('is a whole-line comment only, and prose about sysctl-lint is not a directive', () => {
    expect(parseDirectives('net.ipv4.tcp_tw_recycle = 1 # sysctl-lint disable-next-line x -- y\n')).toEqual([]);
    expect(parseDirectives('# sysctl-lint runs in CI\n# see sysctl-lint docs\nkey: 1\n')).toEqual([]);
    expect(parseDirectives('  # sysctl-lint disable x -- y\n')).toHaveLength(1);
  });

  it('marks malformed directives', () => {
    const m = (line: string) => parseDirectives(`${line}\nkey = 1\n`)[0]?.malformed?.message;
    expect(m('# sysctl-lint disable-line x -- y')).toBe('unknown directive "disable-line": use disable-next-line or disable');
    expect(m('# sysctl-lint enable x')).toBe('unknown directive "enable": use disable-next-line or disable');
    expect(m('# sysctl-lint disable -- y')).toMatch(/^disable names no rule/);
    expect(m('# sysctl-lint disable x until=2026-13-01 -- y')).toBe('until=2026-13-01 is not a date: write until=YYYY-MM-DD');
    expect(m('# sysctl-lint disable x expires=2026-01-01 -- y')).toMatch(/^unknown option "expires=2026-01-01"/);
    expect(m('# sysctl-lint disable x y -- z')).toMatch(/^"y" follows the rule ids without a comma/);
    expect(m('# sysctl-lint disable X_Y -- z')).toMatch(/^"X_Y" is not a rule id/);
    expect(m('# sysctl-lint disable x, y until=2026-01-01 -- z')).toBeUndefined();
    expect(parseDirectives('key = 1\n# sysctl-lint disable-next-line x -- y\n\n# trailing\n')[0]?.malformed?.message).toBe('disable-next-line has no line after it to apply to');
    // No reason is not malformed: it has a finding of its own.
    const [noReason] = parseDirectives('# sysctl-lint disable x\nk = 1\n');
    expect(noReason?.malformed).toBeUndefined();
    expect(noReason?.reason).toBeUndefined();
  });

  it('validates calendar dates', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-2-1')).toBe(false);
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('is not read as an assignment by the sysctl parser', () => {
    const p = parseSysctl('# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- x = y\nnet.ipv4.tcp_tw_recycle = 1\n');
    expect(p.assignments.map((a) => a.key)).toEqual(['net.ipv4.tcp_tw_recycle']);
    expect(p.issues).toEqual([]);
  });
});

describe('applying directives to findings (any text with # comments)', () => {
  const catalog = buildRuleRegistry(builtinCatalogue().policies);
  // A YAML file: suppression works on the text a finding points into, whatever its kind.
  const yaml = [
    '# sysctl-lint disable sysctl-unknown-key -- vendor keys documented elsewhere',
    'write_files:',
    '  - path: /etc/sysctl.d/60.conf',
    '    content: |',
    '      # sysctl-lint disable-next-line tcp-tw-recycle-enabled until=2026-06-30 -- appliance, removed in June',
    '      net.ipv4.tcp_tw_recycle = 1',
    '      # sysctl-lint disable-next-line tcp-syn-retries-extreme -- checked with the network team',
    '      net.ipv4.tcp_syn_retries = 6',
    '      vendor.key = 1',
    '',
  ].join('\n');
  const finding = (id: string, needle: string): Finding => {
    const ruleId = id as RuleId;
    const start = yaml.indexOf(needle);
    return { ruleId, severity: 'error', message: ruleId, location: { file: 'cloud-init.yaml', span: { start, end: start + needle.length } }, related: [] };
  };
  const run = (findings: Finding[], today: string, isActive = () => true) => {
    const index = new DirectiveIndex();
    index.observe('cloud-init.yaml', yaml);
    return applySuppressions(findings, index, { catalog, today, isActive });
  };
  const recycle = finding('tcp-tw-recycle-enabled', 'net.ipv4.tcp_tw_recycle');
  const unknown = finding('sysctl-unknown-key', 'vendor.key');
  const other = finding('tcp-timestamps-disabled', 'net.ipv4.tcp_tw_recycle');

  it('suppresses the next line and the whole file, and counts what it hid', () => {
    const r = run([recycle, unknown, other], '2026-06-30');
    expect(r.findings).toEqual([other]);
    expect(r.suppressed.map((s) => [s.finding.ruleId, s.suppression.kind, s.suppression.reason, s.suppression.until])).toEqual([
      ['tcp-tw-recycle-enabled', 'disable-next-line', 'appliance, removed in June', '2026-06-30'],
      ['sysctl-unknown-key', 'disable', 'vendor keys documented elsewhere', undefined],
    ]);
    // The syn-retries directive matched nothing.
    expect(r.directiveFindings.map((f) => [f.ruleId, at(yaml, f.location.span)])).toEqual([['sysctl-lint/suppression-unused', 'tcp-syn-retries-extreme']]);
  });

  it('stops working the day after until=, and says so', () => {
    const r = run([recycle], '2026-07-01');
    expect(r.findings).toEqual([recycle]);
    expect(r.directiveFindings.map((f) => [f.ruleId, f.severity, at(yaml, f.location.span)])).toEqual([
      ['sysctl-lint/suppression-expired', 'warning', 'until=2026-06-30'],
      ['sysctl-lint/suppression-unused', 'info', 'sysctl-unknown-key'],
      ['sysctl-lint/suppression-unused', 'info', 'tcp-syn-retries-extreme'],
    ]);
  });

  it('accepts aliases of renamed rules', () => {
    const renamed = builtinCatalogue().policies.map((p) => (p.policy.id === 'tcp-tw-recycle-enabled' ? { ...p, policy: { ...p.policy, aliases: ['tw-recycle'] } } : p));
    const index = new DirectiveIndex();
    index.observe('a.conf', '# sysctl-lint disable-next-line tw-recycle -- old name\nnet.ipv4.tcp_tw_recycle = 1\n');
    const f: Finding = { ruleId: 'tcp-tw-recycle-enabled' as RuleId, severity: 'error', message: 'm', location: { file: 'a.conf', span: { start: 55, end: 78 } }, related: [] };
    const r = applySuppressions([f], index, { catalog: buildRuleRegistry(renamed), today: '2026-01-01', isActive: () => true });
    expect(r.findings).toEqual([]);
    expect(r.directiveFindings).toEqual([]);
  });

  it('does not call a directive unused when its rule does not run for the file', () => {
    const r = run([recycle], '2026-01-01', () => false);
    expect(r.directiveFindings).toEqual([]);
  });
});

describe('suppression in a lint run', () => {
  const tmp = () => tmpDir('sl-sup-');

  it('reports a directive once for a file reached through a symlink too', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'etc/sysctl.d'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'etc/sysctl.conf'), '# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- gone\nnet.ipv4.tcp_tw_recycle = 0\n');
    fs.symlinkSync('../sysctl.conf', path.join(dir, 'etc/sysctl.d/99-sysctl.conf'));
    const r = lint({ paths: ['.'], cwd: dir, today: '2026-01-01' });
    expect(r.findings.filter((f) => f.ruleId.startsWith('sysctl-lint/suppression')).map((f) => [f.ruleId, f.location.file])).toEqual([['sysctl-lint/suppression-unused', 'etc/sysctl.conf']]);
  });

  it("hides a finding from the report and keeps it in result.suppressed", () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, '60.sysctl.conf'), '# sysctl-lint disable-next-line tcp-tw-recycle-enabled -- appliance\nnet.ipv4.tcp_tw_recycle = 1\n');
    const r = lint({ paths: ['60.sysctl.conf'], cwd: dir, today: '2026-01-01' });
    expect(r.findings.map((f) => f.ruleId)).not.toContain('tcp-tw-recycle-enabled');
    expect(r.suppressed?.map((s) => s.finding.ruleId)).toEqual(['tcp-tw-recycle-enabled']);
  });
});
