import { LineIndex } from '../core/span';
import type { ConfigProblem } from '../policy/load';

/** A problem of a policy, list or config file as `file:line:column: message`. */
export function describeProblem(p: ConfigProblem): string {
  if (!p.text) return `${p.file}: ${p.message}`;
  const pos = new LineIndex(p.text).position(p.span.start);
  return `${p.file}:${pos.line}:${pos.column}: ${p.message}`;
}

/** Writes a run's invalid policies and unreadable inputs to stderr; 2 when there was one, else 0. */
export function writeRunProblems(result: { problems: readonly ConfigProblem[]; inputErrors: ReadonlyArray<{ path: string; message: string }> }, stderr: { write(s: string): unknown }): 0 | 2 {
  let status: 0 | 2 = 0;
  for (const p of result.problems) {
    stderr.write(`sysctl-lint: invalid policy: ${describeProblem(p)}\n`);
    status = 2;
  }
  for (const e of result.inputErrors) {
    stderr.write(`sysctl-lint: ${e.path}: ${e.message}\n`);
    status = 2;
  }
  return status;
}
