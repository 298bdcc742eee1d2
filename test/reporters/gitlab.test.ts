/**
 * `--format gitlab` (GitLab Code Quality): every report validates against the schema GitLab
 * applies to each issue plus what its documentation requires (test/reporters/schemas), with
 * repository-relative paths and fingerprints unique within the report and stable across line
 * moves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { uniqueFingerprints } from '../../src/reporters/gitlab';
import { runCli, projectRoot } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';
import { foreignCommands } from '../helpers/workflow-commands';

interface Issue {
  check_name: string;
  description: string;
  content?: { body: string };
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

const schema = JSON.parse(fs.readFileSync(path.join(projectRoot, 'test/reporters/schemas/gitlab-codequality.schema.json'), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

/** Parses a report and checks it as GitLab would: the schema, and no fingerprint twice. */
function gitlabReport(stdout: string): Issue[] {
  const issues = JSON.parse(stdout) as Issue[];
  expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
  expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
  return issues;
}

describe('--format gitlab', () => {
  it('the examples: valid, one issue per finding, paths relative to the repository', () => {
    const json = JSON.parse(runCli(['--format', 'json', 'examples']).stdout) as { results: unknown[] };
    const r = runCli(['--format', 'gitlab', 'examples']);
    expect(r.status).toBe(1);
    const issues = gitlabReport(r.stdout);
    expect(issues).toHaveLength(json.results.length);
    expect(issues.every((i) => i.location.path.startsWith('examples/'))).toBe(true);
    expect(new Set(issues.map((i) => i.severity))).toEqual(new Set(['major', 'minor', 'info']));
  });

  it('maps a finding field by field; the path is relative to the repository root, not the working directory', () => {
    const ws = tmpTree({ '.git/HEAD': 'ref: refs/heads/main\n', 'images/a/etc/sysctl.d/60.conf': 'vm.swappiness = 1\nnet.ipv4.tcp_tw_recycle = 1\n' });
    const issues = gitlabReport(runCli(['--no-config', '--format', 'gitlab', 'etc'], { cwd: path.join(ws, 'images/a') }).stdout);
    expect(issues).toEqual([
      expect.objectContaining({
        type: 'issue',
        check_name: 'tcp-tw-recycle-enabled',
        description: expect.stringContaining('net.ipv4.tcp_tw_recycle = 1 silently drops SYNs'),
        severity: 'major',
        categories: ['Bug Risk'],
        location: { path: 'images/a/etc/sysctl.d/60.conf', lines: { begin: 2, end: 2 } },
        content: { body: expect.stringMatching(/^Fix: Remove the line .*\n\nDocs: https:\/\/.*#tcp-tw-recycle-enabled$/s) },
      }),
    ]);
  });

  it('fingerprints: unique per occurrence, and unchanged when lines move', () => {
    const same = 'net.ipv4.tcp_tw_recycle = 1\n';
    const a = tmpTree({ 'etc/sysctl.d/60.conf': same + same });
    const first = gitlabReport(runCli(['--no-config', '--format', 'gitlab', '.'], { cwd: a }).stdout).filter((i) => i.check_name === 'tcp-tw-recycle-enabled');
    expect(first).toHaveLength(2);
    fs.writeFileSync(path.join(a, 'etc/sysctl.d/60.conf'), '# moved down\n\n' + same + same);
    const moved = gitlabReport(runCli(['--no-config', '--format', 'gitlab', '.'], { cwd: a }).stdout).filter((i) => i.check_name === 'tcp-tw-recycle-enabled');
    expect(moved.map((i) => i.fingerprint)).toEqual(first.map((i) => i.fingerprint));
    expect(moved.map((i) => i.location.lines.begin)).toEqual([3, 4]);
    // The first occurrence keeps the fingerprint of the JSON report and the baseline.
    const json = JSON.parse(runCli(['--no-config', '--format', 'json', '.'], { cwd: a }).stdout) as { results: Array<{ ruleId: string; fingerprint: string }> };
    expect(json.results.find((r) => r.ruleId === 'tcp-tw-recycle-enabled')?.fingerprint).toBe(moved[0]?.fingerprint);
  });

  it('uniqueFingerprints: repeats get distinct, deterministic fingerprints', () => {
    const u = uniqueFingerprints();
    const fp = 'a'.repeat(32);
    const out = [u(fp), u(fp), u(fp), u('b'.repeat(32))];
    expect(new Set(out).size).toBe(4);
    expect(out[0]).toBe(fp);
    expect(out[1]).toMatch(/^[0-9a-f]{32}$/);
    const again = uniqueFingerprints();
    expect([again(fp), again(fp)]).toEqual(out.slice(0, 2));
  });

  it('hostile file names and values: valid, the exact text, no command for a log', () => {
    const name = '::set-output name=x::1/etc/sysctl.d/10-]]>\u001b[2J.conf';
    const ws = tmpTree({ [name]: 'net.ipv4.tcp_tw_recycle = "1 \u0085 ##[group] \u2028 ::error::x"\n' });
    const r = runCli(['--no-config', '--format', 'gitlab', '.'], { cwd: ws });
    const issues = gitlabReport(r.stdout);
    expect(issues.map((i) => i.location.path)).toContain(name);
    expect(issues.some((i) => i.description.includes('\u0085 ##[group] \u2028 ::error::x'))).toBe(true);
    expect(foreignCommands(r.stdout)).toEqual([]);
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
  });

  it('no findings: an empty array, exit 0', () => {
    const ws = tmpTree({ 'etc/sysctl.d/60.conf': 'vm.swappiness = 1\n' });
    const r = runCli(['--no-config', '--format', 'gitlab', '.'], { cwd: ws });
    expect(r.status).toBe(0);
    expect(gitlabReport(r.stdout)).toEqual([]);
  });
});
