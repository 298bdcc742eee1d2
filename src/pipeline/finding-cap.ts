/**
 * Findings per rule and file, counted: past LIMITS.findingsPerRuleAndFile the rest is only
 * counted, and one analysis-limit finding says how many were left out. A generated file can
 * hold a million identical mistakes; listing them all costs minutes and gigabytes and helps
 * nobody.
 */
import type { Finding } from '../core/finding';
import { LIMITS, limitFinding } from '../core/limits';

/**
 * A copy of `s` that holds only its own characters. A key read from a file is often a slice of
 * the file's whole text, which V8 keeps alive for as long as the slice lives; findings live
 * until the report, long after their file's text could be dropped.
 */
function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}

export class FindingCap {
  private readonly counts = new Map<string, number>();

  constructor(private readonly findings: Finding[]) {}

  add = (f: Finding): void => {
    const id = `${f.ruleId}\0${f.location.file}`;
    const n = (this.counts.get(id) ?? 0) + 1;
    this.counts.set(id, n);
    if (n > LIMITS.findingsPerRuleAndFile) return;
    if (f.key !== undefined) f.key = ownCopy(f.key);
    this.findings.push(f);
  };

  /** One finding per rule and file that went past the limit. */
  overflow(): Finding[] {
    const out: Finding[] = [];
    for (const [id, n] of this.counts) {
      if (n <= LIMITS.findingsPerRuleAndFile) continue;
      const [ruleId, file] = id.split('\0') as [string, string];
      out.push(limitFinding(file, { start: 0, end: 0 }, `${n - LIMITS.findingsPerRuleAndFile} more findings of ${ruleId} in this file are not listed (at most ${LIMITS.findingsPerRuleAndFile} per rule and file)`));
    }
    return out;
  }
}
