/**
 * Writes a fixed file. The only place sysctl-lint modifies an input, and only on `--fix`:
 *
 * - the file is the one the linter read, through the path it resolved inside the linted tree
 *   (no link in any component, src/inputs/tree.ts), and still the same version (device, inode,
 *   size and times): a file changed or replaced since it was judged is left alone;
 * - the new text is written to a temporary file in the same directory, given the original's
 *   mode and owner, synced, and renamed over the original: a reader sees the old file or the new
 *   one, never a part;
 * - bytes outside the edits are kept as they are: the byte-order mark, CRLF line ends, a missing
 *   final newline. A file that is not valid UTF-8 is not written (its bytes could not be kept).
 */
import { cryptoLib } from '../core/lazy-deps';
import fs from 'node:fs';
import path from 'node:path';
import type { FixEdit } from '../core/fix';
import type { ReadRecord } from '../inputs/source-store';
import { decodeText, identityOf, readRegularFile, ReadRefused } from '../inputs/read-file';
import { applyEdits } from './apply';

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;

export class FixRefused extends Error {}

/** The file's text (after any byte-order mark) as it was judged, with how to encode it back. */
function readForFix(rec: ReadRecord): { text: string; bom: boolean } {
  let bytes: Buffer;
  try {
    const again = readRegularFile(rec.path, Number.MAX_SAFE_INTEGER);
    if (again.identity !== rec.identity) throw new FixRefused('changed since it was linted: not fixed');
    bytes = again.bytes;
  } catch (e) {
    if (e instanceof ReadRefused) throw new FixRefused(`cannot be read again: ${e.message}`);
    throw e;
  }
  const bom = bytes.subarray(0, 3).equals(BOM);
  const text = decodeText(bytes);
  if (!Buffer.concat([bom ? BOM : Buffer.alloc(0), Buffer.from(text, 'utf8')]).equals(bytes)) throw new FixRefused('is not valid UTF-8: not fixed (its bytes could not be kept)');
  return { text, bom };
}

/** The fixed text of a file: its judged text with the edits applied. */
export function fixedText(rec: ReadRecord, edits: readonly FixEdit[]): { before: string; after: string; bom: boolean } {
  const { text, bom } = readForFix(rec);
  return { before: text, after: applyEdits(text, edits), bom };
}

/** Replaces the file atomically with `text` (plus the byte-order mark it had). */
export function writeFixed(rec: ReadRecord, text: string, bom: boolean): void {
  const target = rec.path;
  const dir = path.dirname(target);
  let st: fs.Stats;
  try {
    st = fs.lstatSync(target);
  } catch (e) {
    throw new FixRefused(`cannot be written: ${(e as Error).message}`);
  }
  if (!st.isFile()) throw new FixRefused('is no longer a regular file: not fixed');
  if (identityOf(st) !== rec.identity) throw new FixRefused('changed since it was linted: not fixed');
  // A rename would split a hard link: the other names would keep the old text.
  if (st.nlink > 1) throw new FixRefused(`has ${st.nlink} hard links: not fixed (edit it by hand)`);
  // The directory must still be the one resolved inside the tree, with no link swapped in.
  let realDir: string;
  try {
    realDir = fs.realpathSync.native(dir);
  } catch (e) {
    throw new FixRefused(`cannot be written: ${(e as Error).message}`);
  }
  if (realDir !== dir) throw new FixRefused('its directory changed since it was linted: not fixed');
  const tmp = path.join(dir, `.${path.basename(target)}.sysctl-lint-${process.pid}-${cryptoLib().randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | O_NOFOLLOW, 0o600);
    const data = Buffer.from(text, 'utf8');
    const out = bom ? Buffer.concat([BOM, data]) : data;
    let off = 0;
    while (off < out.length) off += fs.writeSync(fd, out, off, out.length - off);
    if (typeof process.getuid === 'function' && (st.uid !== process.getuid() || st.gid !== process.getgid?.())) {
      try {
        fs.fchownSync(fd, st.uid, st.gid);
      } catch {
        throw new FixRefused('is owned by another user, and its owner could not be kept: not fixed');
      }
    }
    fs.fchmodSync(fd, st.mode & 0o7777);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(tmp, { force: true });
    if (e instanceof FixRefused) throw e;
    throw new FixRefused(`cannot be written: ${(e as Error).message}`);
  }
}
