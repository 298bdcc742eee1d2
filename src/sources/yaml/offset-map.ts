/**
 * Maps offsets of a decoded text (a YAML scalar's value, a string embedded in a string) back to
 * offsets of the file the user sees. A decoded character either copies one source character
 * (same width, so a run of them maps by addition) or stands for a longer source piece (an
 * escape `\n`, a folded line break, a whole value that could not be mapped exactly): then every
 * character of the run maps to that piece.
 */
import type { Span } from '../../core/span';

/** One run of decoded characters starting at `inner`. */
interface Run {
  inner: number;
  /** Source offset of the first character (copy runs) or start of the piece (piece runs). */
  src: number;
  /** -1: copy run (character i maps to src + i - inner, width 1); else end of the piece. */
  srcEnd: number;
}

export class OffsetMap {
  private constructor(
    private readonly runs: Run[],
    /** Length of the decoded text. */
    readonly length: number,
    /** Source offset of the decoded text's end (for empty spans at the end). */
    private readonly endSrc: number,
  ) {}

  /**
   * Decoded text that copies the source from `start` on, `length` characters, and ends at
   * `endSrc` (after trailing source that decodes to nothing, such as a plain scalar's
   * trailing blanks or a closing quote): what fromCharSpans makes of such a text, without the
   * per-character arrays.
   */
  static copy(start: number, length: number, endSrc: number): OffsetMap {
    return new OffsetMap(length ? [{ inner: 0, src: start, srcEnd: -1 }] : [], length, endSrc);
  }

  /** Every decoded character maps to the whole source span (what cannot be mapped exactly). */
  static whole(span: Span, length: number): OffsetMap {
    return new OffsetMap(length ? [{ inner: 0, src: span.start, srcEnd: span.end }] : [], length, span.end);
  }

  /**
   * Builds a map from per-character source spans (`starts[i]`, `ends[i]` for decoded character
   * i), merging neighbours into runs.
   */
  static fromCharSpans(starts: ArrayLike<number>, ends: ArrayLike<number>, length: number, endSrc: number): OffsetMap {
    const runs: Run[] = [];
    let last: Run | undefined;
    let lastIndex = -1;
    for (let i = 0; i < length; i++) {
      const s = starts[i] as number;
      const e = ends[i] as number;
      const copy = e === s + 1;
      if (last) {
        if (copy && last.srcEnd === -1 && last.src + (i - last.inner) === s) continue;
        if (!copy && last.srcEnd === e && last.src === s && lastIndex === i - 1) {
          lastIndex = i;
          continue;
        }
      }
      last = { inner: i, src: s, srcEnd: copy ? -1 : e };
      lastIndex = i;
      runs.push(last);
    }
    return new OffsetMap(runs, length, endSrc);
  }

  /** A map built run by run (RunBuilder). */
  static fromRuns(runs: Run[], length: number, endSrc: number): OffsetMap {
    return new OffsetMap(runs, length, endSrc);
  }

  private runAt(i: number): Run | undefined {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runs[mid] as Run).inner <= i) lo = mid;
      else hi = mid - 1;
    }
    return runs[lo];
  }

  /** Source span of decoded character i. */
  charSpan(i: number): Span {
    if (i >= this.length) return { start: this.endSrc, end: this.endSrc };
    const r = this.runAt(Math.max(0, i));
    if (!r) return { start: this.endSrc, end: this.endSrc };
    if (r.srcEnd === -1) {
      const p = r.src + (i - r.inner);
      return { start: p, end: p + 1 };
    }
    return { start: r.src, end: r.srcEnd };
  }

  /** Source span of the decoded span `s` (end exclusive). */
  mapSpan(s: Span): Span {
    if (s.end <= s.start) {
      const p = this.charSpan(s.start).start;
      return { start: p, end: p };
    }
    const a = this.charSpan(s.start);
    const b = this.charSpan(s.end - 1);
    return { start: a.start, end: Math.max(a.start, b.end) };
  }

  /** A mapper function, the shape `parseSysctl` and the YAML parser accept. */
  get mapper(): (s: Span) => Span {
    return (s) => this.mapSpan(s);
  }
}

export type SpanMapper = (s: Span) => Span;

/**
 * Builds the runs `OffsetMap.fromCharSpans` makes, from whole pieces instead of one entry per
 * character: `copy` adds characters that copy a source slice, `char` one character standing
 * for a source piece. Neighbours merge exactly as fromCharSpans merges them.
 */
export class RunBuilder {
  private readonly runs: Run[] = [];
  private last: Run | undefined;
  private lastIndex = -1;
  length = 0;

  /** `n` decoded characters copying the source from `src` on. */
  copy(src: number, n: number): void {
    if (n <= 0) return;
    const last = this.last;
    if (!(last && last.srcEnd === -1 && last.src + (this.length - last.inner) === src)) {
      this.last = { inner: this.length, src, srcEnd: -1 };
      this.lastIndex = this.length;
      this.runs.push(this.last);
    }
    this.length += n;
  }

  /** One decoded character for the source piece `start`..`end`. */
  char(start: number, end: number): void {
    if (end === start + 1) {
      this.copy(start, 1);
      return;
    }
    const i = this.length;
    const last = this.last;
    if (last && last.srcEnd === end && last.src === start && this.lastIndex === i - 1) this.lastIndex = i;
    else {
      this.last = { inner: i, src: start, srcEnd: end };
      this.lastIndex = i;
      this.runs.push(this.last);
    }
    this.length++;
  }

  finish(endSrc: number): OffsetMap {
    return OffsetMap.fromRuns(this.runs, this.length, endSrc);
  }
}

