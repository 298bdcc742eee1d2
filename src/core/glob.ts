/**
 * glob(7) patterns as systemd and procps expand them: `*` and `?` never cross a separator
 * (`.` in sysctl keys, `/` in paths), `[...]` / `[!...]` classes (which never match the
 * separator either).
 *
 * Patterns come from linted files, so matching must not backtrack: a key such as
 * `net.********************.x` turned into a regular expression takes exponential time. The
 * matcher below is the classic two-pointer wildcard match, which keeps only the last `*` to
 * retry from: a separator is matched by the separator alone, so no retry ever crosses one and
 * each segment costs at most (pattern length x text length) steps.
 */

type Token =
  | { kind: 'char'; code: number }
  | { kind: 'any' }
  | { kind: 'star' }
  /** `ranges` holds [low, high] code pairs; a reversed range (`z-a`) matches nothing, as in fnmatch. */
  | { kind: 'class'; negated: boolean; ranges: number[] };

export interface Glob {
  /** Does the whole text match? */
  test(text: string): boolean;
  /** Does the pattern match the text's first segments (followed by a separator or the end)? */
  testPrefix(text: string): boolean;
}

function parse(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 42 /* * */) {
      // Consecutive stars are one star.
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === 63 /* ? */) tokens.push({ kind: 'any' });
    else if (c === 91 /* [ */) {
      let j = i + 1;
      const negated = pattern[j] === '!' || pattern[j] === '^';
      if (negated) j++;
      // A `]` right after `[` or `[!` is a member, not the end.
      const close = pattern.indexOf(']', j + 1);
      if (close < 0) {
        tokens.push({ kind: 'char', code: c });
        continue;
      }
      const ranges: number[] = [];
      for (let k = j; k < close; k++) {
        let lo = pattern.charCodeAt(k);
        if (lo === 92 /* \ */ && k + 1 < close) lo = pattern.charCodeAt(++k);
        if (pattern[k + 1] === '-' && k + 2 < close) {
          let hi = pattern.charCodeAt(k + 2);
          k += 2;
          if (hi === 92 && k + 1 < close) hi = pattern.charCodeAt(++k);
          ranges.push(lo, hi);
        } else ranges.push(lo, lo);
      }
      tokens.push({ kind: 'class', negated, ranges });
      i = close;
    } else if (c === 92 /* \ */ && i + 1 < pattern.length) tokens.push({ kind: 'char', code: pattern.charCodeAt(++i) });
    else tokens.push({ kind: 'char', code: c });
  }
  return tokens;
}

function matchesOne(t: Token, code: number, sep: number): boolean {
  switch (t.kind) {
    case 'char':
      return t.code === code;
    case 'any':
      return code !== sep;
    case 'class': {
      if (code === sep) return false;
      let inside = false;
      for (let i = 0; i < t.ranges.length; i += 2) {
        if (code >= (t.ranges[i] as number) && code <= (t.ranges[i + 1] as number)) {
          inside = true;
          break;
        }
      }
      return inside !== t.negated;
    }
    default:
      return false;
  }
}

/** Matches tokens against text[0, end). */
function run(tokens: Token[], text: string, end: number, sep: number): boolean {
  let t = 0;
  let s = 0;
  let starT = -1;
  let starS = 0;
  while (s < end) {
    const tok = tokens[t];
    const code = text.charCodeAt(s);
    if (tok !== undefined && tok.kind === 'star') {
      starT = t++;
      starS = s;
    } else if (tok !== undefined && matchesOne(tok, code, sep)) {
      // A separator is matched only by itself: what came before can no longer move.
      if (code === sep) starT = -1;
      t++;
      s++;
    } else if (starT >= 0 && text.charCodeAt(starS) !== sep) {
      t = starT + 1;
      s = ++starS;
    } else return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

const cache = new Map<string, Glob>();
/** Distinct patterns kept compiled; a file with more simply compiles them again. */
const CACHE_LIMIT = 10_000;

export function compileGlob(pattern: string, separator: '.' | '/'): Glob {
  const id = separator + pattern;
  let g = cache.get(id);
  if (g) return g;
  const tokens = parse(pattern);
  const sep = separator.charCodeAt(0);
  const segments = tokens.filter((t) => t.kind === 'char' && t.code === sep).length + 1;
  g = {
    test: (text) => run(tokens, text, text.length, sep),
    testPrefix: (text) => {
      let end = -1;
      for (let n = 0; n < segments; n++) {
        end = text.indexOf(separator, end + 1);
        if (end < 0) break;
      }
      return run(tokens, text, end < 0 ? text.length : end, sep);
    },
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(id, g);
  return g;
}
