/**
 * The read stage: a claimed file's bytes, read through the file's tree. A link is resolved
 * inside the image root the file sits in (or inside the linted tree), only regular files are
 * read, and only up to the size limit; a link to /dev/null masks a file and has no text.
 */
import path from 'node:path';
import { ANALYSIS_LIMIT } from '../core/limits';
import { defineEngineRule } from '../core/engine-rule';
import type { Finding, RuleId, Severity } from '../core/finding';
import type { SourceStore } from '../inputs/source-store';
import type { InputFilter } from '../config/ignore-filter';
import { displayPath, type InputFile } from '../inputs/discover';
import { decodeText, readRegularFile, ReadRefused, type FileRead } from '../inputs/read-file';
import { realPathOrSelf, type Tree } from '../inputs/tree';
import type { InputError } from '../result';
import type { RelatedFile } from '../sources/types';
import type { PhaseTimer } from './timer';

export const UNREADABLE_FILE = defineEngineRule({
  id: 'sysctl-lint/unreadable-file',
  title: 'Input files can be read',
  severity: 'error',
  appliesTo: 'every input file',
  rationale:
    'A file that cannot be read (permissions, a dangling link, an I/O error) cannot be checked, and the settings it holds are unknown. Only regular files are read: a FIFO, socket, device or directory where a file is expected is reported, never opened for reading, and a symbolic link is followed only inside the linted tree (in an image root, as the image resolves it: `/` is the image root); a link that leads elsewhere, such as to /proc/self/environ or a file outside the repository, is reported instead.',
  fix: 'Fix the permissions or the link (make it point inside the tree), or exclude the file with `ignore:` in .sysctl-lint.yaml.',
});

export interface ReadStage {
  cwd: string;
  timer: PhaseTimer;
  maxFileSize: number;
}

/** Reads one input; `imageRoot` is the root its links resolve in. Throws ReadRefused. */
export function readInput(f: InputFile, imageRoot: string | undefined, stage: ReadStage): { read?: FileRead; devNull: boolean } {
  if (f.devNull) return { devNull: true };
  if (f.content) return { read: { bytes: f.content, path: f.abs, identity: '' }, devNull: false };
  let file = f.abs;
  if (f.isSymlink) {
    const resolved = f.tree.forImageRoot(imageRoot === undefined ? undefined : path.resolve(stage.cwd, imageRoot)).resolve(f.abs);
    if (resolved.devNull) return { devNull: true };
    file = resolved.path;
  }
  return { read: stage.timer.time('read', () => readRegularFile(file, stage.maxFileSize)), devNull: false };
}

function fileFinding(ruleId: RuleId, severity: Severity, file: string, message: string): Finding {
  return { ruleId, severity, message, location: { file, span: { start: 0, end: 0 } }, related: [] };
}

/** A file that was not read: a finding where it sits, or an input error when it was named explicitly. */
export function refusal(f: InputFile, e: unknown): { finding: Finding } | { inputError: InputError } {
  if (!(e instanceof ReadRefused)) throw e;
  if (e.reason === 'too-large') return { finding: fileFinding(ANALYSIS_LIMIT.id, 'warning', f.display, e.message) };
  if (f.explicit && (e.reason === 'special' || e.reason === 'outside')) return { inputError: { path: f.display, message: e.message } };
  return { finding: fileFinding(UNREADABLE_FILE.id, 'error', f.display, `cannot read file: ${e.message}`) };
}

/**
 * Reads a file an input refers to (a template's script, an uploaded file), only inside the
 * input's tree (links resolved), only a regular file within the size limit, and not when
 * `ignore:` excludes it: a template naming "../../../etc/passwd" reads nothing.
 */
export function relatedReader(tree: Tree, stage: ReadStage, sources: SourceStore, filter: InputFilter | undefined): (abs: string) => RelatedFile | undefined {
  return (abs) => {
    if (filter && !filter.named(abs)) return undefined;
    const real = realPathOrSelf(abs);
    if (!tree.containsReal(real)) return undefined;
    try {
      const read = stage.timer.time('read', () => readRegularFile(real, stage.maxFileSize));
      const display = displayPath(abs, stage.cwd);
      sources.record(display, read);
      return { abs, display, text: decodeText(read.bytes) };
    } catch {
      return undefined;
    }
  };
}
