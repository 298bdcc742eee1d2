import { PLANTS } from './plants.mjs';

/**
 * Builds a file line by line and records planted problems at the exact line and column of
 * the key, as the linter must report them (1-based, UTF-16 code units).
 */
export class FileText {
  constructor(file) {
    this.file = file;
    this.lines = [];
    this.problems = [];
  }

  /** Appends a line; returns its 1-based number. */
  add(line) {
    this.lines.push(line);
    return this.lines.length;
  }

  addAll(lines) {
    for (const l of lines) this.add(l);
  }

  /**
   * Appends a line holding a planted problem. `key` is the text the finding points at (its
   * first occurrence in the line); every rule of the plant must report there.
   */
  plant(line, key, plant) {
    const n = this.add(line);
    this.mark(n, key, plant);
    return n;
  }

  /** Records a planted problem on a line that is already there (file-level findings). */
  mark(lineNo, key, plant) {
    const spec = PLANTS[plant];
    if (!spec) throw new Error(`unknown plant ${plant}`);
    const line = this.lines[lineNo - 1] ?? '';
    const at = line.indexOf(key);
    if (at < 0) throw new Error(`plant ${plant}: "${key}" not in line ${lineNo} of ${this.file}`);
    for (const rule of spec.rules) this.problems.push({ file: this.file, line: lineNo, column: at + 1, rule, plant, source: spec.source, key });
  }

  text() {
    return this.lines.join('\n') + '\n';
  }
}
