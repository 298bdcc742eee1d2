/**
 * Runs the linter on one fixture case the way the CLI would, with one policy enabled, and
 * renders the text report (code frames, no colour) used by the snapshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseCli } from '../../src/cli/args';
import { lint, type LintResult } from '../../src/lint';
import { reportText } from '../../src/reporters/text';

export interface CaseRun {
  result: LintResult;
  text: string;
}

/** Extra command-line flags for a case live in `<case>.args` (one line; `--root` takes the case itself). */
export function caseArgs(casePath: string): string[] {
  const argsFile = casePath.replace(/\/$/, '') + '.args';
  if (!fs.existsSync(argsFile)) return [];
  return fs.readFileSync(argsFile, 'utf8').trim().split(/\s+/).filter(Boolean);
}

export function runCase(casePath: string, cwd: string, onlyPolicy?: string): CaseRun {
  const args = caseArgs(casePath);
  const rel = path.relative(cwd, casePath);
  const useRoot = args.includes('--root');
  const flags = args.filter((a) => a !== '--root');
  const opts = parseCli([...flags, ...(useRoot ? ['--root', rel] : [rel])]);
  const result = lint({
    ...opts,
    paths: useRoot ? [] : opts.paths,
    cwd,
    policyDirs: opts.policies,
    ruleFilter: onlyPolicy ? (id) => id === onlyPolicy : undefined,
  });
  const text = reportText({ result, cwd, toolVersion: 'test', color: false, codeFrame: true });
  return { result, text };
}

/** Case inputs in a folder: files and directories, minus snapshots and sidecars. */
export function listCases(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => !n.endsWith('.snap') && !n.endsWith('.args'))
    .sort()
    .map((n) => path.join(dir, n));
}
