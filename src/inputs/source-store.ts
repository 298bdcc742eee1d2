/**
 * Texts of the files that findings point into. The linter does not keep every file it reads:
 * reporters ask for the text of a file only when it has a finding. A file is then read again,
 * but only through the path the linter itself resolved and read, and only when it is still
 * the same file version (device, inode, size and times): reporters show nothing the linter
 * did not judge. A display path is never re-resolved on the host, where it could lead
 * somewhere else (a link to /proc/self/environ inside an image resolves into the image).
 * Inputs that are not files (stdin, generated content) are kept in memory.
 */
import { decodeText, readRegularFile, type FileRead } from './read-file';

/** How a file was read: enough to read the same bytes again and prove they are the same. */
export interface ReadRecord {
  path: string;
  identity: string;
}

export class SourceStore {
  private readonly texts = new Map<string, string>();
  private readonly records = new Map<string, ReadRecord>();

  /** Keep a text that cannot be read back from disk (stdin, generated content). */
  pin(file: string, text: string): void {
    this.texts.set(file, text);
  }

  /** Remember how the linter read `file` (its display path), to read it back for reporters. */
  record(file: string, read: Pick<FileRead, 'path' | 'identity'>): void {
    this.records.set(file, { path: read.path, identity: read.identity });
  }

  has(file: string): boolean {
    return this.texts.has(file);
  }

  /** The text the linter judged, or '' when it cannot be shown exactly as judged. */
  get(file: string): string {
    let t = this.texts.get(file);
    if (t === undefined) {
      t = '';
      const rec = this.records.get(file);
      if (rec) {
        try {
          const again = readRegularFile(rec.path, Number.MAX_SAFE_INTEGER);
          if (again.identity === rec.identity) t = decodeText(again.bytes);
        } catch {
          // gone or replaced since it was judged: no text rather than other bytes
        }
      }
      this.texts.set(file, t);
    }
    return t;
  }
}
