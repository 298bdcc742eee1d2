/**
 * The command line's side of baselines: `--baseline FILE` hides the findings it records,
 * `--write-baseline FILE` records every current finding, `--prune-baseline` rewrites the
 * baseline without its stale entries. Findings are fingerprinted by repository-relative path,
 * so a baseline works from any working directory of the repository.
 */
import type { LintResult } from '../result';
import { RepoPaths } from '../reporters/repo-paths';
import { applyBaseline, entriesFor, readBaseline, writeBaseline, type Baseline } from './baseline';
import { fingerprinter } from '../reporters/fingerprint';

export interface BaselineFlags {
  baseline?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
}

/** Read before linting, so a missing or broken baseline stops the run before any work (BaselineError). */
export function loadBaselineFlag(flags: BaselineFlags, cwd: string): Baseline | undefined {
  return flags.baseline === undefined ? undefined : readBaseline(flags.baseline, cwd);
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/**
 * Applies the baseline to the result (findings it records move to `result.baselined`) and
 * writes the files asked for. Returns what to tell the user on stderr. Throws BaselineError.
 */
export function baselineAfterLint(result: LintResult, flags: BaselineFlags, baseline: Baseline | undefined, cwd: string, sourceRoot: string): string[] {
  if (!baseline && flags.writeBaseline === undefined) return [];
  const paths = new RepoPaths(cwd, sourceRoot);
  const fingerprint = fingerprinter(result.sources, paths);
  const notes: string[] = [];
  const current = result.findings;
  if (baseline) {
    const considered = new Set<string>();
    for (const f of result.inputs ?? []) considered.add(paths.display(f));
    const outcome = applyBaseline(current, fingerprint, baseline, considered);
    result.findings = outcome.reported;
    result.baselined = outcome.baselined;
    result.staleBaselineEntries = outcome.stale;
    if (flags.pruneBaseline && flags.baseline !== undefined && outcome.stale > 0) {
      writeBaseline(flags.baseline, cwd, outcome.pruned);
      result.staleBaselineEntries = 0;
      notes.push(`pruned ${outcome.stale} stale baseline ${outcome.stale === 1 ? 'entry' : 'entries'} from ${flags.baseline}`);
    }
  }
  if (flags.writeBaseline !== undefined) {
    const all = [...result.findings, ...(result.baselined ?? [])];
    writeBaseline(flags.writeBaseline, cwd, entriesFor(all, fingerprint));
    result.findings = [];
    result.baselined = all;
    result.staleBaselineEntries = 0;
    notes.push(`wrote ${plural(all.length, 'finding')} to the baseline ${flags.writeBaseline}`);
  }
  return notes;
}
