/**
 * Text assembled from pieces of a file (a quoted shell word, a heredoc body, a YAML string,
 * decoded content) that still knows where each of its characters came from. A span of the
 * assembled text maps to the span of the real file that covers the same characters.
 */
import type { Span } from '../../core/span';
import type { SpanMapper } from '../sysctl-conf/parse';

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
 * Builds a text one character (or run) at a time, recording which source range produced each
 * character; `build(outer)` maps those ranges through the outer mapper.
 */
export class MappedTextBuilder {
  private readonly chars: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** One past the last consumed source offset, for empty spans at the end. */
  private endOffset = 0;

  get length(): number {
    return this.chars.length;
  }

  /** Appends `ch` (one or more UTF-16 units, e.g. a decoded escape) produced by source[at, atEnd). */
  push(ch: string, at: number, atEnd = at + 1): void {
    for (let i = 0; i < ch.length; i++) {
      this.chars.push(ch[i] as string);
      this.starts.push(at);
      this.ends.push(atEnd);
    }
    this.endOffset = Math.max(this.endOffset, atEnd);
  }

  /** Appends source[start, end) unchanged. */
  pushRun(source: string, start: number, end: number): void {
    for (let i = start; i < end; i++) {
      this.chars.push(source[i] as string);
      this.starts.push(i);
      this.ends.push(i + 1);
    }
    this.endOffset = Math.max(this.endOffset, end);
  }

  /** Notes that the source was read up to `end` without producing characters (a closing quote). */
  consumedTo(end: number): void {
    this.endOffset = Math.max(this.endOffset, end);
  }

  text(): string {
    return this.chars.join('');
  }

  /** The source range covering characters [s.start, s.end) of the result. */
  sourceSpan(s: Span): Span {
    return rangeOf(this.starts, this.ends, this.endOffset, s);
  }

  build(outer: SpanMapper): MappedText {
    const starts = this.starts.slice();
    const ends = this.ends.slice();
    const endOffset = this.endOffset;
    return { text: this.text(), map: (s) => outer(rangeOf(starts, ends, endOffset, s)) };
  }
}

function rangeOf(starts: number[], ends: number[], endOffset: number, s: Span): Span {
  const n = starts.length;
  const at = s.start < n ? (starts[Math.max(0, s.start)] as number) : endOffset;
  if (s.end <= s.start) return { start: at, end: at };
  return { start: at, end: ends[Math.min(s.end, n) - 1] ?? at };
}
