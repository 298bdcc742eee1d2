/**
 * Source positions. Everything inside the linter speaks in offsets into a file's text
 * (UTF-16 code units, i.e. JavaScript string indices, end exclusive). Only reporters turn
 * offsets into 1-based line:column, through {@link LineIndex}.
 */
export interface Span {
  start: number;
  end: number;
}

/** A span inside a named file (the path as it is shown to users). */
export interface Location {
  file: string;
  span: Span;
}

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units; a tab counts as one column. */
  column: number;
}

/** Maps offsets to 1-based line/column. Handles LF, CRLF and lone CR line ends. */
export class LineIndex {
  private readonly lineStarts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */) starts.push(i + 1);
      else if (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  position(offset: number): Position {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))] ?? 0;
  }
}

/** Translates spans of the parsed text into spans of the file the user sees (embedded text). */
export type SpanMapper = (s: Span) => Span;
