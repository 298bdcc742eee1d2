/**
 * The fuzz harness: every property runs through `fuzzIt`, which times each input on its own
 * (performance.now around the call, never the whole test) and fails an input that takes longer
 * than its budget, however correct its result.
 *
 *   FUZZ_RUNS   inputs per property (default 60: the short run in `npm run check`)
 *   FUZZ_SEED   replay a run (fast-check prints the seed and path of a failing input)
 *   FUZZ_REPORT append one JSON line per property (runs, seed, time, slowest input) to this file
 *
 * `npm run fuzz` is the long run (scripts/fuzz.mjs). Properties over slow entry points (a
 * whole handler: YAML parse, decode, shell analysis) take a fraction of the runs, stated with
 * `scale`, so the long run ends in minutes; FUZZING.md records the figures.
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { it } from 'vitest';
import type { Span } from '../../src/core/span';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const LONG = process.env.FUZZ_RUNS !== undefined;
const SEED = process.env.FUZZ_SEED === undefined ? (Date.now() ^ (Math.random() * 0x100000000)) | 0 : Number(process.env.FUZZ_SEED);

interface FuzzOptions {
  /** Fraction of FUZZ_RUNS for this property (slow entry points). */
  scale?: number;
  /** Per-input time budget in ms: far above the real cost, far below a hang or a blow-up. */
  budgetMs?: number;
}

/**
 * A property over generated inputs, each run timed on its own. A check may return whether the
 * input reached what the property is about (a setting was found, a heredoc was read): then at
 * least one input of the run must have, or the generator is not doing its job.
 */
export function fuzzIt<T>(name: string, arb: fc.Arbitrary<T>, check: (input: T) => boolean | void, opts: FuzzOptions = {}): void {
  const runs = Math.max(10, Math.round(RUNS * (opts.scale ?? 1)));
  const budget = opts.budgetMs ?? 1000;
  it(
    name,
    () => {
      let slowest = 0;
      let total = 0;
      let count = 0;
      let reached = 0;
      let told = false;
      const started = performance.now();
      fc.assert(
        fc.property(arb, (input) => {
          const t0 = performance.now();
          const r = check(input);
          const dt = performance.now() - t0;
          if (dt > budget) throw new Error(`one input took ${dt.toFixed(0)} ms, budget ${budget} ms`);
          slowest = Math.max(slowest, dt);
          total += dt;
          count++;
          if (typeof r === 'boolean') {
            told = true;
            if (r) reached++;
          }
        }),
        { numRuns: runs, seed: SEED, endOnFailure: true },
      );
      if (told && reached === 0) throw new Error(`none of ${count} generated inputs reached what the property checks`);
      if (process.env.FUZZ_REPORT) {
        const line = { property: name, runs, seed: SEED, wallMs: Math.round(performance.now() - started), checkMs: Math.round(total), slowestMs: Number(slowest.toFixed(2)), meanMs: Number((total / Math.max(1, count)).toFixed(3)), reached: told ? reached : undefined };
        fs.appendFileSync(process.env.FUZZ_REPORT, JSON.stringify(line) + '\n');
      }
    },
    LONG ? 0 : 60_000,
  );
}

/** The span lies inside a text of this length, start before end. */
export function assertInside(span: Span | undefined, length: number, what: string): void {
  if (!span) return;
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length)) {
    throw new Error(`${what}: span ${span.start}..${span.end} outside the text (length ${length})`);
  }
}

/** The bytes at the span are exactly the text claimed. */
export function assertAt(text: string, span: Span, claimed: string, what: string): void {
  assertInside(span, text.length, what);
  const got = text.slice(span.start, span.end);
  if (got !== claimed) throw new Error(`${what}: span ${span.start}..${span.end} holds ${JSON.stringify(got)}, claims ${JSON.stringify(claimed)}`);
}

/**
 * The bytes at the span are the text claimed, except where a template tag was read as blank
 * (a masked template: the claim holds spaces where the file holds the tag).
 */
export function assertAtMasked(text: string, span: Span, claimed: string, what: string): void {
  assertInside(span, text.length, what);
  const got = text.slice(span.start, span.end);
  let same = got.length === claimed.length;
  for (let i = 0; same && i < claimed.length; i++) same = claimed[i] === got[i] || claimed[i] === ' ';
  if (!same) throw new Error(`${what}: span ${span.start}..${span.end} holds ${JSON.stringify(got)}, claims ${JSON.stringify(claimed)}`);
}

/**
 * The key as the file holds it, shell quoting undone: a word's span covers its quotes and
 * escapes (`net.'ipv4'.x`, the `'\''` idiom inside `sh -c '...'`, `\$` inside `bash -c "..."`).
 */
export function atShellWord(text: string, span: { start: number; end: number }, key: string, what: string): void {
  assertInside(span, text.length, what);
  const got = text.slice(span.start, span.end);
  const unquoted = (w: string) => w.replace(/\\(.)/g, '$1').replace(/['"]/g, '');
  if (got === key || unquoted(got) === unquoted(key)) return;
  assertAt(text, span, key, what);
}
