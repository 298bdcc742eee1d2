/**
 * Chooses which fixes of one file can be made together and applies their edits. Fixes are
 * taken in the order of their first edit; a fix with an edit that overlaps one already taken is
 * left out (the next `--fix` pass sees its finding again if it still stands), except that a fix
 * whose edits all lie inside lines already removed is done by that removal.
 */
import type { FixEdit } from '../core/fix';
import type { Span } from '../core/span';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const samePoint = (a: Span, b: Span) => a.start === a.end && b.start === b.end && a.start === b.start;
const inside = (a: Span, outer: Span) => a.start >= outer.start && a.end <= outer.end;

export interface FixChoice<T> {
  /** Fixes whose edits are made. */
  taken: T[];
  /** Fixes made by a removal another fix makes. */
  subsumed: T[];
  /** Fixes that overlap a taken one. */
  left: T[];
  /** The edits to make, sorted and disjoint. */
  edits: FixEdit[];
}

export function chooseFixes<T extends { edits: FixEdit[] }>(fixes: T[]): FixChoice<T> {
  const first = (f: T) => Math.min(...f.edits.map((e) => e.span.start));
  // Removals first at equal positions: they take the other edits of the line with them.
  const order = [...fixes].sort((a, b) => first(a) - first(b) || Number(b.edits.some((e) => e.text === '')) - Number(a.edits.some((e) => e.text === '')));
  const choice: FixChoice<T> = { taken: [], subsumed: [], left: [], edits: [] };
  for (const f of order) {
    if (!f.edits.length) continue;
    const removals = choice.edits.filter((e) => e.text === '' && e.span.end > e.span.start);
    if (f.edits.every((e) => removals.some((r) => inside(e.span, r.span)))) {
      choice.subsumed.push(f);
      continue;
    }
    if (f.edits.some((e) => choice.edits.some((t) => overlaps(e.span, t.span) || samePoint(e.span, t.span)))) {
      choice.left.push(f);
      continue;
    }
    choice.taken.push(f);
    choice.edits.push(...f.edits);
  }
  choice.edits.sort((a, b) => a.span.start - b.span.start);
  return choice;
}

/** `text` with sorted, disjoint edits applied. */
export function applyEdits(text: string, edits: readonly FixEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.span.start) + e.text;
    at = e.span.end;
  }
  return out + text.slice(at);
}
