/**
 * `--fix` and `--fix-dry-run`: the safe fixes of a lint result, per file. A dry run prints them
 * as a unified diff; `--fix` writes them (src/fix/write.ts) and lints again, until a pass has
 * nothing left to fix (a fix can make room for another: an overlapping edit waits for the next
 * pass). A second `--fix` then changes nothing.
 */
import type { Finding } from '../../core/finding';
import type { FindingFix } from '../../core/fix';
import { chooseFixes } from '../../fix/apply';
import { unifiedDiff } from '../../reporters/fix-diff';
import { fixedText, FixRefused, writeFixed } from '../../fix/write';
import { applyEdits } from '../../fix/apply';
import type { LintResult } from '../../result';

/** Passes of fix-and-lint-again before giving up (ESLint's limit too). */
export const MAX_FIX_PASSES = 10;

interface FilePlan {
  file: string;
  before: string;
  after: string;
  bom: boolean;
  /** The edits that make `after` from `before`, sorted and disjoint. */
  edits: FindingFix['edits'];
  /** Findings this file's edits fix. */
  fixed: number;
}

export interface FixPlan {
  files: FilePlan[];
  /** Files whose fixes cannot be made, and why. */
  refused: Array<{ file: string; message: string }>;
}

/** The safe fixes of each file, chosen so they can be made together. */
export function planFixes(result: LintResult): FixPlan {
  const byFile = new Map<string, Array<{ finding: Finding; edits: FindingFix['edits'] }>>();
  for (const f of result.findings) {
    if (!f.fix?.safe || !f.fix.edits.length) continue;
    const file = (f.fix.edits[0] as FindingFix['edits'][number]).file;
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    list.push({ finding: f, edits: f.fix.edits });
  }
  const plan: FixPlan = { files: [], refused: [] };
  for (const [file, fixes] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const choice = chooseFixes(fixes);
    const fixed = choice.taken.length + choice.subsumed.length;
    const rec = result.sources.readRecord(file);
    try {
      if (rec) plan.files.push({ file, ...fixedText(rec, choice.edits), edits: choice.edits, fixed });
      else {
        // Standard input: its text is kept in memory (a dry run can still show the diff).
        const before = result.sources.get(file);
        plan.files.push({ file, before, after: applyEdits(before, choice.edits), bom: false, edits: choice.edits, fixed });
      }
    } catch (e) {
      if (!(e instanceof FixRefused)) throw e;
      plan.refused.push({ file, message: e.message });
    }
  }
  return plan;
}

export function planDiff(plan: FixPlan): string {
  return plan.files.map((f) => unifiedDiff(f.file, f.before, f.edits)).join('');
}

/** Writes the planned files; returns the files written and the findings fixed. */
export function writePlan(plan: FixPlan, result: LintResult): { files: number; fixed: number; refused: FixPlan['refused'] } {
  let files = 0;
  let fixed = 0;
  const refused = [...plan.refused];
  for (const f of plan.files) {
    const rec = result.sources.readRecord(f.file);
    if (!rec || f.after === f.before) continue;
    try {
      writeFixed(rec, f.after, f.bom);
      files++;
      fixed += f.fixed;
    } catch (e) {
      if (!(e instanceof FixRefused)) throw e;
      refused.push({ file: f.file, message: e.message });
    }
  }
  return { files, fixed, refused };
}
