/**
 * Runs one lint over every output a CI log or a downstream tool can see: the text report with
 * code frames, JSON, SARIF, `--format github` with its job summary, HTML, JUnit XML, GitLab Code
 * Quality, and the GitHub Action (annotations, the full report in the log, outputs, summary, SARIF
 * file). Hostile-input tests search all of it for what must never appear.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './cli';
import { runBounded, type BoundedRun } from './bounded-run';

export interface SinkRun {
  /** One run per sink, keyed by its name. */
  runs: Record<string, BoundedRun & { files: string }>;
  /** Everything every sink printed or wrote, concatenated. */
  all: string;
}

const FORMATS: Array<[string, string[]]> = [
  ['text', ['--code-frame']],
  ['json', ['--format', 'json']],
  ['sarif', ['--format', 'sarif']],
  ['github', ['--format', 'github']],
  ['html', ['--format', 'html']],
  ['junit', ['--format', 'junit']],
  ['gitlab', ['--format', 'gitlab']],
];

export function runAllSinks(args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): SinkRun {
  const runs: SinkRun['runs'] = {};
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-sinks-'));
  const summary = path.join(runnerTemp, 'summary');
  const output = path.join(runnerTemp, 'output');
  const github = { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: opts.cwd, GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/images', GITHUB_SHA: 'a'.repeat(40) };
  for (const [name, flags] of FORMATS) {
    fs.writeFileSync(summary, '');
    const r = runBounded([...flags, ...args], { cwd: opts.cwd, env: { ...opts.env, ...(name === 'github' ? github : {}) }, timeoutMs: opts.timeoutMs });
    runs[name] = { ...r, files: fs.readFileSync(summary, 'utf8') };
  }
  // The Action takes paths as an input (it has no --root: an image tree is found by its layout).
  const positional = args.filter((a, i) => !a.startsWith('-') && !(i > 0 && ['--root', '--policies', '--config', '--live-snapshot'].includes(args[i - 1] as string)));
  const root = args.indexOf('--root');
  if (root >= 0) positional.push(args[root + 1] as string);
  const policies = args.flatMap((a, i) => (args[i - 1] === '--policies' ? [a] : []));
  const inputs: Record<string, string> = { INPUT_PATHS: positional.join('\n'), INPUT_POLICIES: policies.join('\n'), 'INPUT_SARIF-FILE': 'out.sarif', 'INPUT_WORKING-DIRECTORY': '.' };
  fs.writeFileSync(summary, '');
  fs.writeFileSync(output, '');
  const a = runBounded([], { cwd: opts.cwd, env: { ...opts.env, ...github, ...inputs }, timeoutMs: opts.timeoutMs, entry: path.join(projectRoot, 'dist/action.cjs') });
  const sarifFile = path.join(opts.cwd, 'out.sarif');
  const sarif = fs.existsSync(sarifFile) ? fs.readFileSync(sarifFile, 'utf8') : '';
  fs.rmSync(sarifFile, { force: true });
  runs.action = { ...a, files: fs.readFileSync(summary, 'utf8') + fs.readFileSync(output, 'utf8') + sarif };
  fs.rmSync(runnerTemp, { recursive: true, force: true });
  const all = Object.values(runs)
    .map((r) => r.stdout + r.stderr + r.files)
    .join('\n');
  return { runs, all };
}
