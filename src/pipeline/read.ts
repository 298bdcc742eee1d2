/**
 * The read stage: a claimed file's text. Links inside an image tree resolve inside that tree,
 * never on the host; a link to /dev/null masks a file and has no text.
 */
import path from 'node:path';
import { defineEngineRule } from '../core/engine-rule';
import type { Finding } from '../core/finding';
import { readSourceText } from '../core/source-store';
import type { InputFile } from '../inputs/discover';
import { resolveInRoot } from '../inputs/root-links';
import type { Placement } from '../model/node-layout';
import { placeFile } from '../model/node-layout';
import type { PhaseTimer } from './timer';

export const UNREADABLE_FILE = defineEngineRule({
  id: 'sysctl-lint/unreadable-file',
  title: 'Input files can be read',
  severity: 'error',
  appliesTo: 'every input file',
  rationale: 'A file that cannot be read (permissions, a dangling link, an I/O error) cannot be checked, and the settings it holds are unknown.',
  fix: 'Fix the permissions or the link, or exclude the file with `ignore:` in .sysctl-lint.yaml.',
});

export interface ReadInput {
  /** The input, with `devNull` set when a link chain ends at /dev/null. */
  file: InputFile;
  /** The path the text was read from (a link's target). */
  readFrom: string;
  text: string;
}

/** Reads one input (links resolved inside its image tree); a finding when it cannot be read. */
export function readInput(f: InputFile, cwd: string, timer: PhaseTimer, placement?: Placement): ReadInput | { unreadable: Finding } {
  let readFrom = f.abs;
  if (f.isSymlink) {
    const root = placement?.root ?? placeFile(f.display).root;
    const link = resolveInRoot(f.abs, root ? path.resolve(cwd, root) : undefined);
    readFrom = link.path;
    f = { ...f, devNull: f.devNull || link.devNull };
  }
  if (f.devNull) return { file: f, readFrom, text: '' };
  try {
    return { file: f, readFrom, text: timer.time('read', () => readSourceText(readFrom)) };
  } catch (e) {
    return { unreadable: { ruleId: UNREADABLE_FILE.id, severity: 'error', message: `cannot read file: ${(e as Error).message}`, location: { file: f.display, span: { start: 0, end: 0 } }, related: [] } };
  }
}
