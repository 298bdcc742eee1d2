/**
 * The result of a run: what lint() returns and what reporters, the CLI and the Action read.
 * Reporters depend on this type, not on the pipeline that produces it.
 */
import type { Finding } from '../core/finding';
import type { SourceStore } from '../inputs/source-store';
import type { ConfigProblem } from '../policy/load';
import type { LoadedPolicy } from '../policy/types';
import type { SuppressedFinding } from '../suppress/apply';
import type { ClusterContext } from '../model/cluster';
import type { NodeSettings } from '../model/settings-view';

export type { NodeSettings, ViewApplier } from '../model/settings-view';

export interface InputError {
  path: string;
  message: string;
}

export interface LintStats {
  /** Files handed to a source kind: claimed by path while walking, or named explicitly. */
  filesConsidered: number;
  filesLinted: number;
  /** Every file the walk met (claimed or not), plus files named explicitly. Optional: added later. */
  filesSeen?: number;
  /** Files seen but not linted: not claimed by any source kind, or not understood. */
  filesSkipped?: number;
  nodes: number;
  /**
   * Milliseconds per phase: policies, discover (walking and claiming by path), read, detect
   * (confirming a kind by content), parse (source extraction), model (node models), evaluate
   * (policies), suppress (inline directives and config severities); total is lint() as a whole.
   */
  timings: Record<string, number>;
  /** Threads that read and parsed files: 1 is the main thread alone, more are worker threads (`--threads`). */
  threads?: number;
  /** Milliseconds the worker threads spent in read, detect and parse: part of those phases' timings, not of the main thread's time. */
  workerTime?: number;
}

export interface LintResult {
  findings: Finding[];
  /** Texts of files with findings, for reporters. */
  sources: SourceStore;
  policies: LoadedPolicy[];
  /** Configuration problems (bad policies, bad options): exit code 2. */
  problems: ConfigProblem[];
  /** Paths that could not be read at all: exit code 2. */
  inputErrors: InputError[];
  stats: LintStats;
  /** Findings that inline suppressions hid, with the directive that did. */
  suppressed?: SuppressedFinding[];
  /** Display paths of the inputs this run considered, in that order (a baseline's entries for other files are not stale). */
  inputs?: Iterable<string>;
  /** Findings a baseline file hid (`--baseline`): known before, not reported. */
  baselined?: Finding[];
  /** Baseline entries of the considered inputs that match no finding any more. */
  staleBaselineEntries?: number;
  /** What the linted files say about the cluster, with where (`--print-config PATH...` shows it). */
  cluster?: ClusterContext;
  /** Each node's effective settings, when lint() was asked to keep them (`collectNodes`). */
  nodes?: NodeSettings[];
}
