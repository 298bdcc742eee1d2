/**
 * One-line scalars without escapes are decoded by slicing the source. The slice must give the
 * same text and the same offset map as the character-by-character decoder, for every input:
 * here 30,000 generated scalars with blanks, quotes, backslashes, line breaks and astral
 * characters, and the single-line cases at their edges.
 */
import { describe, expect, it } from 'vitest';
import { decodeBlock, decodeBlockGeneral, decodeDoubleQuoted, decodeDoubleQuotedGeneral, decodePlain, decodePlainGeneral, decodeSingleQuoted, decodeSingleQuotedGeneral } from '../../../src/sources/yaml/scalar-text';

const ALPHABET = ['a', 'b', '1', ' ', ' ', '\t', "'", '"', '\\', 'n', 'x', '\n', '\r', '#', ':', 'é', '😀', '.'];

/** Deterministic: mulberry32. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function texts(count: number, seed: number, breaks: boolean): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const len = Math.floor(next() * 12);
    for (let i = 0; i < len; i++) {
      const ch = ALPHABET[Math.floor(next() * ALPHABET.length)] as string;
      if (!breaks && (ch === '\n' || ch === '\r')) continue;
      s += ch;
    }
    out.push(s);
  }
  return out;
}

/** The decoding and where each decoded character and the end map to. */
function shape(d: { text: string; map: { mapSpan(s: { start: number; end: number }): { start: number; end: number }; length: number } } | undefined) {
  if (!d) return undefined;
  const spans = [];
  for (let i = 0; i <= d.text.length; i++) spans.push(d.map.mapSpan({ start: i, end: Math.min(i + 1, d.text.length) }), d.map.mapSpan({ start: i, end: i }));
  return { text: d.text, length: d.map.length, spans, map: d.map };
}

describe('scalar decoding by slice', () => {
  const prefix = 'key: ';
  const cases = [...texts(10_000, 7, true), ...texts(10_000, 8, false), '', ' ', '\t', 'a ', 'a\t \t', '  a', "''", "it''s", '\\', '\\"', 'a\\\\b'];

  it('gives a plain scalar the text and map of the general decoder', () => {
    let sliced = 0;
    for (const body of cases) {
      const src = prefix + body + ' # c';
      const end = prefix.length + body.length;
      if (!/[\n\r]/.test(body)) sliced++;
      expect(shape(decodePlain(src, prefix.length, end))).toEqual(shape(decodePlainGeneral(src, prefix.length, end)));
    }
    expect(sliced).toBeGreaterThan(10_000);
  });

  it('gives a single-quoted scalar the text and map of the general decoder', () => {
    for (const body of cases) {
      const src = `${prefix}'${body}'\n`;
      const end = prefix.length + body.length + 2;
      expect(shape(decodeSingleQuoted(src, prefix.length, end))).toEqual(shape(decodeSingleQuotedGeneral(src, prefix.length, end)));
    }
    // A quote that is not the end is always doubled: `it''s` is one quote.
    expect(decodeSingleQuoted(`'it''s'`, 0, 7).text).toBe("it's");
  });

  it('gives a double-quoted scalar the text and map of the general decoder', () => {
    for (const body of cases) {
      const src = `${prefix}"${body}"\n`;
      const end = prefix.length + body.length + 2;
      expect(shape(decodeDoubleQuoted(src, prefix.length, end))).toEqual(shape(decodeDoubleQuotedGeneral(src, prefix.length, end)));
    }
    expect(decodeDoubleQuoted('"a\\tb"', 0, 6)?.text).toBe('a\tb');
  });

  it('gives a literal block scalar the text and map of the general decoder', () => {
    // Bodies of 0–6 lines: content at the indentation, deeper, shallower, blank lines shorter
    // and longer than the indentation, with and without a final line break.
    const next = random(11);
    const LINES = ['    a', '    b c', '      deep', '  shallow', '', '  ', '    ', '      ', '    # x', '    \t', '    é😀'];
    let fast = 0;
    for (let k = 0; k < 20_000; k++) {
      const n = Math.floor(next() * 7);
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(LINES[Math.floor(next() * LINES.length)] as string);
      const header = ['|', '|-', '|+'][k % 3] as string;
      const body = lines.join('\n') + (next() < 0.7 ? '\n' : '');
      const src = `key: ${header}\n${body}`;
      const start = src.indexOf('\n') + 1;
      const general = decodeBlockGeneral(src, header, start, src.length, 0);
      if (general && general.text.length) fast++;
      expect(shape(decodeBlock(src, header, start, src.length, 0)), JSON.stringify(src)).toEqual(shape(general));
    }
    expect(fast).toBeGreaterThan(10_000);
  });
});
