/**
 * The one way sysctl-lint reads a file it did not write. Inputs come from untrusted pull
 * requests, so a read must not block (a FIFO), never end (a link to /dev/zero), exhaust memory
 * (a 50 MB file) or leave the linted tree (a link to /proc/self/environ):
 *
 * - files are opened with O_NONBLOCK (opening a FIFO cannot block) and O_NOFOLLOW (the path
 *   was resolved already: a link swapped in afterwards is refused), then checked with fstat:
 *   only regular files are read, and only up to a size limit;
 * - symbolic links are resolved inside a {@link Tree}, never on the host (see tree.ts);
 * - every read returns an identity (device, inode, size, times) so that a later re-read for a
 *   code frame can prove it sees the same file version the linter judged.
 */
import fs from 'node:fs';
import { formatSize } from '../core/limits';

/** Files larger than this are not analysed (a finding says so); `--max-file-size` changes it. */
export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

const O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

/**
 * Why a file was not read. `special` and `outside` are never worth retrying: the path names a
 * device, FIFO, socket or directory, or a link that leads out of the linted tree.
 */
export type RefusalReason = 'missing' | 'special' | 'too-large' | 'outside' | 'io';

export class ReadRefused extends Error {
  constructor(
    message: string,
    readonly reason: RefusalReason,
    /** Bytes in the file, for `too-large`. */
    readonly size?: number,
  ) {
    super(message);
  }
}

export interface FileRead {
  bytes: Buffer;
  /** The path that was opened (links resolved). */
  path: string;
  /** Device, inode, size and times at the read: a re-read must match it. */
  identity: string;
}

function fileTypeName(st: fs.Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

export function tooLargeMessage(what: string, size: number | undefined, limit: number, flag?: string): string {
  const shown = size === undefined ? `more than ${formatSize(limit)}` : formatSize(size);
  return `${what} too large to analyze: ${shown}, limit ${formatSize(limit)}${flag ? ` (${flag})` : ''}`;
}

function refusalFor(e: unknown): ReadRefused {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return new ReadRefused('no such file', 'missing');
    case 'ENOTDIR':
      return new ReadRefused('no such file (a path component is not a directory)', 'missing');
    case 'ELOOP':
      return new ReadRefused('a symbolic link where a file was expected (links are resolved inside the linted tree)', 'special');
    case 'ENXIO':
    case 'ENODEV':
      return new ReadRefused('a socket or device, not a regular file: not read', 'special');
    case 'EACCES':
    case 'EPERM':
      return new ReadRefused('permission denied', 'io');
    default:
      return new ReadRefused(err.code ? `${err.code}: ${err.message}` : String(err.message ?? e), 'io');
  }
}

export function identityOf(st: fs.Stats): string {
  // One flat string (a template literal leaves a chain of pieces): the source store keeps one per file read.
  return [st.dev, st.ino, st.size, st.mtimeMs, st.ctimeMs].join(':');
}

/**
 * Reads a regular file of at most `maxSize` bytes. `file` must already be resolved (no link in
 * its last component). Throws {@link ReadRefused}.
 */
export function readRegularFile(file: string, maxSize: number = DEFAULT_MAX_FILE_SIZE): FileRead {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | O_NONBLOCK | O_NOFOLLOW);
  } catch (e) {
    throw refusalFor(e);
  }
  try {
    let st: fs.Stats;
    try {
      st = fs.fstatSync(fd);
    } catch (e) {
      throw refusalFor(e);
    }
    if (!st.isFile()) throw new ReadRefused(`${fileTypeName(st)}, not a regular file: not read`, 'special');
    if (st.size > maxSize) throw new ReadRefused(tooLargeMessage('file', st.size, maxSize, '--max-file-size'), 'too-large', st.size);
    // A file of known size is read into a buffer of exactly that size and returned as it is (the
    // loop stops there). st.size is 0 for files whose size the kernel does not know in advance
    // (procfs, which also answers only the first read of a sysctl value): one large first read,
    // then read until end of file, but never past the limit.
    let buf = Buffer.allocUnsafe(st.size === 0 ? Math.min(maxSize, 64 * 1024) + 1 : st.size);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > maxSize) throw new ReadRefused(tooLargeMessage('file', undefined, maxSize, '--max-file-size'), 'too-large');
        const bigger = Buffer.allocUnsafe(Math.min(maxSize + 1, Math.max(64 * 1024, buf.length * 2)));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      let r: number;
      try {
        r = fs.readSync(fd, buf, n, buf.length - n, null);
      } catch (e) {
        throw refusalFor(e);
      }
      if (r === 0) break;
      n += r;
      // The size fstat gave has been read: a regular file needs no second read to see its end.
      if (n === st.size) break;
    }
    return { bytes: n === buf.length ? buf : buf.subarray(0, n), path: file, identity: identityOf(st) };
  } finally {
    fs.closeSync(fd);
  }
}

/** UTF-8 text without its byte-order mark (columns are counted after it). */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
