/**
 * Baselines for adopting sysctl-lint on an existing repository, like Checkov's `--baseline`
 * and ESLint's bulk suppressions: `--write-baseline FILE` records today's findings,
 * `--baseline FILE` reports only the others. Entries are fingerprints (fingerprint.ts) with a
 * count, so two identical findings in one file need two entries and a third is new. Entries
 * for files the run considered that match nothing any more are stale: counted, and removed by
 * `--prune-baseline`; entries for other files are left alone (pre-commit lints a few files).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Finding } from '../core/finding';
import { decodeText, ReadRefused, readRegularFile } from '../inputs/read-file';
import { resolveNamedFile } from '../inputs/tree';
import type { Fingerprinted } from '../reporters/fingerprint';

const BASELINE_VERSION = 1;
/** A baseline of a hundred thousand findings stays far below this. */
const BASELINE_SIZE_LIMIT = 64 * 1024 * 1024;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  key?: string;
  /** The normalised line text the fingerprint was made from, for people reading the file. */
  line: string;
  count: number;
}

export interface Baseline {
  entries: BaselineEntry[];
}

export class BaselineError extends Error {}

function isEntry(e: unknown): e is BaselineEntry {
  if (!e || typeof e !== 'object') return false;
  const o = e as Record<string, unknown>;
  return (
    typeof o.fingerprint === 'string' &&
    /^[0-9a-f]{32}$/.test(o.fingerprint) &&
    typeof o.ruleId === 'string' &&
    typeof o.file === 'string' &&
    (o.key === undefined || typeof o.key === 'string') &&
    typeof o.line === 'string' &&
    Number.isInteger(o.count) &&
    (o.count as number) >= 1
  );
}

/** Reads a baseline file named by the user (a regular file, links resolved inside its tree). */
export function readBaseline(file: string, cwd: string): Baseline {
  const abs = path.resolve(cwd, file);
  let text: string;
  try {
    text = decodeText(readRegularFile(resolveNamedFile(abs, cwd), BASELINE_SIZE_LIMIT).bytes);
  } catch (e) {
    if (e instanceof ReadRefused) throw new BaselineError(`cannot read baseline ${file}: ${e.message}`);
    throw e;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`baseline ${file} is not JSON: ${(e as Error).message}`);
  }
  const d = data as { version?: unknown; findings?: unknown };
  if (!d || typeof d !== 'object' || d.version !== BASELINE_VERSION || !Array.isArray(d.findings)) throw new BaselineError(`baseline ${file} is not a sysctl-lint baseline (version ${BASELINE_VERSION}, written by --write-baseline)`);
  const bad = d.findings.findIndex((e) => !isEntry(e));
  if (bad >= 0) throw new BaselineError(`baseline ${file}: findings[${bad}] is not a baseline entry (fingerprint, ruleId, file, line, count)`);
  return { entries: d.findings as BaselineEntry[] };
}

const byFileThenRule = (a: BaselineEntry, b: BaselineEntry) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;

/** The entries recording these findings, one per fingerprint, in a stable order for diffs. */
export function entriesFor(findings: Finding[], fingerprint: (f: Finding) => Fingerprinted): BaselineEntry[] {
  const entries = new Map<string, BaselineEntry>();
  for (const f of findings) {
    const p = fingerprint(f);
    const e = entries.get(p.fingerprint);
    if (e) e.count++;
    else entries.set(p.fingerprint, { fingerprint: p.fingerprint, ruleId: p.ruleId, file: p.file, ...(p.key !== undefined ? { key: p.key } : {}), line: p.line, count: 1 });
  }
  return [...entries.values()].sort(byFileThenRule);
}

/** Writes a baseline file (through a temporary file, so a reader never sees half of it). */
export function writeBaseline(file: string, cwd: string, entries: BaselineEntry[]): void {
  const abs = path.resolve(cwd, file);
  const text = JSON.stringify({ version: BASELINE_VERSION, tool: 'sysctl-lint', findings: [...entries].sort(byFileThenRule) }, null, 2) + '\n';
  try {
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    const tmp = `${abs}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, text);
    fs.renameSync(tmp, abs);
  } catch (e) {
    throw new BaselineError(`cannot write baseline ${file}: ${(e as Error).message}`);
  }
}

export interface BaselineOutcome {
  /** Findings the baseline does not know: reported. */
  reported: Finding[];
  /** Findings the baseline knows: hidden, counted. */
  baselined: Finding[];
  /** The baseline without the stale entries of the considered files (what --prune-baseline writes). */
  pruned: BaselineEntry[];
  /** Findings' worth of entries of considered files that matched nothing. */
  stale: number;
}

/**
 * Splits findings into new and known ones. `considered` holds the (repository-relative) files
 * the run looked at: only their unmatched entries are stale.
 */
export function applyBaseline(findings: Finding[], fingerprint: (f: Finding) => Fingerprinted, baseline: Baseline, considered: Set<string>): BaselineOutcome {
  const left = new Map<string, number>();
  for (const e of baseline.entries) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + e.count);
  const reported: Finding[] = [];
  const baselined: Finding[] = [];
  for (const f of findings) {
    const fp = fingerprint(f).fingerprint;
    const n = left.get(fp) ?? 0;
    if (n > 0) {
      left.set(fp, n - 1);
      baselined.push(f);
    } else reported.push(f);
  }
  let stale = 0;
  const pruned: BaselineEntry[] = [];
  const used = new Map<string, number>();
  for (const e of baseline.entries) {
    const unmatched = Math.min(e.count, Math.max(0, (left.get(e.fingerprint) ?? 0) - (used.get(e.fingerprint) ?? 0)));
    used.set(e.fingerprint, (used.get(e.fingerprint) ?? 0) + unmatched);
    if (!considered.has(e.file) || unmatched === 0) {
      pruned.push(e);
      continue;
    }
    stale += unmatched;
    if (e.count > unmatched) pruned.push({ ...e, count: e.count - unmatched });
  }
  return { reported, baselined, pruned, stale };
}
