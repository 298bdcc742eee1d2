/**
 * `--format sarif` against GitHub code scanning's ingestion rules: one run, automationDetails,
 * rule metadata from the policies, repository-relative URIs, 1-based regions with an exclusive
 * endColumn in UTF-16 code units, relatedLocations for overridden settings. The SARIF validator
 * itself (Microsoft's Multitool) runs in test/delivery/sarif-multitool.test.ts.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinCatalogue } from '../../src/policy/builtin';
import { ENGINE_RULES } from '../../src/rules/registry';
import { projectRoot, runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

const fixture = 'test/delivery/fixtures/image';
const tuning = `${fixture}/etc/sysctl.d/60-tuning.conf`;

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; 'problem.severity': string };
}
interface SarifLocation {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> };
  message?: { text: string };
  id?: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
}
interface SarifLog {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
    automationDetails: { id: string };
    columnKind: string;
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Array<{ message: { text: string } }> }>;
    results: SarifResult[];
  }>;
}

function sarifOf(args: string[], opts: Parameters<typeof runCli>[1] = {}): { log: SarifLog; status: number | null; stderr: string } {
  const r = runCli(['--format', 'sarif', ...args], opts);
  return { log: JSON.parse(r.stdout) as SarifLog, status: r.status, stderr: r.stderr };
}

describe('--format sarif', () => {
  const { log, status } = sarifOf([fixture]);
  const run = log.runs[0]!;
  const byRule = (id: string) => run.results.filter((r) => r.ruleId === id);

  it('is valid SARIF 2.1.0 with exactly one run and an automation id', () => {
    expect(status).toBe(1);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.automationDetails.id).toBe('sysctl-lint/');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.tool.driver.name).toBe('sysctl-lint');
    expect(run.tool.driver.semanticVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.tool.driver.informationUri).toBe(`https://www.npmjs.com/package/sysctl-lint/v/${run.tool.driver.semanticVersion}`);
    expect(run.invocations[0]?.executionSuccessful).toBe(true);
  });

  it('locates results with repository-relative URIs and 1-based regions (endColumn exclusive)', () => {
    const [recycle] = byRule('tcp-tw-recycle-enabled');
    expect(recycle?.level).toBe('error');
    expect(recycle?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: tuning, uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 24 },
    });
    expect(run.originalUriBaseIds['%SRCROOT%']?.uri).toBe(new URL(`file://${projectRoot}/`).href);
    expect(run.tool.driver.rules[recycle!.ruleIndex]?.id).toBe('tcp-tw-recycle-enabled');
  });

  it('counts columns in UTF-16 code units', () => {
    // `kernel 🚀 fast`: the rocket is two UTF-16 code units, so the line is 14 units long.
    const [line] = byRule('sysctl-line-not-assignment');
    expect(line?.locations[0]?.physicalLocation.region).toEqual({ startLine: 4, startColumn: 1, endLine: 4, endColumn: 15 });
  });

  it('maps severities to SARIF levels', () => {
    expect(byRule('sysctl-line-not-assignment')[0]?.level).toBe('warning');
    expect(byRule('sysctl-overridden-setting')[0]?.level).toBe('note');
  });

  it('gives overridden assignments as relatedLocations', () => {
    const [over] = byRule('sysctl-overridden-setting');
    expect(over?.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: `${fixture}/etc/sysctl.d/10-base.conf`, uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 14 } },
        message: { text: 'overridden assignment: 1' },
      },
    ]);
  });

  it('describes every policy and engine rule with GitHub’s rule metadata', () => {
    const rules = run.tool.driver.rules;
    const catalogue = builtinCatalogue();
    expect(rules.map((r) => r.id)).toEqual([...catalogue.policies.map((p) => p.policy.id), ...ENGINE_RULES.map((d) => d.id)]);
    for (const { id, title } of ENGINE_RULES) expect(rules.find((r) => r.id === id)?.shortDescription.text, id).toBe(title);
    for (const { policy } of catalogue.policies) {
      const rule = rules.find((r) => r.id === policy.id)!;
      expect(rule.shortDescription.text).toBe(policy.title);
      const firstPara = policy.rationale.trim().split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ');
      expect(firstPara.startsWith(rule.fullDescription.text.replace(/…$/, ''))).toBe(true);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.help.text).toContain(policy.fix.trim());
      expect(rule.help.markdown).toContain(policy.rationale.trim());
      expect(rule.help.markdown).toContain('### Fix');
      for (const ref of policy.references ?? []) {
        expect(rule.help.markdown).toContain(`(${ref.url})`);
        expect(rule.help.text).toContain(ref.url);
      }
      expect(rule.defaultConfiguration.level).toBe(policy.severity === 'info' ? 'note' : policy.severity);
      expect(rule.properties.tags).toEqual(policy.tags ?? []);
      expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties.precision);
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    }
  });

  it('cuts a long first paragraph at 1024 characters', async () => {
    const { ruleDescriptor } = await import('../../src/reporters/sarif');
    const long = Array.from({ length: 300 }, (_, i) => `word${i}`).join(' ');
    const d = ruleDescriptor({ id: 'x-y', title: 'T', severity: 'warning', rationale: `${long}\n\nsecond paragraph`, fix: 'f', tags: [], references: [], precision: 'high', documented: true });
    expect(d.fullDescription.text.length).toBeLessThanOrEqual(1024);
    expect(d.fullDescription.text.endsWith('…')).toBe(true);
    expect(d.fullDescription.text).not.toContain('second paragraph');
  });

  it('keeps URIs relative to the repository when run from a sub-directory', () => {
    const sub = sarifOf(['etc'], { cwd: path.join(projectRoot, fixture) });
    const uris = sub.log.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain(tuning);
  });

  it('uses GITHUB_WORKSPACE as the root and file: URIs for files outside it', () => {
    const ws = tmpTree({ 'images/a b/etc/sysctl.d/50-x#1.conf': 'net.ipv4.tcp_tw_recycle = 1\n' }, 'sysctl-lint-ws-');
    const outside = tmpTree({ 'sysctl.conf': 'net.ipv4.tcp_tw_recycle = 1\n' }, 'sysctl-lint-out-');
    const r = sarifOf(['images', path.join(outside, 'sysctl.conf')], { cwd: ws, env: { GITHUB_WORKSPACE: ws } });
    const uris = r.log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation);
    expect(uris).toContainEqual({ uri: 'images/a%20b/etc/sysctl.d/50-x%231.conf', uriBaseId: '%SRCROOT%' });
    expect(uris).toContainEqual({ uri: new URL(`file://${outside}/sysctl.conf`).href });
  });

  it('reports unreadable inputs as tool execution notifications', () => {
    const r = sarifOf([fixture, 'does/not/exist']);
    expect(r.status).toBe(2);
    const inv = r.log.runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications?.[0]?.message.text).toContain('does/not/exist');
  });
});
