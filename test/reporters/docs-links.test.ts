/**
 * Links to the rules reference in every machine output: SARIF `informationUri` and per-rule
 * `helpUri`, JSON `docsUrl`, GitHub annotations and the job summary. The base is configurable
 * (--docs-base-url, `docsBaseUrl` in the config; the Action defaults to its own repository),
 * and every link lands on an anchor that docs/rules.md really has.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionDocsBase } from '../../src/action/run';
import { builtinCatalogue } from '../../src/policy/builtin';
import { ENGINE_RULES } from '../../src/rules/registry';
import { ruleAnchor } from '../../src/rules/links';
import { projectRoot, runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';
import { parseWorkflowCommands } from '../helpers/workflow-commands';

const version = (JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const DEFAULT_BASE = `https://unpkg.com/sysctl-lint@${version}/docs/rules.md`;
const userPolicyArgs = ['--no-config', '--policies', 'test/cli/fixtures/user-policy', 'test/cli/fixtures/swappy.sysctl.conf', 'test/delivery/fixtures/image'];

interface JsonResult {
  ruleId: string;
  docsUrl?: string;
}
interface SarifRule {
  id: string;
  helpUri?: string;
}

const json = (args: string[], cwd?: string) => JSON.parse(runCli(['--format', 'json', ...args], { cwd }).stdout) as { results: JsonResult[]; suppressedResults: JsonResult[] };
const sarifRules = (args: string[], cwd?: string) => {
  const log = JSON.parse(runCli(['--format', 'sarif', ...args], { cwd }).stdout) as { runs: Array<{ tool: { driver: { informationUri: string; rules: SarifRule[] } } }> };
  return log.runs[0]!.tool.driver;
};

describe('links to the rules reference', () => {
  it('every built-in policy and engine rule has its anchor in docs/rules.md', () => {
    const doc = fs.readFileSync(path.join(projectRoot, 'docs/rules.md'), 'utf8');
    const ids = [...builtinCatalogue().policies.map((p) => p.policy.id), ...ENGINE_RULES.map((d) => d.id)];
    for (const id of ids) expect(doc, id).toContain(`<a id="${ruleAnchor(id)}"></a>`);
    expect(new Set(ids.map(ruleAnchor)).size).toBe(ids.length);
  });

  it('SARIF: informationUri, and helpUri for every rule the reference describes (not user policies)', () => {
    const driver = sarifRules(userPolicyArgs);
    expect(driver.informationUri).toBe(`https://www.npmjs.com/package/sysctl-lint/v/${version}`);
    for (const r of driver.rules) {
      if (r.id === 'vm-swappiness-low') expect(r.helpUri).toBeUndefined();
      else expect(r.helpUri, r.id).toBe(`${DEFAULT_BASE}#${ruleAnchor(r.id)}`);
    }
    expect(driver.rules.find((r) => r.id === 'sysctl-lint/unrecognized-file')?.helpUri).toBe(`${DEFAULT_BASE}#sysctl-lint-unrecognized-file`);
  });

  it('JSON: a docsUrl per result, added after the existing fields; none for user policies', () => {
    const r = json(userPolicyArgs);
    const recycle = r.results.find((x) => x.ruleId === 'tcp-tw-recycle-enabled')!;
    expect(recycle.docsUrl).toBe(`${DEFAULT_BASE}#tcp-tw-recycle-enabled`);
    expect(Object.keys(recycle).slice(0, 8)).toEqual(['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn']);
    expect(Object.keys(recycle).at(-2)).toBe('docsUrl');
    expect(r.results.find((x) => x.ruleId === 'vm-swappiness-low')).not.toHaveProperty('docsUrl');
  });

  it('GitHub: the link as the last line of each annotation, rule ids linked in the job summary', () => {
    const ws = tmpTree({ 'etc/sysctl.d/60-x.conf': 'net.ipv4.tcp_tw_recycle = 1\n' });
    const summary = path.join(ws, 'summary.md');
    const r = runCli(['--format', 'github', 'etc'], { cwd: ws, env: { GITHUB_WORKSPACE: ws, GITHUB_STEP_SUMMARY: summary } });
    const [annotation] = parseWorkflowCommands(r.stdout).filter((c) => c.properties.title === 'tcp-tw-recycle-enabled');
    expect(annotation?.data.split('\n').at(-1)).toBe(`Docs: ${DEFAULT_BASE}#tcp-tw-recycle-enabled`);
    expect(fs.readFileSync(summary, 'utf8')).toContain(`| [\`tcp-tw-recycle-enabled\`](${DEFAULT_BASE}#tcp-tw-recycle-enabled) `);
  });

  it('the base is configurable: --docs-base-url wins over docsBaseUrl in the config, which wins over the default', () => {
    const mirror = 'https://git.example.com/infra/sysctl-lint/blob/v1/docs/rules.md';
    const ws = tmpTree({ '.sysctl-lint.yaml': `docsBaseUrl: ${mirror}\n`, 'etc/sysctl.d/60-x.conf': 'net.ipv4.tcp_tw_recycle = 1\n' });
    const recycle = (r: { results: JsonResult[] }) => r.results.find((x) => x.ruleId === 'tcp-tw-recycle-enabled')?.docsUrl;
    expect(recycle(json(['etc'], ws))).toBe(`${mirror}#tcp-tw-recycle-enabled`);
    expect(recycle(json(['--docs-base-url', 'https://docs.example.org/rules.html', 'etc'], ws))).toBe('https://docs.example.org/rules.html#tcp-tw-recycle-enabled');
    expect(sarifRules(['etc'], ws).rules.find((r) => r.id === 'tcp-tw-recycle-enabled')?.helpUri).toBe(`${mirror}#tcp-tw-recycle-enabled`);
    const printed = runCli(['--print-config'], { cwd: ws }).stdout;
    expect(printed).toMatch(new RegExp(`^docsBaseUrl: "${mirror.replace(/[.]/g, '\\.')}" +# \\.sysctl-lint\\.yaml:1$`, 'm'));
  });

  it('rejects a base that is not an http(s) URL, on the command line and in the config', () => {
    const flag = runCli(['--docs-base-url', 'docs/rules.md', 'examples']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('--docs-base-url must be an http or https URL (got "docs/rules.md")');
    const ws = tmpTree({ '.sysctl-lint.yaml': 'docsBaseUrl: "https://[bad"\n', 'etc/sysctl.d/60-x.conf': 'net.ipv4.tcp_tw_recycle = 1\n' });
    const file = runCli(['etc'], { cwd: ws });
    expect(file.status).toBe(2);
    expect(file.stderr).toContain('.sysctl-lint.yaml:1:14: docsBaseUrl: not an http or https URL');
  });

  it('the Action links to its own repository at the ref it runs', () => {
    expect(actionDocsBase({ GITHUB_ACTION_REPOSITORY: 'acme/sysctl-lint', GITHUB_ACTION_REF: 'v1.2.0', GITHUB_SERVER_URL: 'https://github.com' })).toBe('https://github.com/acme/sysctl-lint/blob/v1.2.0/docs/rules.md');
    expect(actionDocsBase({ GITHUB_ACTION_REPOSITORY: 'acme/sysctl-lint', GITHUB_ACTION_REF: 'release/2026 q1', GITHUB_SERVER_URL: 'https://ghe.example.com/' })).toBe('https://ghe.example.com/acme/sysctl-lint/blob/release/2026%20q1/docs/rules.md');
    // A local action (`uses: ./`) has no repository of its own: the default applies.
    expect(actionDocsBase({ GITHUB_ACTION_REPOSITORY: '', GITHUB_ACTION_REF: '' })).toBeUndefined();
  });
});
