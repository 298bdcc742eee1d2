/**
 * Characters every match of a pattern contains (src/policy/required-chars.ts): a value without
 * them is not judged. The set must hold for every value that matches, in JavaScript's engine
 * (built-in policies) and in RE2's (user policies), and the analysis must give up on what it
 * does not model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { RE2JS } from 're2js';
import { describe, expect, it } from 'vitest';
import { holdsAnyOf, requiredCharacters } from '../../src/policy/required-chars';

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every `matches` / `notMatches` pattern of the built-in policies. */
function builtinPatterns(): string[] {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../policies');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.yaml')) for (const m of fs.readFileSync(p, 'utf8').matchAll(/^\s*(?:not)?[mM]atches:\s*'((?:[^']|'')*)'\s*$/gm)) out.push((m[1] as string).replace(/''/g, "'"));
    }
  };
  walk(root);
  return out;
}

const CRAFTED = [
  '\\s[#;]',
  `^"[\\s\\S]*"$|^'[\\s\\S]*'$`,
  'a+b?c',
  'x{2,3}y',
  'x{0,3}y',
  '(ab)+c',
  '(a|b)c',
  'a*|b+',
  '[-#]z',
  '[#-]z',
  '[a-c]q',
  '\\.\\d+',
  '\\bfoo\\b',
  '^$',
  '.+#',
  '[^#]x',
  'a{1}?b',
  'k(?i)x',
  '\\x41',
  '[[:alpha:]]x',
  'a|',
  '\\Qa.b\\E',
  '\\pLx',
  '[]a]x',
];

describe('requiredCharacters', () => {
  it('finds the characters of the two regex rules of the catalogue', () => {
    expect(requiredCharacters('\\s[#;]')).toBe('#;');
    expect(requiredCharacters(`^"[\\s\\S]*"$|^'[\\s\\S]*'$`)).toBe(`"'`);
    expect(requiredCharacters('a+b?c')).toBe('a');
    expect(requiredCharacters('x{0,3}y')).toBe('y');
    expect(requiredCharacters('(ab)+c')).toBe('c');
  });

  it('gives up on what it does not model (inline flags, multi-character escapes, POSIX classes, an empty alternative, optional atoms only)', () => {
    for (const p of ['k(?i)x', '\\x41', '[[:alpha:]]x', 'a|', '\\Qa.b\\E', '\\pLx', '[]a]x', '[^#]', 'a?', 'a{0,2}', '\\s+', '.*', '[a-c]', 'a{', 'é']) expect(requiredCharacters(p), p).toBeUndefined();
  });

  it('holds for every value that matches, in JavaScript and in RE2 (seeded, built-in and crafted patterns)', () => {
    const patterns = [...new Set([...builtinPatterns(), ...CRAFTED])];
    expect(builtinPatterns().length).toBeGreaterThan(3);
    const next = rng(9);
    let judged = 0;
    for (const p of patterns) {
      const chars = requiredCharacters(p);
      if (chars === undefined) continue;
      const js = new RegExp(p);
      let re2: RE2JS | undefined;
      try {
        re2 = RE2JS.compile(p);
      } catch {
        re2 = undefined;
      }
      // Values from the pattern's own characters and a few others, so that many match.
      const alphabet = [...new Set([...p.replace(/\\/g, ''), 'a', 'b', 'c', 'x', 'y', 'z', '0', '7', ' ', '\t', '"', "'", '#', ';'])];
      let matched = 0;
      for (let k = 0; k < 3000; k++) {
        const len = Math.floor(next() * 9);
        let v = '';
        for (let i = 0; i < len; i++) v += alphabet[Math.floor(next() * alphabet.length)];
        const matches = js.test(v) || (re2?.test(v) ?? false);
        if (matches) {
          matched++;
          expect(holdsAnyOf(v, chars), `${p} matches ${JSON.stringify(v)} without any of ${JSON.stringify(chars)}`).toBe(true);
        }
      }
      if (matched > 0) judged++;
    }
    expect(judged).toBeGreaterThan(6);
  });
});
