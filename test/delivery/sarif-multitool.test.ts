/**
 * Every SARIF document sysctl-lint writes passes Microsoft's SARIF Multitool (`validate`: the
 * SARIF 2.1.0 schema and the SARIF rules) with no error and no warning: the examples, runs with
 * notifications, URIs outside the repository, and every file of the real-world corpus. The
 * validator must also reject broken SARIF, or these tests could not fail.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runCli } from '../helpers/cli';
import { validateSarif, type SarifIssue } from '../helpers/sarif-multitool';
import { describeCorpus } from '../helpers/shared';
import { tmpTree } from '../helpers/tmp-tree';

type Log = { runs: Array<{ results: Array<Record<string, unknown> & { locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> }> };

function sarif(args: string[], opts: Parameters<typeof runCli>[1] = {}, expectStatus: number[] = [0, 1]): Log {
  const r = runCli(['--format', 'sarif', ...args], opts);
  expect(expectStatus, r.stderr).toContain(r.status);
  return JSON.parse(r.stdout) as Log;
}

const clone = (log: Log): Log => JSON.parse(JSON.stringify(log)) as Log;
const summary = (issues: SarifIssue[] | undefined) => (issues ?? []).map((i) => `${i.level} ${i.ruleId}: ${i.message}`);

describe('SARIF Multitool validate', () => {
  const docs: Record<string, Log> = {};
  let issues: Record<string, SarifIssue[]> = {};
  beforeAll(() => {
    const ws = tmpTree({ 'images/a b/etc/sysctl.d/50-x#1.conf': 'net.ipv4.tcp_tw_recycle = 1\n' }, 'sysctl-lint-ws-');
    const outside = tmpTree({ 'sysctl.conf': 'net.ipv4.tcp_tw_recycle = 1\n' }, 'sysctl-lint-out-');
    docs['examples'] = sarif(['examples']);
    docs['a sysctl.d tree, from a sub-directory'] = sarif(['etc'], { cwd: path.join(projectRoot, 'test/delivery/fixtures/image') });
    docs['no findings'] = sarif(['--no-config', 'test/delivery/fixtures/image/etc/sysctl.d/10-base.conf', '--node-role', 'generic', '--fail-level', 'none']);
    docs['GITHUB_WORKSPACE, a file outside it, escaped URIs'] = sarif(['images', path.join(outside, 'sysctl.conf')], { cwd: ws, env: { GITHUB_WORKSPACE: ws } });
    docs['standard input'] = sarif(['-'], { input: 'net.ipv4.tcp_tw_recycle = 1\n' });
    const baseline = tmpTree({ 'b.json': JSON.stringify({ version: 1, findings: [] }) });
    docs['with a baseline (baselineState)'] = sarif(['--baseline', path.join(baseline, 'b.json'), 'examples']);
    docs['unreadable input (notification)'] = sarif(['examples', 'does/not/exist'], {}, [2]);
    docs['invalid policy (notification)'] = sarif(['--policies', 'test/cli/fixtures/bad-policy', 'examples'], {}, [2]);
    const base = docs['examples'];
    const noMessage = clone(base);
    delete noMessage.runs[0]!.results[0]!.message;
    docs['broken: a result without message'] = noMessage;
    const badLine = clone(base);
    badLine.runs[0]!.results[0]!.locations[0]!.physicalLocation.region.startLine = 0;
    docs['broken: line 0'] = badLine;
    const badUri = clone(base);
    badUri.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a b.conf';
    docs['broken: a space in a URI'] = badUri;
    issues = validateSarif(docs);
  }, 600_000);

  for (const name of ['examples', 'a sysctl.d tree, from a sub-directory', 'no findings', 'GITHUB_WORKSPACE, a file outside it, escaped URIs', 'standard input', 'with a baseline (baselineState)', 'unreadable input (notification)', 'invalid policy (notification)']) {
    it(`${name}: 0 errors, 0 warnings`, () => {
      expect(docs[name]!.runs[0]!.results.length > 0 || name === 'no findings').toBe(true);
      expect(summary(issues[name])).toEqual([]);
    });
  }

  it('rejects broken SARIF (so the checks above can fail)', () => {
    expect(summary(issues['broken: a result without message']).join('\n')).toMatch(/^error JSON1002: .*'message' is missing/m);
    expect(summary(issues['broken: line 0']).join('\n')).toMatch(/^error JSON1008: .*startLine/m);
    expect(summary(issues['broken: a space in a URI']).join('\n')).toMatch(/^error SARIF1002: .*'a b\.conf' is not a valid URI/m);
  });
});

describeCorpus('SARIF Multitool validate: every corpus file', (corpus) => {
  let issues: Record<string, SarifIssue[]> = {};
  const docs: Record<string, Log> = {};
  beforeAll(() => {
    for (const entry of corpus.files) docs[entry.saved_as] = sarif([path.join(corpus.dir, entry.saved_as)]);
    issues = validateSarif(docs);
  }, 600_000);

  it('the manifest lists files', () => {
    expect(corpus.files.length).toBeGreaterThan(20);
  });
  for (const entry of corpus.files) {
    it(`${entry.saved_as}: 0 errors, 0 warnings`, () => {
      expect(summary(issues[entry.saved_as])).toEqual([]);
    });
  }
});
