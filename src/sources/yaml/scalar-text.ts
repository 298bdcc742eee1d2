/**
 * Decodes a YAML scalar from its source text while recording where every decoded character
 * comes from (YAML 1.2 §6.5 line folding, §7.3 flow scalars, §8.1 block scalars). The YAML
 * library decodes values too but keeps no per-character positions; the caller compares both
 * decodings and falls back to mapping the whole value when they differ, so an unusual scalar
 * is never mapped wrongly, only coarsely.
 */
import { OffsetMap, RunBuilder } from './offset-map';

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface DecodedScalar {
  text: string;
  map: OffsetMap;
}

class Builder {
  private readonly chars: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** Characters that are unescaped source whitespace (may be trimmed before a line break). */
  private readonly raw: boolean[] = [];

  push(ch: string, start: number, end: number, rawSpace = false): void {
    this.chars.push(ch);
    this.starts.push(start);
    this.ends.push(end);
    this.raw.push(rawSpace);
  }

  /** Drops unescaped trailing spaces and tabs (white space before a line break is not content). */
  trimRawSpace(): void {
    while (this.raw.length && this.raw[this.raw.length - 1]) {
      this.chars.pop();
      this.starts.pop();
      this.ends.pop();
      this.raw.pop();
    }
  }

  get length(): number {
    return this.chars.length;
  }

  finish(endSrc: number): DecodedScalar {
    const text = this.chars.join('');
    return { text, map: OffsetMap.fromCharSpans(this.starts, this.ends, this.chars.length, endSrc) };
  }
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** Offset just after the line break at `i` (`\n`, `\r\n` or `\r`), or -1 when `i` is not a break. */
function breakEnd(src: string, i: number): number {
  const c = src[i];
  if (c === '\n') return i + 1;
  if (c === '\r') return src[i + 1] === '\n' ? i + 2 : i + 1;
  return -1;
}

/**
 * Flow line folding shared by the three flow styles, after a line break at `i` inside the
 * scalar: skips following empty lines and leading white space, and emits one space (a single
 * break) or one newline per empty line. Returns the offset of the next content character.
 */
function foldBreak(src: string, i: number, end: number, b: Builder): number {
  const firstBreak = { start: i, end: breakEnd(src, i) };
  let p = firstBreak.end;
  let empties = 0;
  const emptyBreaks: Array<{ start: number; end: number }> = [];
  for (;;) {
    while (p < end && isBlank(src[p])) p++;
    const be = p < end ? breakEnd(src, p) : -1;
    if (be < 0) break;
    emptyBreaks.push({ start: p, end: be });
    empties++;
    p = be;
  }
  if (empties === 0) b.push(' ', firstBreak.start, firstBreak.end);
  else for (const e of emptyBreaks) b.push('\n', e.start, e.end);
  return p;
}

/** Whether `src` holds a character of `chars` (char codes) between `start` and `end`. */
function holdsAny(src: string, start: number, end: number, a: number, b: number, c: number): boolean {
  for (let i = start; i < end; i++) {
    const code = src.charCodeAt(i);
    if (code === a || code === b || code === c) return true;
  }
  return false;
}

const LF = 10;
const CR = 13;
const SINGLE_QUOTE = 39;
const BACKSLASH = 92;

/*
 * Most scalars are one line without escapes: their value is the source slice, and the decoders
 * below return it with a one-run map instead of building per-character arrays (the same text
 * and map the general path makes; test/sources/yaml/scalar-text.test.ts compares both).
 */

/** Plain scalar: `src.slice(start, end)` is the scalar as written (no trailing comment). */
export function decodePlain(src: string, start: number, end: number): DecodedScalar {
  if (!holdsAny(src, start, end, LF, CR, LF)) {
    let last = end;
    while (last > start && isBlank(src[last - 1])) last--;
    return { text: src.slice(start, last), map: OffsetMap.copy(start, last - start, end) };
  }
  return decodePlainGeneral(src, start, end);
}

/** Plain scalar of any shape (the character-by-character decoder). */
export function decodePlainGeneral(src: string, start: number, end: number): DecodedScalar {
  const b = new Builder();
  let i = start;
  while (i < end) {
    const c = src[i] as string;
    if (c === '\n' || c === '\r') {
      b.trimRawSpace();
      i = foldBreak(src, i, end, b);
      continue;
    }
    b.push(c, i, i + 1, isBlank(c));
    i++;
  }
  b.trimRawSpace();
  return b.finish(end);
}

/** Single-quoted scalar: `start` is the opening quote, `end` is just after the closing one. */
export function decodeSingleQuoted(src: string, start: number, end: number): DecodedScalar {
  // A quote inside is always the first of a `''` pair: without one, nothing is unescaped.
  if (end - start >= 2 && !holdsAny(src, start + 1, end - 1, LF, CR, SINGLE_QUOTE)) return { text: src.slice(start + 1, end - 1), map: OffsetMap.copy(start + 1, end - 1 - (start + 1), end - 1) };
  return decodeSingleQuotedGeneral(src, start, end);
}

/** Single-quoted scalar of any shape (the character-by-character decoder). */
export function decodeSingleQuotedGeneral(src: string, start: number, end: number): DecodedScalar {
  const b = new Builder();
  const stop = end - 1;
  let i = start + 1;
  while (i < stop) {
    const c = src[i] as string;
    if (c === "'" && src[i + 1] === "'") {
      b.push("'", i, i + 2);
      i += 2;
      continue;
    }
    if (c === '\n' || c === '\r') {
      b.trimRawSpace();
      i = foldBreak(src, i, stop, b);
      continue;
    }
    b.push(c, i, i + 1, isBlank(c));
    i++;
  }
  return b.finish(stop);
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** Double-quoted scalar: `start` is the opening quote, `end` is just after the closing one. */
export function decodeDoubleQuoted(src: string, start: number, end: number): DecodedScalar | undefined {
  if (end - start >= 2 && !holdsAny(src, start + 1, end - 1, LF, CR, BACKSLASH)) return { text: src.slice(start + 1, end - 1), map: OffsetMap.copy(start + 1, end - 1 - (start + 1), end - 1) };
  return decodeDoubleQuotedGeneral(src, start, end);
}

/** Double-quoted scalar of any shape (the character-by-character decoder). */
export function decodeDoubleQuotedGeneral(src: string, start: number, end: number): DecodedScalar | undefined {
  const b = new Builder();
  const stop = end - 1;
  let i = start + 1;
  while (i < stop) {
    const c = src[i] as string;
    if (c === '\\') {
      const n = src[i + 1];
      if (n === undefined) return undefined;
      const simple = SIMPLE_ESCAPES[n];
      if (simple !== undefined) {
        b.push(simple, i, i + 2);
        i += 2;
        continue;
      }
      const hexLen = n === 'x' ? 2 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
      if (hexLen) {
        const hex = src.slice(i + 2, i + 2 + hexLen);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLen) return undefined;
        const s = String.fromCodePoint(parseInt(hex, 16));
        for (const ch of s) b.push(ch, i, i + 2 + hexLen);
        i += 2 + hexLen;
        continue;
      }
      const be = breakEnd(src, i + 1);
      if (be >= 0) {
        // Escaped line break: joins the lines without a space, leading white space dropped.
        i = be;
        while (i < stop && isBlank(src[i])) i++;
        continue;
      }
      return undefined;
    }
    if (c === '\n' || c === '\r') {
      b.trimRawSpace();
      i = foldBreak(src, i, stop, b);
      continue;
    }
    b.push(c, i, i + 1, isBlank(c));
    i++;
  }
  return b.finish(stop);
}

interface BlockLine {
  /** Offset of the line's first character. */
  start: number;
  /** Offset of the line's end (before its break). */
  end: number;
  /** The break after the line, if any. */
  breakEnd: number;
  indent: number;
}

function splitLines(src: string, start: number, end: number): BlockLine[] {
  const lines: BlockLine[] = [];
  let p = start;
  while (p < end) {
    let e = p;
    while (e < end && src[e] !== '\n' && src[e] !== '\r') e++;
    const be = e < end ? breakEnd(src, e) : -1;
    let ind = 0;
    while (p + ind < e && src[p + ind] === ' ') ind++;
    lines.push({ start: p, end: e, breakEnd: be < 0 ? e : Math.min(be, end), indent: ind });
    if (be < 0) break;
    p = be;
  }
  return lines;
}

/**
 * Block scalar. `header` is the indicator text (`|`, `>-`, `|2+`), `bodyStart`/`bodyEnd` the
 * lines after the header line, `parentIndent` the indentation of the node the scalar belongs to
 * (used only with an explicit indentation indicator).
 */
export function decodeBlock(src: string, header: string, bodyStart: number, bodyEnd: number, parentIndent: number): DecodedScalar | undefined {
  if (header.charCodeAt(0) === 124 && (header.length === 1 || (header.length === 2 && (header[1] === '-' || header[1] === '+'))) && !holdsAny(src, bodyStart, bodyEnd, CR, CR, CR)) {
    const fast = decodeLiteral(src, header[1] ?? '', bodyStart, bodyEnd);
    if (fast) return fast;
  }
  return decodeBlockGeneral(src, header, bodyStart, bodyEnd, parentIndent);
}

/**
 * A literal block scalar (`|`, `|-`, `|+`) with `\n` line breaks, line by line: each line's
 * text and its break are copied as one piece instead of character by character. The same
 * text and map as decodeBlockGeneral (test/sources/yaml/scalar-text.test.ts compares them);
 * undefined when it has no line with content (left to the general decoder).
 */
function decodeLiteral(src: string, chomp: string, bodyStart: number, bodyEnd: number): DecodedScalar | undefined {
  // Indentation: the first line with content sets it.
  let indent = -1;
  for (let p = bodyStart; p < bodyEnd; ) {
    let e = src.indexOf('\n', p);
    if (e < 0 || e > bodyEnd) e = bodyEnd;
    let q = p;
    while (q < e && src.charCodeAt(q) === 32) q++;
    if (q < e) {
      indent = q - p;
      break;
    }
    p = e + 1;
  }
  if (indent < 0) return undefined;
  const parts: string[] = [];
  const runs = new RunBuilder();
  // Line breaks after the last line with content wait for the next one (or for chomping).
  const pending: number[] = [];
  let lastEnd = -1;
  let p = bodyStart;
  while (p < bodyEnd) {
    let e = src.indexOf('\n', p);
    if (e < 0 || e >= bodyEnd) e = bodyEnd;
    const hasBreak = e < bodyEnd;
    let q = p;
    while (q < e && src.charCodeAt(q) === 32) q++;
    const empty = q === e && e - p <= indent;
    if (empty) {
      if (hasBreak) pending.push(e);
    } else {
      if (q - p < indent) return undefined;
      for (const b of pending) {
        parts.push('\n');
        runs.copy(b, 1);
      }
      pending.length = 0;
      const from = p + indent;
      parts.push(src.slice(from, e));
      runs.copy(from, e - from);
      lastEnd = e;
      if (hasBreak) pending.push(e);
    }
    p = hasBreak ? e + 1 : bodyEnd;
  }
  if (chomp === '+') {
    if (pending.length === 0) {
      parts.push('\n');
      runs.char(lastEnd, lastEnd);
    }
    for (const b of pending) {
      parts.push('\n');
      runs.copy(b, 1);
    }
  } else if (chomp !== '-') {
    parts.push('\n');
    const b = pending[0];
    if (b === undefined) runs.char(lastEnd, lastEnd);
    else runs.copy(b, 1);
  }
  return { text: parts.join(''), map: runs.finish(lastEnd) };
}

/** Block scalar of any header (the character-by-character decoder). */
export function decodeBlockGeneral(src: string, header: string, bodyStart: number, bodyEnd: number, parentIndent: number): DecodedScalar | undefined {
  const m = /^([|>])([1-9]?)([+-]?)([1-9]?)/.exec(header);
  if (!m) return undefined;
  const folded = m[1] === '>';
  const explicit = Number(m[2] || m[4] || 0);
  const chomp = m[3] || (/[+-]/.exec(header.slice(1, 3))?.[0] ?? '');
  const lines = splitLines(src, bodyStart, bodyEnd);
  let indent = explicit ? parentIndent + explicit : 0;
  if (!indent) {
    const firstContent = lines.find((l) => l.end > l.start + l.indent);
    indent = firstContent ? firstContent.indent : 0;
    if (!firstContent) indent = Math.max(0, ...lines.map((l) => l.indent));
  }
  const b = new Builder();
  const isEmpty = (l: BlockLine) => l.end - l.start <= indent && /^[ ]*$/.test(src.slice(l.start, l.end));
  // Last line that carries content: everything after it is trailing (chomping decides).
  let lastContent = -1;
  for (let k = 0; k < lines.length; k++) if (!isEmpty(lines[k] as BlockLine)) lastContent = k;
  let prevKind: 'none' | 'text' | 'spaced' = 'none';
  let pendingBreaks: Array<{ start: number; end: number }> = [];
  const flushBreaks = (nextKind: 'text' | 'spaced') => {
    if (prevKind === 'none') {
      // Leading empty lines are newlines in both styles.
      for (const br of pendingBreaks) b.push('\n', br.start, br.end);
    } else if (folded && prevKind === 'text' && nextKind === 'text') {
      // The first break folds: to a space when no empty line follows, else it disappears.
      const [first, ...rest] = pendingBreaks;
      if (first && rest.length === 0) b.push(' ', first.start, first.end);
      for (const br of rest) b.push('\n', br.start, br.end);
    } else for (const br of pendingBreaks) b.push('\n', br.start, br.end);
    pendingBreaks = [];
  };
  for (let k = 0; k <= lastContent; k++) {
    const l = lines[k] as BlockLine;
    if (isEmpty(l)) {
      if (l.breakEnd > l.end) pendingBreaks.push({ start: l.end, end: l.breakEnd });
      continue;
    }
    if (l.indent < indent) return undefined;
    const from = l.start + indent;
    const kind = isBlank(src[from]) ? 'spaced' : 'text';
    flushBreaks(kind);
    for (let p = from; p < l.end; p++) b.push(src[p] as string, p, p + 1);
    prevKind = kind;
    if (l.breakEnd > l.end) pendingBreaks.push({ start: l.end, end: l.breakEnd });
  }
  if (lastContent < 0) {
    // Only empty lines: with keep, they are the value; otherwise the value is empty.
    if (chomp === '+') for (const l of lines) if (l.breakEnd > l.end) b.push('\n', l.end, l.breakEnd);
    return b.finish(bodyStart);
  }
  const last = lines[lastContent] as BlockLine;
  // Without a line break at the end of the file, the YAML library still clips to one newline.
  const finalBreak = pendingBreaks[0] ?? { start: last.end, end: last.end };
  if (chomp === '+' && pendingBreaks.length === 0) b.push('\n', last.end, last.end);
  if (chomp === '+') {
    for (const br of pendingBreaks) b.push('\n', br.start, br.end);
    for (let k = lastContent + 1; k < lines.length; k++) {
      const l = lines[k] as BlockLine;
      if (l.breakEnd > l.end) b.push('\n', l.end, l.breakEnd);
    }
  } else if (chomp !== '-') b.push('\n', finalBreak.start, finalBreak.end);
  return b.finish(last.end);
}
