/**
 * The GitHub Action: runs the sysctl-lint CLI in-process with `--format github` (annotations
 * on stdout, the job summary appended to GITHUB_STEP_SUMMARY), writes the SARIF file when
 * asked, sets the outputs and returns the CLI's exit code. The complete text report goes to
 * the log inside a collapsed group, with workflow commands stopped so that nothing from the
 * linted files can act as a command.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Severity } from '../core/finding';
import { runCliAsync, type CliIO } from '../cli/main';
import type { ReportContext } from '../reporters/context';
import { writeSarifReport } from '../reporters/sarif';
import { writeTextReport } from '../reporters/text';
import { BufferedSink } from '../reporters/sink';
import { cliArguments, readInputs } from './inputs';
import { isHttpUrl } from '../core/url';
import { setOutputs } from './runner-files';
import { annotationCommand, workflowCommand } from '../reporters/workflow-commands';

export interface ActionIO {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

/**
 * The rules reference of the action's own version: the runner names the action's repository
 * and ref (tag, branch or commit) in GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF, and the
 * Git host renders docs/rules.md with an anchor per rule. Undefined for a local action (`uses: ./`).
 */
export function actionDocsBase(env: NodeJS.ProcessEnv): string | undefined {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (!repo || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const url = `${server}/${repo}/blob/${ref.split('/').map(encodeURIComponent).join('/')}/docs/rules.md`;
  return isHttpUrl(url) ? url : undefined;
}

/** The Action: the CLI in-process, worker threads reading and parsing a large tree as `--threads auto` decides. */
export async function runActionAsync(io: ActionIO, workerEntry: string): Promise<number> {
  const run = prepareAction(io);
  return 'exit' in run ? run.exit : run.finish(await runCliAsync({ ...run.cli, workerEntry }));
}

/** The CLI's arguments and IO for the Action's inputs, and what the Action does with the CLI's exit status. */
function prepareAction(io: ActionIO): { exit: number } | { cli: CliIO; finish(status: number): number } {
  const inputs = readInputs(io.env);
  const workspace = path.resolve(io.cwd, io.env.GITHUB_WORKSPACE || '.');
  const cwd = path.resolve(workspace, inputs.workingDirectory || '.');
  if (!fs.existsSync(cwd) || !fs.statSync(cwd).isDirectory()) {
    io.stdout.write(annotationCommand('error', `working-directory ${inputs.workingDirectory} is not a directory (resolved to ${cwd})`, { title: 'sysctl-lint' }) + '\n');
    return { exit: 2 };
  }
  let seen: { ctx: ReportContext } | undefined;
  let errText = '';
  const cli: CliIO = {
    argv: cliArguments(inputs),
    cwd,
    env: io.env,
    stdout: io.stdout,
    stderr: {
      write: (s: string) => {
        errText += s;
        return io.stderr.write(s);
      },
    },
    onResult: (_result, ctx) => {
      seen = { ctx };
    },
    defaultDocsBaseUrl: actionDocsBase(io.env),
  };
  return { cli, finish: (status) => finishAction(io, inputs, cwd, seen?.ctx, errText, status) };
}

/** The SARIF log, written to its file as it is rendered. */
function writeSarifFile(file: string, ctx: ReportContext): void {
  const fd = fs.openSync(file, 'w');
  try {
    const sink = new BufferedSink((text) => fs.writeSync(fd, text));
    writeSarifReport(ctx, sink.write);
    sink.end();
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The text report in a collapsed group of the log, with workflow commands stopped inside it
 * (the token is random, so no report text can restart them); nothing when there is no text.
 */
function writeCollapsedReport(io: ActionIO, ctx: ReportContext): void {
  const token = randomUUID();
  let opened = false;
  const sink = new BufferedSink((text) => {
    if (!opened) io.stdout.write(`::group::sysctl-lint report (${ctx.result.findings.length} problems)\n${workflowCommand('stop-commands', {}, token)}\n`);
    opened = true;
    io.stdout.write(text);
  });
  writeTextReport({ ...ctx, color: false, codeFrame: true }, sink.write);
  sink.end();
  if (opened) io.stdout.write(`::${token}::\n::endgroup::\n`);
}

/** Outputs, the SARIF file, the collapsed text report and the failure annotation, once the CLI has run. */
function finishAction(io: ActionIO, inputs: ReturnType<typeof readInputs>, cwd: string, ctx: ReportContext | undefined, errText: string, status: number): number {
  const outputs: Record<string, string> = {};
  if (ctx) {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of ctx.result.findings) counts[f.severity]++;
    outputs['error-count'] = String(counts.error);
    outputs['warning-count'] = String(counts.warning);
    outputs['info-count'] = String(counts.info);
    if (inputs.sarifFile) {
      const sarifPath = path.resolve(cwd, inputs.sarifFile);
      fs.mkdirSync(path.dirname(sarifPath), { recursive: true });
      writeSarifFile(sarifPath, ctx);
      outputs['sarif-file'] = sarifPath;
    }
    writeCollapsedReport(io, ctx);
  }
  outputs['sarif-file'] ??= '';
  if (!setOutputs(io.env, outputs)) io.stdout.write(annotationCommand('warning', 'GITHUB_OUTPUT is not set: the step has no outputs', { title: 'sysctl-lint' }) + '\n');
  if (status === 2) {
    const reason = errText.trim() || 'usage, configuration or internal error';
    io.stdout.write(annotationCommand('error', reason, { title: 'sysctl-lint failed' }) + '\n');
  }
  return status;
}
