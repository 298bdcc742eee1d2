/**
 * One input through the per-file stages, read -> detect -> extract. The walk runs every input
 * through it; the cluster-fact read-ahead runs the few files that can state cluster facts.
 * A file's text is dropped when this returns: only its extraction is kept.
 */
import type { Finding } from '../core/finding';
import type { InputFile } from '../inputs/discover';
import type { RealPathOf } from '../inputs/real-path';
import type { Placement } from '../model/node-layout';
import type { Extraction, SourceHandler } from '../sources/types';
import { detectKind, unrecognizedFile } from './detect';
import { readInput } from './read';
import type { PhaseTimer } from './timer';

export interface FileStages {
  cwd: string;
  timer: PhaseTimer;
  realPath: RealPathOf;
}

export interface FileOptions {
  /** The kind and place decided by the caller (`--root`: every file is the image's sysctl file). */
  forced?: { handler: SourceHandler; placement: Placement };
  /** Read-ahead: only files whose text and kind pass are extracted, and nothing is reported. */
  onlyIf?: { text(text: string): boolean; kind(handler: SourceHandler): boolean };
  /** Sees the text of every file a kind understood, before it is dropped (suppression directives). */
  observe?(file: InputFile, text: string, realFile: string | undefined): void;
}

export type FileOutcome =
  | { kind: 'unreadable'; finding: Finding; file: InputFile }
  /** Named explicitly, but no kind understands it. */
  | { kind: 'unrecognized'; finding: Finding; file: InputFile }
  | { kind: 'skipped' }
  | { kind: 'extracted'; file: InputFile; handler: SourceHandler; extraction: Extraction };

export function processFile(input: InputFile, stages: FileStages, opts: FileOptions = {}): FileOutcome {
  const { timer } = stages;
  const read = readInput(input, stages.cwd, timer, opts.forced?.placement);
  if ('unreadable' in read) return opts.onlyIf ? { kind: 'skipped' } : { kind: 'unreadable', finding: read.unreadable, file: input };
  const { file: f, readFrom, text } = read;
  if (opts.onlyIf && !opts.onlyIf.text(text)) return { kind: 'skipped' };
  const handler = opts.forced?.handler ?? timer.time('detect', () => detectKind(f, text));
  if (!handler) {
    // Walked files whose content does not confirm their name are skipped quietly.
    return f.explicit && !opts.onlyIf ? { kind: 'unrecognized', finding: unrecognizedFile(f.display), file: f } : { kind: 'skipped' };
  }
  if (opts.onlyIf && !opts.onlyIf.kind(handler)) return { kind: 'skipped' };
  const real = f.devNull ? undefined : stages.realPath(readFrom, f.isSymlink);
  if (opts.observe) opts.observe(f, text, real);
  const extraction = timer.time('parse', () => handler.extract({ abs: f.abs, display: f.display, text, explicit: f.explicit, devNull: f.devNull, isSymlink: f.isSymlink, realFile: real ?? `/dev/null:${f.abs}` }));
  return { kind: 'extracted', file: f, handler, extraction };
}
