/**
 * Texts of the files that findings point into. The linter does not keep every file it reads:
 * reporters ask for the text of a file only when it has a finding. A file is then read again,
 * but only through the path the linter itself resolved and read, and only when it is still
 * the same file version (device, inode, size and times): reporters show nothing the linter
 * did not judge. A display path is never re-resolved on the host, where it could lead
 * somewhere else (a link to /proc/self/environ inside an image resolves into the image).
 * Inputs that are not files (stdin, generated content) are kept in memory.
 */
import path from 'node:path';
import { RecentValues } from '../core/memo';
import { decodeText, readRegularFile, type FileRead } from './read-file';

/** How a file was read: enough to read the same bytes again and prove they are the same. */
export interface ReadRecord {
  path: string;
  identity: string;
}

/**
 * Texts read back for reporters kept at once. Findings come sorted by file, so a reporter asks
 * for one file many times in a row and seldom comes back to it: keeping every text read back
 * grew with the findings of the whole tree (about 5 MB of text at 300k files), a few are enough.
 */
export const TEXTS_READ_BACK = 64;

/** A path with a `.`, `..` or empty segment, a trailing slash, or an absolute one: path.resolve would change it. */
const NOT_PLAIN_RELATIVE = /^\/|(^|\/)\.\.?(\/|$)|\/\/|\/$|^$/;

export class SourceStore {
  /** Texts that cannot be read back (pinned). */
  private readonly texts = new Map<string, string>();
  private readonly readBack = new RecentValues<string>(TEXTS_READ_BACK);
  /** Files read at a path other than their display path's (links): the whole record. */
  private readonly records = new Map<string, ReadRecord>();
  /**
   * Files read at their display path (nearly all): only the identity, as every file of the
   * tree that a kind understands is recorded and the paths would double what is kept.
   */
  private readonly identities = new Map<string, string>();

  /** `cwd` with a trailing separator: a walked file's path is this plus its display path. */
  private readonly cwdPrefix: string | undefined;

  /** `cwd`: what display paths are relative to (without it every record is kept whole). */
  constructor(private readonly cwd?: string) {
    const normal = cwd === undefined || path.sep !== '/' ? undefined : path.resolve(cwd);
    if (normal !== undefined && (normal === cwd || `${normal}/` === cwd)) this.cwdPrefix = normal.endsWith('/') ? normal : `${normal}/`;
  }

  /**
   * Is `read` the file `path.resolve(cwd, file)`? Asked for every file read. A walked file's path
   * is the working directory plus its display path: when the display path has no `.`, `..` or
   * empty segment and the working directory is normal, a string comparison says so exactly
   * without making the path. Anything else is resolved.
   */
  private atDisplayPath(file: string, read: string): boolean {
    if (this.cwd === undefined) return false;
    const prefix = this.cwdPrefix;
    if (prefix !== undefined && !NOT_PLAIN_RELATIVE.test(file)) return read.length === prefix.length + file.length && read.startsWith(prefix) && read.endsWith(file);
    return read === path.resolve(this.cwd, file);
  }

  /** Keep a text that cannot be read back from disk (stdin, generated content). */
  pin(file: string, text: string): void {
    this.texts.set(file, text);
  }

  /** Remember how the linter read `file` (its display path), to read it back for reporters. */
  record(file: string, read: Pick<FileRead, 'path' | 'identity'>): void {
    if (this.atDisplayPath(file, read.path)) {
      this.identities.set(file, read.identity);
      this.records.delete(file);
    } else {
      this.records.set(file, { path: read.path, identity: read.identity });
      this.identities.delete(file);
    }
  }

  private recordOf(file: string): ReadRecord | undefined {
    const identity = this.identities.get(file);
    return identity !== undefined && this.cwd !== undefined ? { path: path.resolve(this.cwd, file), identity } : this.records.get(file);
  }

  /** How the linter read `file`, when it came from a file it can read (and write) again. */
  readRecord(file: string): ReadRecord | undefined {
    const rec = this.recordOf(file);
    return this.texts.has(file) && !rec ? undefined : rec;
  }

  has(file: string): boolean {
    return this.texts.has(file) || this.readBack.has(file);
  }

  /** The text the linter judged, or '' when it cannot be shown exactly as judged. */
  get(file: string): string {
    return this.texts.get(file) ?? this.readBack.get(file, (f) => this.readAgain(f));
  }

  private readAgain(file: string): string {
    const rec = this.recordOf(file);
    if (rec) {
      try {
        const again = readRegularFile(rec.path, Number.MAX_SAFE_INTEGER);
        if (again.identity === rec.identity) return decodeText(again.bytes);
      } catch {
        // gone or replaced since it was judged: no text rather than other bytes
      }
    }
    return '';
  }
}
