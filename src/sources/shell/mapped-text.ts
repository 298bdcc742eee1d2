/**
 * Text assembled from pieces of a file (a quoted shell word, a heredoc body, a YAML string,
 * decoded content) that still knows where each of its characters came from. A span of the
 * assembled text maps to the span of the real file that covers the same characters.
 */
import type { Span, SpanMapper } from '../../core/span';

export interface MappedText {
  text: string;
  /** Translates a span of `text` into a span of the file the user sees. */
  map: SpanMapper;
}

/** A piece of a file taken as is: offsets shift by a constant. */
export function sliceOf(text: string, start: number, end: number, outer: SpanMapper): MappedText {
  return { text: text.slice(start, end), map: (s) => outer({ start: s.start + start, end: s.end + start }) };
}

/** Every span of the text maps to one fixed span (encoded content: the whole value). */
export function opaque(text: string, whole: Span): MappedText {
  return { text, map: () => whole };
}

/**
 * Builds a text piece by piece, recording which source range produced each character;
 * `build(outer)` maps those ranges through the outer mapper. Characters copied from the source
 * are stored as runs (one entry per contiguous copy), so a long word or a here-document body
 * costs a few entries, not one per character.
 */
export class MappedTextBuilder {
  private s = '';
  /** Per run: index in `s` where it starts, its source start, and -1 for a copy run or the end of the source piece every character of the run stands for. */
  private readonly runText: number[] = [];
  private readonly runSrc: number[] = [];
  private readonly runSrcEnd: number[] = [];
  /** One past the last consumed source offset, for empty spans at the end. */
  private endOffset = 0;

  get length(): number {
    return this.s.length;
  }

  /** Appends `ch` (one or more UTF-16 units, e.g. a decoded escape) produced by source[at, atEnd). */
  push(ch: string, at: number, atEnd = at + 1): void {
    if (ch.length === 1 && atEnd === at + 1) this.copy(ch, at);
    else if (ch.length) {
      this.runText.push(this.s.length);
      this.runSrc.push(at);
      this.runSrcEnd.push(atEnd);
      this.s += ch;
    }
    if (atEnd > this.endOffset) this.endOffset = atEnd;
  }

  /** Appends source[start, end) unchanged. */
  pushRun(source: string, start: number, end: number): void {
    if (end > start) this.copy(source.slice(start, end), start);
    if (end > this.endOffset) this.endOffset = end;
  }

  private copy(chars: string, at: number): void {
    const k = this.runText.length - 1;
    const extends_ = k >= 0 && this.runSrcEnd[k] === -1 && (this.runSrc[k] as number) + (this.s.length - (this.runText[k] as number)) === at;
    if (!extends_) {
      this.runText.push(this.s.length);
      this.runSrc.push(at);
      this.runSrcEnd.push(-1);
    }
    this.s += chars;
    if (at + chars.length > this.endOffset) this.endOffset = at + chars.length;
  }

  /** Notes that the source was read up to `end` without producing characters (a closing quote). */
  consumedTo(end: number): void {
    if (end > this.endOffset) this.endOffset = end;
  }

  text(): string {
    return this.s;
  }

  build(outer: SpanMapper): MappedText {
    const runs = new Runs(this.runText.slice(), this.runSrc.slice(), this.runSrcEnd.slice(), this.s.length, this.endOffset);
    return { text: this.s, map: (sp) => outer(runs.range(sp)) };
  }
}

class Runs {
  constructor(
    private readonly text: number[],
    private readonly src: number[],
    private readonly srcEnd: number[],
    private readonly length: number,
    private readonly endOffset: number,
  ) {}

  private runAt(i: number): number {
    let lo = 0;
    let hi = this.text.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.text[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private charStart(i: number): number {
    const k = this.runAt(i);
    return this.srcEnd[k] === -1 ? (this.src[k] as number) + i - (this.text[k] as number) : (this.src[k] as number);
  }

  private charEnd(i: number): number {
    const k = this.runAt(i);
    const e = this.srcEnd[k] as number;
    return e === -1 ? (this.src[k] as number) + i - (this.text[k] as number) + 1 : e;
  }

  /** The source range covering characters [s.start, s.end) of the text. */
  range(s: Span): Span {
    const start = Math.max(0, s.start);
    const at = start < this.length ? this.charStart(start) : this.endOffset;
    if (s.end <= start) return { start: at, end: at };
    return { start: at, end: Math.max(at, this.charEnd(Math.min(s.end, this.length) - 1)) };
  }
}

/**
 * Pieces joined into one text (Packer's `inline` commands joined into one script), each
 * character still mapped through its own piece; a separator maps to the end of the piece
 * before it. A span across pieces maps from its first piece to its last.
 */
export function joinMapped(pieces: Array<MappedText & { span: Span }>, sep: string): MappedText {
  const starts: number[] = [];
  let text = '';
  for (const p of pieces) {
    starts.push(text.length);
    text += p.text + sep;
  }
  const pieceAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const point = (offset: number, side: 'start' | 'end'): number => {
    if (!pieces.length) return 0;
    const k = pieceAt(offset);
    const p = pieces[k] as MappedText & { span: Span };
    const local = offset - (starts[k] as number);
    if (local >= p.text.length) return p.span.end;
    const m = p.map({ start: local, end: local + 1 });
    return side === 'start' ? m.start : m.end;
  };
  return {
    text,
    map: (s) => {
      const start = point(s.start, 'start');
      if (s.end <= s.start) return { start, end: start };
      return { start, end: Math.max(start, point(s.end - 1, 'end')) };
    },
  };
}
