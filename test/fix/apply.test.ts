/**
 * Choosing fixes that can be made together: the indexed choice equals the plain quadratic
 * definition (overlaps, two insertions at one point, edits inside a removed line), and applying
 * the chosen edits keeps every character outside them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FixEdit } from '../../src/core/fix';
import type { Span } from '../../src/core/span';
import { applyEdits, chooseFixes } from '../../src/fix/apply';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const samePoint = (a: Span, b: Span) => a.start === a.end && b.start === b.end && a.start === b.start;
const inside = (a: Span, o: Span) => a.start >= o.start && a.end <= o.end;

/** The definition, one comparison per pair. */
function reference<T extends { edits: FixEdit[] }>(fixes: T[]) {
  const first = (f: T) => Math.min(...f.edits.map((e) => e.span.start));
  const removes = (f: T) => f.edits.some((e) => e.text === '' && e.span.end > e.span.start);
  const order = [...fixes].sort((a, b) => first(a) - first(b) || Number(removes(b)) - Number(removes(a)));
  const taken: T[] = [];
  const subsumed: T[] = [];
  const left: T[] = [];
  const edits: FixEdit[] = [];
  for (const f of order) {
    const removals = edits.filter((e) => e.text === '' && e.span.end > e.span.start);
    if (f.edits.every((e) => e.span.end > e.span.start && removals.some((r) => inside(e.span, r.span)))) subsumed.push(f);
    else if (f.edits.some((e) => edits.some((t) => overlaps(e.span, t.span) || samePoint(e.span, t.span)))) left.push(f);
    else {
      taken.push(f);
      edits.push(...f.edits);
    }
  }
  return { taken, subsumed, left };
}

const edit = fc.record({ start: fc.nat(40), len: fc.nat(6), remove: fc.boolean() }).map(({ start, len, remove }): FixEdit => ({ file: 'f', span: { start, end: start + len }, text: remove ? '' : 'x' }));
const fixes = fc.array(fc.array(edit, { minLength: 1, maxLength: 2 }).map((edits) => ({ edits: [...edits].sort((a, b) => a.span.start - b.span.start).filter((e, i, all) => i === 0 || !overlaps(e.span, (all[i - 1] as FixEdit).span)) })), { maxLength: 12 });

describe('chooseFixes', () => {
  it('equals the quadratic definition', () => {
    fc.assert(
      fc.property(fixes, (list) => {
        const got = chooseFixes(list);
        const want = reference(list);
        expect(got.taken).toEqual(want.taken);
        expect(got.subsumed).toEqual(want.subsumed);
        expect(got.left).toEqual(want.left);
        for (let i = 1; i < got.edits.length; i++) expect((got.edits[i] as FixEdit).span.start).toBeGreaterThanOrEqual((got.edits[i - 1] as FixEdit).span.end);
      }),
      { numRuns: 3000 },
    );
  });

  it('applies edits and keeps the text around them', () => {
    const text = 'a = 1\r\nb = 2\r\nc = 3';
    expect(applyEdits(text, [{ file: 'f', span: { start: 7, end: 14 }, text: '' }, { file: 'f', span: { start: 18, end: 19 }, text: '4' }])).toBe('a = 1\r\nc = 4');
  });
});
