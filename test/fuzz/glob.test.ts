/**
 * The glob matcher under hostile patterns: any pattern compiles, matching stays within the
 * budget however many `*` and classes a key holds (the reference-equivalence property is in
 * test/core/glob.test.ts).
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import { compileGlob } from '../../src/core/glob';
import { anyText } from './arbitraries';
import { fuzzIt } from './fuzz';

const piece = fc.constantFrom('*', '**', '?', '[a-z]', '[!.]', '[z-a]', '[', ']', '\\', '\\*', 'a', 'b', '.', '/', 'net', 'x*y');
const pattern = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
const subject = fc.array(fc.constantFrom('a', 'b', '.', '/', 'net', 'x', 'y', 'aaaaaaaaaaaaaaaa', '['), { maxLength: 80 }).map((p) => p.join(''));

describe('fuzz: glob matching', () => {
  fuzzIt('any pattern on any key: an answer within the budget, full match implies prefix match', fc.tuple(fc.oneof(pattern, anyText), fc.oneof(subject, anyText), fc.constantFrom('.', '/') as fc.Arbitrary<'.' | '/'>), ([p, t, sep]) => {
    const g = compileGlob(p, sep);
    if (g.test(t) && !g.testPrefix(t)) throw new Error('matches the whole key but not its prefix');
  });

  fuzzIt('a pattern without glob characters matches itself and nothing else', fc.tuple(fc.stringMatching(/^[a-z0-9._/-]{0,30}$/), fc.stringMatching(/^[a-z0-9._/-]{0,30}$/)), ([p, t]) => {
    const g = compileGlob(p, '.');
    if (g.test(p) !== true || g.test(t) !== (p === t)) throw new Error('literal pattern');
  });

  fuzzIt('stars across long keys stay linear per segment', fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('*', '*a', 'a*', '*.', '?*', '[a-z]*')), ([stars, len, unit]) => {
    const g = compileGlob(`net.${unit.repeat(stars)}.x`, '.');
    g.test(`net.${'a'.repeat(len)}.y`);
    g.testPrefix(`net.${'a'.repeat(len)}`);
  }, { scale: 0.05 });
});
