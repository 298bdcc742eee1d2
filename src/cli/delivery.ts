/**
 * What the CLI adds around reporters for CI systems: repository-relative paths and the
 * GitHub settings taken from the environment, and the job summary appended to
 * $GITHUB_STEP_SUMMARY after `--format github`.
 */
import fs from 'node:fs';
import type { LintResult } from '../result';
import type { GithubReportOptions, ReportContext } from '../reporters/context';
import { renderJobSummary } from '../reporters/github';
import { findSourceRoot } from '../reporters/repo-paths';
import type { CliOptions } from './args';

function githubOptionsFromEnv(env: NodeJS.ProcessEnv, annotationLimit?: number): GithubReportOptions {
  return { annotationLimit, serverUrl: env.GITHUB_SERVER_URL, repository: env.GITHUB_REPOSITORY, sha: env.GITHUB_SHA };
}

/** The report-context fields for SARIF and GitHub output. */
export function deliveryContext(opts: Pick<CliOptions, 'maxAnnotations'>, cwd: string, env: NodeJS.ProcessEnv): Pick<ReportContext, 'sourceRoot' | 'github'> {
  return { sourceRoot: findSourceRoot(cwd, env), github: githubOptionsFromEnv(env, opts.maxAnnotations) };
}

/**
 * After `--format github`: appends the job summary to the file the runner names in
 * GITHUB_STEP_SUMMARY (each step has its own file; appending keeps what earlier commands of
 * the same step wrote).
 */
function writeStepSummary(ctx: ReportContext, env: NodeJS.ProcessEnv, stderr: { write(s: string): unknown }): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    fs.appendFileSync(file, renderJobSummary(ctx), 'utf8');
  } catch (e) {
    stderr.write(`sysctl-lint: cannot write the job summary to ${file}: ${(e as Error).message}\n`);
  }
}

export function afterReport(opts: Pick<CliOptions, 'format'>, ctx: ReportContext, env: NodeJS.ProcessEnv, stderr: { write(s: string): unknown }): void {
  if (opts.format === 'github') writeStepSummary(ctx, env, stderr);
}

export type ResultListener = (result: LintResult, ctx: ReportContext) => void;
