/**
 * Runs one engine-rule case (test/engine-rules/<name>/{valid,invalid}/<case>) the way the CLI
 * would, with every policy enabled (suppression directives need real findings to act on), on a
 * fixed date, and renders only the rule's own findings: the snapshot and the `explain` example.
 */
import path from 'node:path';
import { parseCli } from '../../src/cli/args';
import { lint } from '../../src/lint';
import { reportText } from '../../src/reporters/text';
import { caseArgs, type CaseRun } from './run-case';

/** "Today" for engine-rule cases: suppression expiry cases are written against it. */
export const ENGINE_CASE_TODAY = '2026-06-01';

export function runEngineCase(casePath: string, cwd: string, ruleId: string): CaseRun {
  const args = caseArgs(casePath);
  const rel = path.relative(cwd, casePath);
  const useRoot = args.includes('--root');
  const opts = parseCli([...args.filter((a) => a !== '--root'), ...(useRoot ? ['--root', rel] : [rel])]);
  const result = lint({ ...opts, paths: useRoot ? [] : opts.paths, cwd, policyDirs: opts.policies, today: ENGINE_CASE_TODAY });
  const shown = { ...result, findings: result.findings.filter((f) => f.ruleId === ruleId), suppressed: [] };
  return { result, text: reportText({ result: shown, cwd, toolVersion: 'test', color: false, codeFrame: true }) };
}
