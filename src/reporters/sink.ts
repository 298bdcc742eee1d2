/**
 * Reports are written in pieces, as they are rendered: a report of a large tree is megabytes of
 * text, and building it whole (result objects, one string, its bytes for the pipe) was the peak
 * of a run's memory. A reporter hands each piece to a {@link ReportSink} in order; the pieces
 * joined are the report.
 */
export type ReportSink = (chunk: string) => void;

/** Renders a report into one string (tests, the Action's log, formats read whole). */
export function collectReport<C>(render: (ctx: C, write: ReportSink) => void, ctx: C): string {
  const chunks: string[] = [];
  render(ctx, (c) => chunks.push(c));
  return chunks.join('');
}

/** About what a pipe takes in one write: fewer system calls than one per piece, and little held. */
const FLUSH_AT = 64 * 1024;

/**
 * Joins small pieces into writes of about {@link FLUSH_AT} characters. `end()` writes the rest;
 * nothing is written for a report without text.
 */
export class BufferedSink {
  private pending: string[] = [];
  private size = 0;
  constructor(private readonly flush: (text: string) => void) {}

  readonly write: ReportSink = (chunk) => {
    if (chunk === '') return;
    this.pending.push(chunk);
    this.size += chunk.length;
    if (this.size >= FLUSH_AT) this.end();
  };

  end(): void {
    if (this.size === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    this.flush(text);
  }
}

/**
 * JSON.stringify(value, null, 2) of a value nested `depth` levels deep in a document written with
 * two-space indentation: the same text as when the whole document is serialized at once. JSON
 * strings hold no raw line break, so every line break in the text is the serializer's own.
 */
export function nestedJson(value: unknown, depth: number): string {
  const pad = '  '.repeat(depth);
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}

/**
 * Writes the elements of a JSON array nested `depth` levels deep (the array's own key or
 * position is already written, up to and including nothing after it): `[]` when empty, else
 * `[`, the elements one by one, and the closing bracket on its own line, as JSON.stringify lays
 * them out with two-space indentation.
 */
export function writeJsonArray<T>(write: ReportSink, items: Iterable<T>, depth: number, toJson: (item: T) => unknown, escape: (s: string) => string): void {
  let first = true;
  for (const item of items) {
    write(first ? '[\n' : ',\n');
    first = false;
    write(escape(nestedJson(toJson(item), depth + 1)));
  }
  write(first ? '[]' : `\n${'  '.repeat(depth)}]`);
}
