/**
 * The unified diff `--fix-dry-run` prints, built from the fix edits themselves rather than by
 * comparing texts: each edit's lines are the change, so the diff is exact and linear in the
 * file's size (a fix that removes 300,000 duplicate lines costs no more than reading them).
 * Three lines of context, changes closer than that share a hunk, `\ No newline at end of file`
 * where a side ends without one. Line ends are kept (a CRLF line stays CRLF), so `patch` or
 * `git apply` can apply it; the text of each line goes through logText (escape.ts), so a file
 * cannot drive the terminal or a CI log (a line holding a control character or `##[` is shown
 * escaped, and is then not applicable as is).
 */
import type { FixEdit } from '../core/fix';
import { logText } from './escape';

const CONTEXT = 3;

function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function show(prefix: string, line: string): string {
  const eol = /\r?\n$/.exec(line)?.[0] ?? '';
  return prefix + logText(line.slice(0, line.length - eol.length)) + (eol || '\n\\ No newline at end of file\n');
}

interface Change {
  /** Old lines [from, to), 0-based. */
  from: number;
  to: number;
  edits: FixEdit[];
  /** The new text of those lines. */
  text: string;
}

/** A unified diff from `a/<file>` to `b/<file>` for sorted, disjoint edits of `before`; '' when they change nothing. */
export function unifiedDiff(file: string, before: string, edits: readonly FixEdit[]): string {
  // Lines end at LF only, as patch reads them (a CR before it is part of the line).
  const lines = splitLines(before);
  const starts: number[] = [];
  let offset = 0;
  for (const l of lines) {
    starts.push(offset);
    offset += l.length;
  }
  const lineStart = (l: number) => (l >= lines.length ? before.length : (starts[l] as number));
  /** 0-based line of an offset, and whether the offset is that line's first character. */
  const lineOf = (pos: number): { line: number; atStart: boolean } => {
    // The end of a text that ends with a line break (or is empty) starts a line of its own.
    if (pos >= before.length && (before === '' || before.endsWith('\n'))) return { line: lines.length, atStart: true };
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, atStart: starts[lo] === pos };
  };
  // Each edit covers the whole lines it touches; an edit that ends at a line start stops there.
  const changes: Change[] = [];
  for (const e of edits) {
    const from = lineOf(e.span.start).line;
    const end = lineOf(e.span.end);
    const to = e.span.end > e.span.start && end.atStart ? Math.max(from + 1, end.line) : Math.min(lines.length, end.line + 1);
    const last = changes[changes.length - 1];
    // Changes on touching lines are one change: the text between them must come out once.
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.edits.push(e);
    } else changes.push({ from, to: Math.max(from, to), edits: [e], text: '' });
  }
  const newText = (c: Change) => {
    let text = '';
    let pos = lineStart(c.from);
    for (const e of c.edits) {
      text += before.slice(pos, e.span.start) + e.text;
      pos = e.span.end;
    }
    return text + before.slice(pos, lineStart(c.to));
  };
  // A change whose new text ends inside a line joins that line to the next: the next line is
  // part of the change (and so is a change on it).
  for (let k = 0; k < changes.length; k++) {
    const c = changes[k] as Change;
    c.text = newText(c);
    while (c.text !== '' && !c.text.endsWith('\n') && c.to < lines.length) {
      c.to++;
      const next = changes[k + 1];
      if (next && next.from <= c.to) {
        c.to = Math.max(c.to, next.to);
        for (const e of next.edits) c.edits.push(e);
        changes.splice(k + 1, 1);
      }
      c.text = newText(c);
    }
  }
  const out: string[] = [];
  let delta = 0;
  let i = 0;
  while (i < changes.length) {
    // One hunk: changes whose unchanged lines between them are few enough to show as context.
    let j = i;
    while (j + 1 < changes.length && (changes[j + 1] as Change).from - (changes[j] as Change).to <= 2 * CONTEXT) j++;
    const first = changes[i] as Change;
    const lastChange = changes[j] as Change;
    const hunkFrom = Math.max(0, first.from - CONTEXT);
    const hunkTo = Math.min(lines.length, lastChange.to + CONTEXT);
    const body: string[] = [];
    let oldLen = 0;
    let newLen = 0;
    let at = hunkFrom;
    const hunkDelta = delta;
    for (let k = i; k <= j; k++) {
      const c = changes[k] as Change;
      for (; at < c.from; at++, oldLen++, newLen++) body.push(show(' ', lines[at] as string));
      const oldLines = lines.slice(c.from, c.to);
      const newLines = splitLines(c.text);
      if (oldLines.join('') === newLines.join('')) {
        for (const l of oldLines) body.push(show(' ', l));
      } else {
        for (const l of oldLines) body.push(show('-', l));
        for (const l of newLines) body.push(show('+', l));
      }
      oldLen += oldLines.length;
      newLen += newLines.length;
      delta += newLines.length - oldLines.length;
      at = c.to;
    }
    for (; at < hunkTo; at++, oldLen++, newLen++) body.push(show(' ', lines[at] as string));
    if (body.some((l) => l[0] !== ' ')) {
      const range = (start: number, len: number) => `${len === 0 ? start : start + 1}${len === 1 ? '' : `,${len}`}`;
      out.push(`@@ -${range(hunkFrom, oldLen)} +${range(hunkFrom + hunkDelta, newLen)} @@\n`, body.join(''));
    }
    i = j + 1;
  }
  return out.length ? `--- a/${logText(file)}\n+++ b/${logText(file)}\n${out.join('')}` : '';
}
