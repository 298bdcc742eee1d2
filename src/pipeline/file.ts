/**
 * One input through the per-file stages, read -> detect -> extract. The walk runs every input
 * through it; the read-aheads (cluster facts, provisioning sources) run the files they need.
 * A file's text is dropped when this returns: only its extraction is kept.
 */
import type { InputFilter } from '../config/ignore-filter';
import type { Finding } from '../core/finding';
import type { SourceStore } from '../inputs/source-store';
import type { InputFile } from '../inputs/discover';
import { decodeText, type FileRead } from '../inputs/read-file';
import type { RealPathOf } from '../inputs/real-path';
import { placeFile, type Placement } from '../model/node-layout';
import type { InputError } from '../result';
import type { Extraction, SourceHandler, SourceInput } from '../sources/types';
import { detectKind, unrecognizedFile } from './detect';
import { readInput, refusal, relatedReader, type ReadStage } from './read';

export interface FileStages extends ReadStage {
  realPath: RealPathOf;
  /** Where reporters find the text of files with findings. */
  sources: SourceStore;
  /** Config `ignore` globs and .gitignore, for files an input refers to. */
  inputFilter?: InputFilter;
  /**
   * How an input reads the files it refers to, instead of {@link relatedReader} (a worker
   * thread cannot: it hands such a file back to the main thread, see file-work.ts).
   */
  relatedFiles?: (f: InputFile) => SourceInput['readRelated'];
}

function relatedFilesOf(f: InputFile, stages: FileStages): SourceInput['readRelated'] {
  return stages.relatedFiles ? stages.relatedFiles(f) : relatedReader(f.tree, stages, stages.sources, stages.inputFilter);
}

export interface FileOptions {
  /** The kind and place decided by the caller (`--root`: every file is the image's sysctl file). */
  forced?: { handler: SourceHandler; placement: Placement };
  /**
   * Read and detected already (a read-ahead decided the file is processed now); `extraction`
   * when the read-ahead extracted it too, exactly as this would (see {@link extractAhead}).
   */
  preread?: { read: FileRead; handler: SourceHandler; extraction?: Extraction };
  /**
   * The kind a read-ahead detected from the same file's content (`null`: none). A file no kind
   * understands is then skipped without being read again, unless it was named explicitly.
   */
  detected?: SourceHandler | null;
  /** Read-ahead: only files whose text and kind pass are extracted, and nothing is reported or recorded. */
  onlyIf?: { text(text: string): boolean; kind(handler: SourceHandler): boolean };
  /** Sees the text of every file a kind understood, and of the files it consumed, before they are dropped (suppression directives). */
  observe?(display: string, text: string, realFile: string, isSymlink: boolean): void;
}

export type FileOutcome =
  /** Not read (unreadable, too large, a special file): a finding, or an input error when named explicitly. */
  | { kind: 'refused'; file: InputFile; finding?: Finding; inputError?: InputError }
  /** Named explicitly, but no kind understands it. */
  | { kind: 'unrecognized'; finding: Finding }
  | { kind: 'skipped' }
  | { kind: 'extracted'; file: InputFile; handler: SourceHandler; extraction: Extraction };

/** The image root an input's links resolve in: the forced placement's, or the one its path names. */
function imageRootOf(f: InputFile, forced?: { placement: Placement }): string | undefined {
  return forced ? forced.placement.root : f.isSymlink ? placeFile(f.display).root : undefined;
}

/** Reads an input as the read-aheads do: undefined when it cannot be read (the walk reports it). */
export function readAhead(f: InputFile, stages: FileStages): FileRead | undefined {
  try {
    return readInput(f, imageRootOf(f), stages).read;
  } catch {
    return undefined;
  }
}

function sourceInput(f: InputFile, text: string, bytes: Buffer | undefined, real: string | undefined, readRelated: SourceInput['readRelated']): SourceInput {
  return { abs: f.abs, display: f.display, text, bytes, explicit: f.explicit, devNull: f.devNull, isSymlink: f.isSymlink, realFile: real ?? `/dev/null:${f.abs}`, readRelated };
}

/**
 * Extracts a file a read-ahead has read (not a link to /dev/null, not standard input) with the
 * same input {@link processFile} gives the handler, so that the walk can use the extraction
 * instead of extracting the file again. Nothing is recorded or observed: the walk does that.
 */
export function extractAhead(f: InputFile, read: FileRead, handler: SourceHandler, stages: FileStages): Extraction {
  const real = stages.realPath(read.path, f.isSymlink, f.realDir);
  const readRelated = relatedFilesOf(f, stages);
  return stages.timer.time('parse', () => handler.extract(sourceInput(f, decodeText(read.bytes), read.bytes, real, readRelated)));
}

export function processFile(input: InputFile, stages: FileStages, opts: FileOptions = {}): FileOutcome {
  const { timer } = stages;
  if (opts.detected === null && !input.explicit) return { kind: 'skipped' };
  let got: { read?: FileRead; devNull: boolean };
  if (opts.preread) got = { read: opts.preread.read, devNull: false };
  else {
    try {
      got = readInput(input, imageRootOf(input, opts.forced), stages);
    } catch (e) {
      return opts.onlyIf ? { kind: 'skipped' } : { kind: 'refused', file: input, ...refusal(input, e) };
    }
  }
  if (opts.onlyIf && !got.read) return { kind: 'skipped' };
  const f = { ...input, devNull: got.devNull };
  const readFrom = got.read?.path ?? f.abs;
  const text = got.read ? decodeText(got.read.bytes) : '';
  if (opts.onlyIf && !opts.onlyIf.text(text)) return { kind: 'skipped' };
  // Standard input cannot be read back: its text is kept for reporters.
  if (!opts.onlyIf && f.content) stages.sources.pin(f.display, text);
  else if (!opts.onlyIf && got.read) stages.sources.record(f.display, got.read);
  const handler = opts.forced?.handler ?? opts.preread?.handler ?? opts.detected ?? timer.time('detect', () => detectKind(f, text));
  if (!handler) {
    // Walked files whose content does not confirm their name are skipped quietly.
    return f.explicit && !opts.onlyIf ? { kind: 'unrecognized', finding: unrecognizedFile(f.display) } : { kind: 'skipped' };
  }
  if (opts.onlyIf && !opts.onlyIf.kind(handler)) return { kind: 'skipped' };
  const real = f.devNull ? undefined : stages.realPath(readFrom, f.isSymlink, f.realDir);
  opts.observe?.(f.display, text, real ?? f.display, f.isSymlink);
  const readRelated = opts.onlyIf ? undefined : relatedFilesOf(f, stages);
  const extraction = opts.preread?.extraction ?? timer.time('parse', () => handler.extract(sourceInput(f, text, got.read?.bytes, real, readRelated)));
  for (const c of extraction.consumed ?? []) opts.observe?.(c.display, c.text, c.abs, false);
  return { kind: 'extracted', file: f, handler, extraction };
}
