/**
 * The GitHub Action as the runner runs it: action.yml's `runs.main` (dist/action.cjs) under a
 * real Node 24 (`runs.using: node24`), with the working directory at GITHUB_WORKSPACE, every
 * declared input as `INPUT_<NAME>` (the given value or action.yml's default, hyphens kept),
 * and the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Also: action.yml and the README's
 * workflow agree with the code and follow the security rules (SHA pins, minimal permissions,
 * SARIF upload guarded for forks).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cliArguments, INPUT_NAMES, OUTPUT_NAMES, readInputs } from '../../src/action/inputs';
import { SOURCES } from '../../src/sources/registry';
import { projectRoot, runCli } from '../helpers/cli';
import { nodeBinary } from '../helpers/clients';
import { validateSarif } from '../helpers/sarif-multitool';
import { parseWorkflowCommands } from '../helpers/workflow-commands';
import { tmpDir } from '../helpers/tmp-tree';

interface ActionMeta {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}
const meta = parseYaml(fs.readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as ActionMeta;

/** Node 24 as on the runner: the exact version is pinned so the test is reproducible. */
const NODE24 = '24.21.0';
let node24 = '';
beforeAll(() => {
  node24 = nodeBinary(NODE24);
}, 300_000);

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses the GITHUB_OUTPUT file (`name<<delimiter` heredocs, as @actions/core writes them). */
function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i] ?? '');
    if (!m) continue;
    const [, name, delim] = m as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] ?? '');
    out[name] = value.join('\n');
  }
  return out;
}

function workspace(): string {
  const ws = tmpDir('sysctl-lint-action-');
  fs.cpSync(path.join(projectRoot, 'test/delivery/fixtures/image'), path.join(ws, 'infra/image'), { recursive: true });
  fs.mkdirSync(path.join(ws, 'infra/clean/etc/sysctl.d'), { recursive: true });
  fs.writeFileSync(path.join(ws, 'infra/clean/etc/sysctl.d/10-k8s.conf'), 'net.ipv4.ip_forward = 1\nvm.swappiness = 1\n');
  return ws;
}

function runAction(ws: string, inputs: Record<string, string>): ActionRun {
  const runnerTemp = tmpDir('sysctl-lint-runner-');
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/node-images',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_ACTION_REPOSITORY: 'acme/sysctl-lint',
    GITHUB_ACTION_REF: 'v9.9.9',
    RUNNER_TEMP: runnerTemp,
  };
  // The runner sets every declared input: the workflow's value, else the default.
  for (const [name, def] of Object.entries(meta.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = inputs[name] ?? def.default ?? '';
  }
  const r = spawnSync(node24, [path.join(projectRoot, meta.runs.main)], { cwd: ws, env, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs: parseOutputFile(fs.readFileSync(outputFile, 'utf8')), summary: fs.readFileSync(summaryFile, 'utf8') };
}

/** How action.yml's description names each source kind (a new kind must be added here and there). */
const SOURCE_KIND_WORDS: Record<string, string> = {
  'sysctl-conf': 'sysctl.conf and sysctl.d files',
  'systemd-unit': 'systemd units',
  'distro-config': 'k3s and RKE2 configuration',
  'modules-load': 'modules-load.d lists',
  'cloud-init': 'cloud-init user-data',
  'k8s-manifest': 'Kubernetes manifests and configuration',
  'helm-values': 'Helm values',
  'helm-partial': 'chart templates',
  'talos-config': 'Talos machine configurations',
  'shell-script': 'shell scripts',
  packer: 'Packer templates',
  ansible: 'Ansible playbooks and roles',
};

describe('action.yml', () => {
  it('its description lists every source kind', () => {
    const description = (parseYaml(fs.readFileSync(path.join(projectRoot, 'action.yml'), 'utf8')) as { description: string }).description;
    for (const s of SOURCES) {
      expect(SOURCE_KIND_WORDS[s.kind], `name the source kind ${s.kind} in action.yml's description and here`).toBeDefined();
      expect(description).toContain(SOURCE_KIND_WORDS[s.kind]);
    }
  });

  it('passes the kube-proxy-mode input to the CLI', () => {
    expect(cliArguments(readInputs({ 'INPUT_KUBE-PROXY-MODE': 'ipvs' }))).toContain('--kube-proxy-mode=ipvs');
    expect(cliArguments(readInputs({})).some((a) => a.startsWith('--kube-proxy-mode'))).toBe(false);
  });

  it('passes the threads input to the CLI, auto unless set', () => {
    expect(cliArguments(readInputs({ INPUT_THREADS: 'off' }))).toContain('--threads=off');
    expect(cliArguments(readInputs({})).some((a) => a.startsWith('--threads'))).toBe(false);
  });

  it('is a node24 JavaScript action whose main is the committed bundle', () => {
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/action.cjs' });
    expect(fs.existsSync(path.join(projectRoot, meta.runs.main))).toBe(true);
  });

  it('declares exactly the inputs and outputs the code reads and writes', () => {
    expect(Object.keys(meta.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    expect(Object.keys(meta.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
    for (const [name, input] of Object.entries(meta.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(input.description.length, name).toBeGreaterThan(10);
      expect(typeof (input.default ?? ''), name).toBe('string');
    }
  });
});

describe('the action, run as the runner runs it', () => {
  it('annotates, summarises, writes SARIF and outputs, and fails on findings', () => {
    const ws = workspace();
    const r = runAction(ws, { paths: 'infra/image\n\n', 'working-directory': '.', 'sarif-file': 'reports/sysctl-lint.sarif', 'node-role': 'kubernetes' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);

    // The same counts the CLI reports for the same files.
    const json = JSON.parse(runCli(['--format', 'json', '--node-role', 'kubernetes', 'infra/image'], { cwd: ws }).stdout) as { results: Array<{ severity: string }> };
    const count = (s: string) => String(json.results.filter((x) => x.severity === s).length);
    expect(r.outputs).toEqual({ 'error-count': count('error'), 'warning-count': count('warning'), 'info-count': count('info'), 'sarif-file': path.join(ws, 'reports/sysctl-lint.sarif') });
    expect(Number(r.outputs['error-count'])).toBeGreaterThan(0);

    const cmds = parseWorkflowCommands(r.stdout);
    const recycle = cmds.find((c) => c.properties.title === 'tcp-tw-recycle-enabled');
    expect(recycle?.command).toBe('error');
    expect(recycle?.properties).toMatchObject({ file: 'infra/image/etc/sysctl.d/60-tuning.conf', line: '2', col: '1', endColumn: '24' });
    // Rule links point at the action's own repository and ref.
    expect(recycle?.data.split('\n').at(-1)).toBe('Docs: https://github.com/acme/sysctl-lint/blob/v9.9.9/docs/rules.md#tcp-tw-recycle-enabled');
    // The full text report is in the log, with workflow commands stopped around it.
    expect(r.stdout).toMatch(/::group::sysctl-lint report \(\d+ problems\)\n::stop-commands::([0-9a-f-]{36})\n[\s\S]*\n::\1::\n::endgroup::\n$/);
    expect(cmds.filter((c) => c.command === 'group')).toHaveLength(1);

    expect(r.summary).toContain('## sysctl-lint');
    expect(r.summary).toContain('[infra/image/etc/sysctl.d/60-tuning.conf:2:1](https://github.com/acme/node-images/blob/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/infra/image/etc/sysctl.d/60-tuning.conf#L2)');

    const sarif = JSON.parse(fs.readFileSync(r.outputs['sarif-file']!, 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    expect(validateSarif({ action: sarif }).action).toEqual([]);
    expect(JSON.stringify(sarif)).toContain('"helpUri": "https://github.com/acme/sysctl-lint/blob/v9.9.9/docs/rules.md#tcp-tw-recycle-enabled"'.replace(': ', ':'));
    expect(sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('infra/image/etc/sysctl.d/60-tuning.conf');
  });

  it('resolves paths and globs in working-directory, and keeps paths repository-relative', () => {
    const ws = workspace();
    const r = runAction(ws, { 'working-directory': 'infra', paths: '*/etc', 'fail-level': 'none', annotations: '2' });
    expect(r.status).toBe(0);
    expect(r.outputs['sarif-file']).toBe('');
    const cmds = parseWorkflowCommands(r.stdout);
    expect(cmds.filter((c) => c.command === 'error').length).toBeLessThanOrEqual(2);
    expect(cmds.some((c) => c.properties.file === 'infra/image/etc/sysctl.d/60-tuning.conf')).toBe(true);
    // Both trees matched by the glob were linted.
    expect(r.summary).toMatch(/; 3 files checked\./);
  });

  it('fails the step when a path or glob has nothing to lint', () => {
    const ws = workspace();
    fs.mkdirSync(path.join(ws, 'docs'));
    fs.writeFileSync(path.join(ws, 'docs/README.md'), 'no sysctl here\n');
    const r = runAction(ws, { paths: 'docs\ninfra/*/nothing' });
    expect(r.status).toBe(2);
    const [error] = parseWorkflowCommands(r.stdout).filter((c) => c.command === 'error');
    expect(error?.data).toContain('docs: nothing to lint');
    expect(error?.data).toContain('infra/*/nothing: no file or directory matches this pattern');
  });

  it('reports only findings a baseline does not record (baseline input)', () => {
    const ws = workspace();
    expect(runCli(['--node-role', 'kubernetes', '--write-baseline', 'ci/baseline.json', 'infra/image'], { cwd: ws }).status).toBe(0);
    fs.appendFileSync(path.join(ws, 'infra/image/etc/sysctl.d/60-tuning.conf'), 'net.ipv4.tcp_tw_recycle = 1\n');
    const r = runAction(ws, { paths: 'infra/image', 'node-role': 'kubernetes', baseline: 'ci/baseline.json' });
    expect(r.status).toBe(1);
    const reported = parseWorkflowCommands(r.stdout).filter((c) => c.properties.file);
    // Only the appended line is new (it also overrides the earlier assignment of the key).
    const last = String(fs.readFileSync(path.join(ws, 'infra/image/etc/sysctl.d/60-tuning.conf'), 'utf8').split('\n').length - 1);
    expect(reported.map((c) => c.properties.title)).toContain('tcp-tw-recycle-enabled');
    expect(reported.every((c) => c.properties.line === last)).toBe(true);
    expect(r.summary).toMatch(/known findings? in the baseline not listed/);
  });

  it('reads the config file named by the config input', () => {
    const ws = workspace();
    fs.mkdirSync(path.join(ws, 'ci'));
    fs.writeFileSync(path.join(ws, 'ci/sysctl-lint.yaml'), 'rules:\n  tcp-tw-recycle-enabled: off\n');
    const without = runAction(ws, { paths: 'infra/image', 'node-role': 'kubernetes' });
    const withConfig = runAction(ws, { paths: 'infra/image', 'node-role': 'kubernetes', config: 'ci/sysctl-lint.yaml' });
    expect(parseWorkflowCommands(without.stdout).some((c) => c.properties.title === 'tcp-tw-recycle-enabled')).toBe(true);
    expect(parseWorkflowCommands(withConfig.stdout).some((c) => c.properties.title === 'tcp-tw-recycle-enabled')).toBe(false);
    expect(Number(withConfig.outputs['error-count'])).toBe(Number(without.outputs['error-count']) - 1);
  });

  it('passes on a clean tree', () => {
    const r = runAction(workspace(), { paths: 'infra/clean', 'node-role': 'kubernetes', 'sarif-file': 'x.sarif' });
    expect(r.status).toBe(0);
    expect(r.outputs).toMatchObject({ 'error-count': '0', 'warning-count': '0', 'info-count': '0' });
    expect(r.summary).toContain('No problems found (1 file checked).');
  });

  it('never hands an input to a shell', () => {
    const ws = workspace();
    const r = runAction(ws, { paths: '$(touch pwned)\n`touch pwned2`; touch pwned3' });
    expect(fs.existsSync(path.join(ws, 'pwned'))).toBe(false);
    expect(fs.existsSync(path.join(ws, 'pwned2'))).toBe(false);
    expect(fs.existsSync(path.join(ws, 'pwned3'))).toBe(false);
    // They are paths that do not exist: a usage error, reported as such.
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('$(touch pwned)');
  });

  it('fails with exit code 2 and an error annotation on a bad input', () => {
    const r = runAction(workspace(), { 'node-role': 'master' });
    expect(r.status).toBe(2);
    const errors = parseWorkflowCommands(r.stdout).filter((c) => c.command === 'error');
    expect(errors).toEqual([{ command: 'error', properties: { title: 'sysctl-lint failed' }, data: expect.stringContaining('--node-role must be one of kubernetes, generic, unknown') }]);
    expect(r.outputs).toEqual({ 'sarif-file': '' });
  });
});

describe('the README workflow', () => {
  const readme = fs.readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '').find((b) => b.includes('upload-sarif'));
  type Step = { uses?: string; if?: string; with?: Record<string, string>; run?: string; id?: string };
  const wf = parseYaml(block ?? '') as { permissions: Record<string, string>; jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }> };

  it('exists and pins every third-party action to a full commit SHA', () => {
    expect(block).toBeDefined();
    const steps = Object.values(wf.jobs).flatMap((j) => j.steps);
    const uses = steps.map((s) => s.uses).filter((u): u is string => !!u);
    expect(uses.length).toBeGreaterThanOrEqual(3);
    for (const u of uses) {
      // sysctl-lint's own line is a placeholder for the release commit the reader reviewed.
      if (u.includes('/sysctl-lint@')) expect(u).toBe('<owner>/sysctl-lint@<release-commit-sha>');
      else expect(u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    }
    expect(block).toMatch(/github\/codeql-action\/upload-sarif@[0-9a-f]{40} # v4/);
  });

  it('asks for minimal permissions and guards the upload for pull requests from forks', () => {
    expect(wf.permissions).toEqual({ contents: 'read' });
    const job = Object.values(wf.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: 'read', 'security-events': 'write', actions: 'read' });
    const upload = job.steps.find((s) => s.uses?.includes('upload-sarif'))!;
    expect(upload.if).toContain("github.event.pull_request.head.repo.full_name == github.repository");
    expect(upload.if).toContain("github.event_name != 'pull_request'");
    expect(upload.with?.sarif_file).toContain('steps.');
    for (const s of job.steps) expect(s.run ?? '').not.toContain('${{');
  });
});
