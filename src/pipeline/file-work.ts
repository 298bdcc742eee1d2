/**
 * The per-file stages as a worker thread runs them (`--threads`): the same functions as on the
 * main thread (read-ahead: `readFileAhead`; walk: `processFile`), but every side effect the
 * main thread would have made is returned as data for it to replay in input order: how the
 * file was read (the SourceStore record reporters read it back through), the texts that carry
 * suppression directives, the findings of a refused or unrecognised file.
 *
 * A file that needs the main thread comes back as `{ kind: 'main' }` and is processed there
 * exactly as with one thread: a file that reads other files (a Packer template's scripts: the
 * config's ignores and the SourceStore live on the main thread), and a file whose processing
 * threw (the main thread repeats it, so an internal error is reported as with one thread).
 */
import type { Finding } from '../core/finding';
import type { InputFile } from '../inputs/discover';
import { SourceStore, type ReadRecord } from '../inputs/source-store';
import type { Tree } from '../inputs/tree';
import type { InputError } from '../result';
import { SOURCES } from '../sources/registry';
import type { Extraction, SourceHandler, SourceKind } from '../sources/types';
import { parseDirectives } from '../suppress/directives';
import { readFileAhead } from './cluster-facts';
import { processFile, type FileStages } from './file';

/** One input as a worker receives it: what the read, detect and extract stages look at. */
export interface WorkItem {
  /** Index of the input in the walk's order. */
  i: number;
  abs: string;
  display: string;
  explicit: boolean;
  claimedByPath: boolean;
  claims?: number;
  /** Walk only: the kind the read-ahead detected (`null`: none), as the main thread passes it to processFile. */
  detected?: SourceKind | null;
}

/** A text the main thread indexes for suppression directives (only texts that have one are sent). */
interface ObservedText {
  display: string;
  text: string;
  real: string;
  isSymlink: boolean;
}

/** What the walk made of one file, as data (see FileOutcome in file.ts). */
export type FileResult = (
  | { kind: 'skipped' }
  | { kind: 'refused'; finding?: Finding; inputError?: InputError }
  | { kind: 'unrecognized'; finding: Finding }
  | { kind: 'extracted'; handler: SourceKind; extraction: Extraction }
  | { kind: 'main' }
) & {
  /** How the file was read, for the main thread's SourceStore. */
  record?: ReadRecord;
  observed?: ObservedText[];
};

/** What the read-ahead made of one file. */
export interface AheadResult {
  /** As AheadFile.kind: `undefined` when the file could not be read. */
  detected: SourceKind | null | undefined;
  /** The walk's result for a file extracted ahead (its cluster-fact trigger matched); `main`: do it on the main thread. */
  ahead?: FileResult;
}

export const HANDLERS_BY_KIND = new Map<SourceKind, SourceHandler>(SOURCES.map((s) => [s.kind, s]));

/** Thrown by `readRelated` in a worker: the file goes back to the main thread. */
class NeedsMainThread extends Error {}

/** The stages of a worker: no SourceStore or ignore filter of the run, no related files. */
export function workerStages(base: Omit<FileStages, 'sources' | 'relatedFiles' | 'inputFilter'>): FileStages {
  return {
    ...base,
    sources: new SourceStore(),
    relatedFiles: () => () => {
      throw new NeedsMainThread('reads related files');
    },
  };
}

function inputOf(item: WorkItem, tree: Tree): InputFile {
  // Workers get no links, /dev/null links or standard input (the main thread keeps those), so
  // the tree is never consulted; it is there for the type.
  return { abs: item.abs, display: item.display, explicit: item.explicit, claimedByPath: item.claimedByPath, claims: item.claims, devNull: false, isSymlink: false, tree };
}

function handlerOf(kind: SourceKind | null | undefined): SourceHandler | null | undefined {
  return kind === undefined || kind === null ? kind : HANDLERS_BY_KIND.get(kind);
}

/** processFile with its side effects captured; a fresh SourceStore per file keeps nothing between files. */
function walkCaptured(f: InputFile, stages: FileStages, opts: Parameters<typeof processFile>[2]): FileResult {
  const sources = new SourceStore();
  const observed: ObservedText[] = [];
  let result: FileResult;
  try {
    const r = processFile(f, { ...stages, sources }, {
      ...opts,
      observe: (display, text, real, isSymlink) => {
        if (parseDirectives(text).length) observed.push({ display, text, real, isSymlink });
      },
    });
    if (r.kind === 'extracted') result = { kind: 'extracted', handler: r.handler.kind, extraction: r.extraction };
    else if (r.kind === 'refused') result = { kind: 'refused', finding: r.finding, inputError: r.inputError };
    else result = r;
  } catch {
    return { kind: 'main' };
  }
  const record = sources.readRecord(f.display);
  if (record) result.record = record;
  if (observed.length) result.observed = observed;
  return result;
}

/** The walk's stages for one file (the main thread's `lintFile` without its bookkeeping). */
export function walkFile(item: WorkItem, stages: FileStages, tree: Tree): FileResult {
  return walkCaptured(inputOf(item, tree), stages, { detected: handlerOf(item.detected) });
}

/** The read-ahead of one file, and the walk's result for it when it was extracted ahead. */
export function readAheadFile(item: WorkItem, stages: FileStages, tree: Tree): AheadResult {
  const f = inputOf(item, tree);
  let r: ReturnType<typeof readFileAhead>;
  try {
    r = readFileAhead(f, stages);
  } catch {
    // Detected again on the main thread, in order, as with one thread.
    return { detected: undefined, ahead: { kind: 'main' } };
  }
  const detected = r.kind === undefined || r.kind === null ? r.kind : r.kind.kind;
  if (!r.extracted) return { detected };
  return { detected, ahead: walkCaptured(f, stages, { preread: r.extracted, detected: r.kind }) };
}
