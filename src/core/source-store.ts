/**
 * Texts of the files that findings point into. The linter does not keep every file it reads:
 * reporters ask for the text of a file only when it has a finding, and it is read again then
 * (or served from memory for inputs that are not files, such as stdin).
 */
import fs from 'node:fs';
import path from 'node:path';

export class SourceStore {
  private readonly texts = new Map<string, string>();
  constructor(private readonly cwd: string) {}

  /** Keep a text that cannot be read back from disk (stdin, generated content). */
  pin(file: string, text: string): void {
    this.texts.set(file, text);
  }

  has(file: string): boolean {
    return this.texts.has(file);
  }

  get(file: string): string {
    let t = this.texts.get(file);
    if (t === undefined) {
      try {
        t = readSourceText(path.resolve(this.cwd, file));
      } catch {
        t = '';
      }
      this.texts.set(file, t);
    }
    return t;
  }
}

/** Reads a file as UTF-8 without its byte-order mark (columns are counted after it). */
export function readSourceText(abs: string): string {
  const text = fs.readFileSync(abs, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
