/**
 * Chooses which fixes of one file can be made together and applies their edits. Fixes are
 * taken in the order of their first edit; a fix with an edit that overlaps one already taken is
 * left out (the next `--fix` pass sees its finding again if it still stands), except that a fix
 * whose edits all lie inside lines already removed is done by that removal.
 */
import type { FixEdit } from '../core/fix';

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

/** Taken edits, disjoint and sorted by position: overlap and containment by binary search. */
class Taken {
  readonly edits: FixEdit[] = [];

  /** Index of the first edit that ends after `pos` (or at it, for an empty edit at `pos`). */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = (this.edits[mid] as FixEdit).span;
      if (e.end > pos || (e.start === e.end && e.end === pos)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** The edit would touch a taken one: overlap, or a second insertion at the same point. */
  conflicts(e: FixEdit): boolean {
    const i = this.firstEndingAfter(e.span.start);
    for (let k = i; k < this.edits.length; k++) {
      const t = (this.edits[k] as FixEdit).span;
      if (t.start > e.span.end || (t.start === e.span.end && e.span.end > e.span.start)) return false;
      if (t.start === t.end && e.span.start === e.span.end) {
        if (t.start === e.span.start) return true;
        continue;
      }
      if (t.start < e.span.end && e.span.start < t.end) return true;
      if (e.span.start === e.span.end && t.start < e.span.start && e.span.start < t.end) return true;
      if (t.start === t.end && e.span.start < t.start && t.start < e.span.end) return true;
    }
    return false;
  }

  /** The edit lies inside a removal already taken (it goes with the removed lines). */
  insideRemoval(e: FixEdit): boolean {
    if (e.span.end <= e.span.start) return false;
    for (let k = this.firstEndingAfter(e.span.start); k < this.edits.length; k++) {
      const t = this.edits[k] as FixEdit;
      if (t.span.start > e.span.start) return false;
      // Insertions at the same point come first; the removal that may hold the edit follows them.
      if (t.span.end > t.span.start) return t.text === '' && e.span.end <= t.span.end;
    }
    return false;
  }

  /** Inserts in (start, end) order: an insertion comes before an edit that starts where it is. */
  add(e: FixEdit): void {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const t = (this.edits[mid] as FixEdit).span;
      if (t.start > e.span.start || (t.start === e.span.start && t.end > e.span.end)) hi = mid;
      else lo = mid + 1;
    }
    this.edits.splice(lo, 0, e);
  }
}

export function chooseFixes<T extends { edits: FixEdit[] }>(fixes: T[]): FixChoice<T> {
  // A loop, not Math.min(...): a fix may remove 300,000 duplicate lines, more arguments than a call takes.
  const first = (f: T) => f.edits.reduce((m, e) => Math.min(m, e.span.start), Infinity);
  const removes = (f: T) => f.edits.some((e) => e.text === '' && e.span.end > e.span.start);
  // Removals first at equal positions: they take the other edits of the line with them.
  const order = [...fixes].sort((a, b) => first(a) - first(b) || Number(removes(b)) - Number(removes(a)));
  const choice: FixChoice<T> = { taken: [], subsumed: [], left: [], edits: [] };
  const taken = new Taken();
  for (const f of order) {
    if (!f.edits.length) continue;
    if (f.edits.every((e) => taken.insideRemoval(e))) choice.subsumed.push(f);
    else if (f.edits.some((e) => taken.conflicts(e))) choice.left.push(f);
    else {
      choice.taken.push(f);
      for (const e of [...f.edits].sort((a, b) => a.span.start - b.span.start)) taken.add(e);
    }
  }
  choice.edits = taken.edits;
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
