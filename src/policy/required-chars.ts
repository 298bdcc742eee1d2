/**
 * Characters a regular expression cannot match without: for `\s[#;]`, a value holding neither
 * `#` nor `;` cannot match, which a scan for two characters tells faster than the policy code
 * around a match takes to set up. Two rules of the catalogue match every line of every node
 * with such an expression (inline comments, quoted values), and most lines hold none of the
 * characters. See {@link requiredCharacters}.
 *
 * The analysis is deliberately small: it reads a pattern as alternatives of concatenated atoms,
 * and gives up (no set: every value may match) on anything it does not model exactly in both
 * RE2 and JavaScript syntax (inline flags, escapes that are more than one character, POSIX
 * classes, braces that are not a counted repetition).
 */

/** Escapes of one character that match a class of characters, never a literal one. */
const CLASS_ESCAPES = new Set(['s', 'S', 'd', 'D', 'w', 'W']);
/** Escapes that match no character (assertions). */
const ZERO_WIDTH_ESCAPES = new Set(['b', 'B']);

/** An atom of a pattern: the characters it matches when it is a literal or a plain class, and where it ends. */
interface Atom {
  chars?: string;
  end: number;
}

class GiveUp extends Error {}

function isAsciiPunctuation(c: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(c);
}

/** A class `[...]` starting at `at`: its characters when it lists plain characters only. */
function readClass(src: string, at: number): Atom {
  let i = at + 1;
  const negated = src[i] === '^';
  if (negated) i++;
  // `[]...]` and `[^]...]` differ between RE2 and JavaScript.
  if (src[i] === ']') throw new GiveUp();
  let chars = '';
  let plain = !negated;
  for (; i < src.length && src[i] !== ']'; i++) {
    const c = src[i] as string;
    if (c === '[') throw new GiveUp();
    if (c === '\\') {
      const e = src[++i] ?? '';
      if (CLASS_ESCAPES.has(e)) plain = false;
      else if (isAsciiPunctuation(e)) chars += e;
      else throw new GiveUp();
    } else if (c === '-' && chars !== '' && src[i + 1] !== ']') plain = false;
    else if (c.charCodeAt(0) > 0x7e || c.charCodeAt(0) < 0x20) throw new GiveUp();
    else chars += c;
  }
  if (i >= src.length) throw new GiveUp();
  return { chars: plain && chars !== '' ? chars : undefined, end: i + 1 };
}

/** A group `(...)` starting at `at`, skipped as an atom of its own. */
function skipGroup(src: string, at: number): Atom {
  if (src[at + 1] === '?') throw new GiveUp();
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = readClass(src, i).end - 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return { end: i + 1 };
  }
  throw new GiveUp();
}

/** Where a repetition after an atom ends, and whether it allows the atom not to occur. */
function readRepetition(src: string, at: number): { optional: boolean; end: number } {
  const c = src[at];
  let optional = false;
  let end = at;
  if (c === '*' || c === '?') {
    optional = true;
    end = at + 1;
  } else if (c === '+') end = at + 1;
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(at));
    if (!m) throw new GiveUp();
    optional = Number(m[1]) === 0;
    end = at + m[0].length;
  }
  if (end > at && src[end] === '?') end++;
  if (src[end] === '*' || src[end] === '+' || src[end] === '{') throw new GiveUp();
  return { optional, end };
}

/** The first atom of one alternative that every match contains, as its characters; undefined when there is none. */
function requiredInAlternative(src: string, start: number, stop: number): string | undefined {
  let found: string | undefined;
  for (let i = start; i < stop; ) {
    const c = src[i] as string;
    let atom: Atom;
    if (c === '^' || c === '$') {
      i++;
      continue;
    } else if (c === '\\') {
      const e = src[i + 1] ?? '';
      if (ZERO_WIDTH_ESCAPES.has(e)) {
        i += 2;
        continue;
      }
      if (CLASS_ESCAPES.has(e)) atom = { end: i + 2 };
      else if (isAsciiPunctuation(e)) atom = { chars: e, end: i + 2 };
      else throw new GiveUp();
    } else if (c === '[') atom = readClass(src, i);
    else if (c === '(') atom = skipGroup(src, i);
    else if (c === '.') atom = { end: i + 1 };
    else if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{' || c === '}' || c === ']') throw new GiveUp();
    else if (c.charCodeAt(0) > 0x7e || c.charCodeAt(0) < 0x20) throw new GiveUp();
    else atom = { chars: c, end: i + 1 };
    const rep = readRepetition(src, atom.end);
    if (found === undefined && atom.chars !== undefined && !rep.optional) found = atom.chars;
    i = rep.end;
  }
  return found;
}

/** Where the top-level alternatives of a pattern start and end. */
function alternatives(src: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') i = readClass(src, i).end - 1;
    else if (c === '(') i = skipGroup(src, i).end - 1;
    else if (c === '|') {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, src.length]);
  return out;
}

/**
 * Characters of which every match of `source` contains at least one, or undefined when the
 * pattern is not understood well enough to say (a value may then match whatever it holds).
 */
export function requiredCharacters(source: string): string | undefined {
  try {
    let all = '';
    for (const [start, stop] of alternatives(source)) {
      const chars = requiredInAlternative(source, start, stop);
      if (chars === undefined) return undefined;
      for (const c of chars) if (!all.includes(c)) all += c;
    }
    return all === '' ? undefined : all;
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

/** Does `text` hold one of `chars`? */
export function holdsAnyOf(text: string, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (text.includes(chars[i] as string)) return true;
  return false;
}
