/**
 * Suppression directives, read from the text of any linted file whatever its kind (sysctl.conf,
 * YAML, ...): they are whole-line `#` comments, which every such format treats as a comment, so
 * no source kind has to know about them and none mistakes them for content.
 *
 *   # sysctl-lint disable-next-line <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>
 *   # sysctl-lint disable <rule>[, <rule>] [until=YYYY-MM-DD] -- <reason>
 *
 * `disable-next-line` covers the next line that is neither blank nor a `#` comment; `disable`
 * covers the whole file, wherever it stands. A `#` after other text on a line is never a
 * directive: in sysctl files it is part of the value.
 */
import type { Span } from '../core/span';

export type DirectiveKind = 'disable-next-line' | 'disable';

interface DirectiveRule {
  id: string;
  span: Span;
}

export interface Directive {
  kind: DirectiveKind;
  /** The comment, from `#` to the end of the line. */
  span: Span;
  /** 1-based line of the comment. */
  line: number;
  /** disable-next-line: the 1-based line it covers (undefined when no such line follows). */
  targetLine?: number;
  rules: DirectiveRule[];
  until?: { date: string; span: Span };
  /** The text after ` -- `, trimmed; undefined when there is none. */
  reason?: string;
  /** Why the directive cannot be used as written (it then suppresses nothing). */
  malformed?: { message: string; span: Span };
}

const DIRECTIVE = /^([ \t]*)#[ \t]*sysctl-lint[ \t]+([A-Za-z][\w-]*)(.*)$/;
const KINDS: readonly string[] = ['disable-next-line', 'disable'];
/** Words that show the comment was meant as a directive even though it is not a valid one. */
const LOOKS_LIKE_DIRECTIVE = /^(disable|enable|ignore|suppress)/i;
const RULE_ID = /^(sysctl-lint\/)?[a-z0-9][a-z0-9-]*$/;

/** Calendar-checked YYYY-MM-DD. */
export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

interface Line {
  start: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 10 || c === 13) {
      lines.push({ start, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

function isCodeLine(s: string): boolean {
  const t = s.trim();
  return t !== '' && !t.startsWith('#');
}

/** Finds every directive in a file's text. Cheap for the usual file without any. */
export function parseDirectives(text: string): Directive[] {
  if (!text.includes('sysctl-lint')) return [];
  const lines = splitLines(text);
  const out: Directive[] = [];
  lines.forEach((ln, idx) => {
    const m = DIRECTIVE.exec(ln.text);
    if (!m) return;
    const kindWord = m[2] as string;
    const hashAt = ln.start + (m[1] as string).length;
    const span = { start: hashAt, end: ln.start + ln.text.trimEnd().length };
    if (!KINDS.includes(kindWord)) {
      if (!LOOKS_LIKE_DIRECTIVE.test(kindWord)) return; // prose that mentions sysctl-lint
      const at = ln.text.indexOf(kindWord, (m[1] as string).length);
      out.push({ kind: 'disable', span, line: idx + 1, rules: [], malformed: { message: `unknown directive "${kindWord}": use disable-next-line or disable`, span: { start: ln.start + at, end: ln.start + at + kindWord.length } } });
      return;
    }
    const kind = kindWord as DirectiveKind;
    const restStart = ln.start + ln.text.length - (m[3] as string).length;
    const rest = m[3] as string;
    // The reason follows two or more dashes standing alone (ESLint's `-- reason`).
    const sep = /(^|[ \t])--+([ \t]|$)/.exec(rest);
    const head = sep ? rest.slice(0, sep.index) : rest;
    const reasonText = sep ? rest.slice(sep.index + sep[0].length).trim() : undefined;
    const d: Directive = { kind, span, line: idx + 1, rules: [], reason: reasonText ? reasonText : undefined };
    let prevEnd = 0;
    for (const tok of head.matchAll(/[^\s,]+/g)) {
      const word = tok[0];
      const at = tok.index ?? 0;
      const wspan = { start: restStart + at, end: restStart + at + word.length };
      const afterComma = head.slice(prevEnd, at).includes(',');
      prevEnd = at + word.length;
      if (word.startsWith('until=')) {
        const date = word.slice('until='.length);
        if (d.until) d.malformed ??= { message: 'until= given twice', span: wspan };
        else if (!isValidDate(date)) d.malformed ??= { message: `until=${date} is not a date: write until=YYYY-MM-DD`, span: wspan };
        d.until = { date, span: wspan };
      } else if (word.includes('=')) {
        d.malformed ??= { message: `unknown option "${word}": the only option is until=YYYY-MM-DD`, span: wspan };
      } else if (!RULE_ID.test(word)) {
        d.malformed ??= { message: `"${word}" is not a rule id (rule ids are separated by commas; the reason follows " -- ")`, span: wspan };
      } else if (d.rules.length > 0 && !afterComma) {
        d.malformed ??= { message: `"${word}" follows the rule ids without a comma: separate rule ids with commas and put the reason after " -- "`, span: wspan };
      } else d.rules.push({ id: word, span: wspan });
    }
    if (!d.malformed && d.rules.length === 0) d.malformed = { message: `${kind} names no rule: list the rule ids it suppresses (sysctl-lint --list-rules)`, span };
    if (kind === 'disable-next-line') {
      for (let j = idx + 1; j < lines.length; j++) {
        if (isCodeLine((lines[j] as Line).text)) {
          d.targetLine = j + 1;
          break;
        }
      }
      if (d.targetLine === undefined && !d.malformed) d.malformed = { message: 'disable-next-line has no line after it to apply to', span };
    }
    out.push(d);
  });
  return out;
}
