/**
 * The `sysctl-lint` command. Exit codes: 0 nothing at or above the fail level, 1 findings,
 * 2 usage, configuration or internal error. Sets process.exitCode instead of exiting so
 * piped output is never cut short.
 */
import fs from 'node:fs';
import path from 'node:path';
import { SEVERITY_RANK, type Finding } from '../core/finding';
import { lint, lintThreaded, type LintOptions, type LintResult } from '../lint';
import { WorkerStopped } from '../pipeline/file-workers';

/** The bundles' entries (CLI and Action) serve as the worker thread of `--threads` when started as one. */
export { isFileWorker, serveFileWork } from '../pipeline/file-workers';
import { validateContextOptions } from '../model/context';
import { colorWanted } from '../reporters/colors';
import { REPORTERS } from '../reporters/index';
import { BufferedSink, type ReportSink } from '../reporters/sink';
import { HELP, parseCli, UsageError, type CliOptions } from './args';
import { formatStats, startGcTimes } from './stats';
import { toolVersion } from './version';
import { logLines } from '../reporters/escape';
import { afterReport, deliveryContext, type ResultListener } from './delivery';
import { userControl } from './user-control';
import { writeRunProblems } from './problems';
import { DEFAULT_MAX_FILE_SIZE, ReadRefused } from '../inputs/read-file';
import { readStdin } from '../inputs/stdin';
import { MAX_FIX_PASSES, planDiff, planFixes, writePlan } from './commands/fix';
import { diffJson, diffMarkdown, diffNodes, diffText, nodeAt, showJson, showMarkdown, showText } from './commands/show';
import { BaselineError, type Baseline } from '../baseline/baseline';
import { baselineAfterLint, loadBaselineFlag } from '../baseline/cli';

export interface CliIO {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  /** Called with the result and report context once the report is written (the GitHub Action reads counts here). */
  onResult?: ResultListener;
  /** Where rule links point when neither --docs-base-url nor the config says (the Action: its own repository at its ref). */
  defaultDocsBaseUrl?: string;
  /** Standard input, read whole (default: file descriptor 0). */
  readStdin?: (maxSize: number) => Buffer;
  /** The bundle's own file, which a worker thread runs ({@link runCliAsync}); without it every run is on one thread. */
  workerEntry?: string;
}

/** A lint run the command asks for, with `--threads`. */
interface LintRequest {
  options: LintOptions;
  threads: number | 'auto';
}

/** The command's steps: it yields each lint run it needs and is resumed with the result. */
type CliSteps<T> = Generator<LintRequest, T, LintResult>;

function exitCodeFor(findings: Finding[], opts: Pick<CliOptions, 'failLevel' | 'maxWarnings'>): 0 | 1 {
  const threshold = opts.failLevel === 'none' ? Infinity : SEVERITY_RANK[opts.failLevel];
  if (findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) return 1;
  if (opts.maxWarnings >= 0 && findings.filter((f) => f.severity === 'warning').length > opts.maxWarnings) return 1;
  return 0;
}

/** `--fix-dry-run`: the diff of the safe fixes on stdout (exit 1 when there is one), nothing written. */
function fixDryRun(result: LintResult, opts: CliOptions, io: CliIO): number {
  const status = writeRunProblems(result, io.stderr);
  const plan = planFixes(result);
  for (const r of plan.refused) io.stderr.write(`sysctl-lint: ${r.file}: ${r.message}\n`);
  const diff = planDiff(plan);
  if (opts.outputFile) {
    if (!writeOutput(io, opts.outputFile, diff)) return 2;
  } else io.stdout.write(diff);
  return status || (diff ? 1 : 0);
}

/** `--fix`: writes the safe fixes and lints again until nothing is left to fix; returns the last result. */
function fixFiles(first: LintResult, again: () => LintResult, io: CliIO): LintResult {
  let result = first;
  let fixed = 0;
  const files = new Set<string>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    if (result.problems.length) break;
    const plan = planFixes(result);
    const wrote = writePlan(plan, result);
    for (const r of wrote.refused) io.stderr.write(`sysctl-lint: ${r.file}: ${r.message}\n`);
    if (!wrote.files) break;
    fixed += wrote.fixed;
    for (const f of plan.files) files.add(f.file);
    result = again();
  }
  if (fixed) io.stderr.write(`sysctl-lint: fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${files.size} file${files.size === 1 ? '' : 's'}\n`);
  return result;
}

/** `sysctl-lint show [paths]` and `show --diff A [B]`. */
function* runShow(opts: CliOptions, io: CliIO, base: LintOptions): CliSteps<number> {
  const args = opts.paths.slice(1);
  const live = !!(opts.live || opts.liveSnapshot);
  if (opts.diff && !(args.length === 2 || (args.length === 1 && live))) {
    io.stderr.write('sysctl-lint: show --diff compares two paths (A B), or one path with --live or --live-snapshot\n');
    return 2;
  }
  // With --diff, A and B may also be node labels (two pods of one manifest). A label is never read
  // from disk: it only selects among the nodes of the tree linted here (the current directory).
  const labels = opts.diff ? args.filter((a) => !fs.existsSync(path.resolve(io.cwd, a))) : [];
  const existing = args.filter((a) => !labels.includes(a));
  const paths = labels.length && !opts.root ? ['.', ...existing.filter((a) => isOutside(io.cwd, a))] : existing.length || opts.root || live || base.stdin ? existing : ['.'];
  const result = yield { options: { ...base, paths, collectNodes: { keys: opts.keys } }, threads: opts.threads ?? 'auto' };
  let status: number = writeRunProblems(result, io.stderr);
  const nodes = (result.nodes ?? []).filter((n) => n.settings.length || !opts.keys.length);
  let out: string;
  if (opts.diff) {
    const unknown = labels.filter((l) => !nodes.some((n) => n.label === l || n.id === l));
    for (const l of unknown) io.stderr.write(`sysctl-lint: ${l}: no such file or directory, and no node is labelled so (\`sysctl-lint show\` lists the labels)\n`);
    if (unknown.length) return 2;
    const a = nodeAt(nodes, args[0] as string, io.cwd);
    const b = args[1] !== undefined ? nodeAt(nodes, args[1], io.cwd) : (nodes.find((n) => n.provenance === 'live') ?? 'no live values were read');
    for (const bad of [a, b]) if (typeof bad === 'string') io.stderr.write(`sysctl-lint: ${bad}\n`);
    if (typeof a === 'string' || typeof b === 'string') return 2;
    const d = diffNodes(a, b);
    out = opts.format === 'json' ? diffJson(d, result.sources) : opts.format === 'markdown' ? diffMarkdown(d, result.sources) : diffText(d, result.sources);
    if (!status && d.changes.length) status = 1;
  } else out = opts.format === 'json' ? showJson(nodes, result.sources) : opts.format === 'markdown' ? showMarkdown(nodes, result.sources) : showText(nodes, result.sources);
  if (opts.outputFile) {
    if (!writeOutput(io, opts.outputFile, out)) return 2;
  } else io.stdout.write(out);
  return status;
}

/** Whether the path argument `arg` lies outside the directory `cwd`. */
function isOutside(cwd: string, arg: string): boolean {
  const rel = path.relative(cwd, path.resolve(cwd, arg));
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}

/**
 * Writes a report or diff to --output-file, a report as it is rendered; false (with a message)
 * when it cannot be written.
 */
function writeOutput(io: CliIO, file: string, content: string | ((write: ReportSink) => void)): boolean {
  const out = path.resolve(io.cwd, file);
  let fd: number | undefined;
  try {
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fd = fs.openSync(out, 'w');
    const target = fd;
    const sink = new BufferedSink((text) => fs.writeSync(target, text));
    if (typeof content === 'string') sink.write(content);
    else content(sink.write);
    sink.end();
    return true;
  } catch (e) {
    io.stderr.write(`sysctl-lint: cannot write the report to ${file}: ${(e as Error).message}\n`);
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes the report to standard output as it is rendered. */
function writeStdout(io: CliIO, render: (write: ReportSink) => void): void {
  const sink = new BufferedSink((text) => io.stdout.write(text));
  render(sink.write);
  sink.end();
}

/**
 * The command. With `io.workerEntry` (the bundle's own file) worker threads read and parse a
 * large tree (`--threads`, default auto); the output is the same with any number of threads.
 */
export async function runCliAsync(cliIO: CliIO): Promise<number> {
  const afterRun: AfterRun = {};
  const steps = cliSteps(cliIO, afterRun);
  let step = steps.next();
  while (!step.done) {
    const { options, threads } = step.value;
    let result: LintResult;
    try {
      result = cliIO.workerEntry ? await lintThreaded(options, { threads, entry: cliIO.workerEntry }) : lint(options);
    } catch (e) {
      if (!(e instanceof WorkerStopped)) throw e;
      cliIO.stderr.write(logLines(`sysctl-lint: ${e.message}\n`));
      return 2;
    }
    step = steps.next(result);
  }
  if (afterRun.write) {
    // Node reports garbage collection pauses from immediates queued during the run.
    await new Promise((resolve) => setImmediate(resolve));
    afterRun.write();
  }
  return step.value;
}

/** What the command writes once the run is over and Node's pending immediates have run (`--stats`). */
interface AfterRun {
  write?: () => void;
}

function* cliSteps(cliIO: CliIO, afterRun: AfterRun): CliSteps<number> {
  // Messages on stderr quote paths and file content (YAML and schema errors): every line is
  // made safe for a CI log, where a line starting with `::` would be a workflow command.
  const io: CliIO = { ...cliIO, stderr: { write: (s: string) => cliIO.stderr.write(logLines(s)) } };
  // Milliseconds since the process started: Node's own start-up plus loading the CLI.
  const startup = performance.now();
  let opts: CliOptions;
  try {
    opts = parseCli(io.argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`sysctl-lint: ${e.message} (sysctl-lint --help lists the options)\n`);
      return 2;
    }
    throw e;
  }
  if (opts.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (opts.version) {
    io.stdout.write(`${toolVersion()}\n`);
    return 0;
  }
  const gcTimes = opts.stats ? startGcTimes() : undefined;
  const ctxErrors = validateContextOptions(opts);
  if (ctxErrors.length) {
    for (const e of ctxErrors) io.stderr.write(`sysctl-lint: ${e}\n`);
    return 2;
  }
  // User control: config file, --print-config, --list-rules, explain (user-control.ts).
  const configStart = performance.now();
  const control = userControl(opts, io);
  const config = performance.now() - configStart;
  if (control.exit !== undefined) return control.exit;
  let stdin: { bytes: Buffer; filename?: string } | undefined;
  if (opts.fromStdin) {
    try {
      stdin = { bytes: (io.readStdin ?? readStdin)(opts.maxFileSize ?? DEFAULT_MAX_FILE_SIZE), filename: opts.stdinFilename };
    } catch (e) {
      if (!(e instanceof ReadRefused)) throw e;
      io.stderr.write(`sysctl-lint: ${e.message}\n`);
      return 2;
    }
  }
  if (opts.paths[0] === 'show') return yield* runShow(opts, io, { ...opts, cwd: io.cwd, policyDirs: opts.policies, ...control.lintOptions, stdin });
  if (opts.paths.length === 0 && !stdin && !opts.root && !opts.live && !opts.liveSnapshot) {
    io.stderr.write('sysctl-lint: no paths given (try `sysctl-lint .` or `sysctl-lint --root /mnt/image`)\n');
    return 2;
  }
  let baseline: Baseline | undefined;
  try {
    baseline = loadBaselineFlag(opts, io.cwd);
  } catch (e) {
    if (!(e instanceof BaselineError)) throw e;
    io.stderr.write(`sysctl-lint: ${e.message}\n`);
    return 2;
  }
  // The HTML report shows each node's effective settings.
  const lintOptions: LintOptions = { ...opts, cwd: io.cwd, policyDirs: opts.policies, ...control.lintOptions, stdin, ...(opts.format === 'html' ? { collectNodes: {} } : {}) };
  let result: LintResult = yield { options: lintOptions, threads: opts.threads ?? 'auto' };
  if (opts.fixDryRun) return fixDryRun(result, opts, io);
  if (opts.fix) result = fixFiles(result, () => lint(lintOptions), io);
  let status: number = writeRunProblems(result, io.stderr);
  const delivery = deliveryContext(opts, io.cwd, io.env);
  try {
    for (const note of baselineAfterLint(result, opts, baseline, io.cwd, delivery.sourceRoot ?? io.cwd)) io.stderr.write(`sysctl-lint: ${note}\n`);
  } catch (e) {
    if (!(e instanceof BaselineError)) throw e;
    io.stderr.write(`sysctl-lint: ${e.message}\n`);
    status = 2;
  }
  if (opts.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
  const reporter = REPORTERS[opts.format];
  if (!reporter) throw new Error(`no reporter ${opts.format}`);
  const color = opts.outputFile ? false : colorWanted(io.stdout, io.env, opts.color);
  const docsBaseUrl = control.config.docsBaseUrl?.value ?? io.defaultDocsBaseUrl;
  const reportCtx = { result, cwd: io.cwd, toolVersion: toolVersion(), color, codeFrame: opts.codeFrame, docsBaseUrl, ...delivery };
  const reportStart = performance.now();
  const render = (write: ReportSink) => reporter(reportCtx, write);
  if (opts.outputFile) {
    if (!writeOutput(io, opts.outputFile, render)) return 2;
  } else writeStdout(io, render);
  afterReport(opts, reportCtx, io.env, io.stderr);
  if (opts.stats && gcTimes) {
    const times = { startup, config, report: performance.now() - reportStart, total: performance.now() };
    afterRun.write = () => io.stderr.write(formatStats(result, { ...times, gc: gcTimes() }));
  }
  io.onResult?.(result, reportCtx);
  return status || exitCodeFor(result.findings, opts);
}
