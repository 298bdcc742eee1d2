/**
 * The sysctl.conf / sysctl.d line grammar, as procps-ng `sysctl -p`/`--system`
 * (`parse_setting_line()`) and systemd-sysctl (`conf_file_read()`/`parse_line()`) read it:
 *
 * - whitespace (CR included) is stripped around the line, the key and the value;
 * - blank lines and lines starting with `#` or `;` are comments; there are NO inline
 *   comments: `a = 1 # x` sends `1 # x` to the kernel;
 * - a line is split at its FIRST `=`; a value may contain inner spaces; quotes are kept;
 * - `-key = value` asks the applier to ignore a failure to set the key;
 * - `-pattern` (no `=`) excludes keys from glob assignments;
 * - anything else is "not an assignment" (ignored with a warning; old systemd failed);
 * - no line continuation.
 *
 * The parser never throws: every line becomes an assignment, an exclusion, a comment or a
 * syntax issue with an exact span.
 */
import type { SpanMapper } from '../../core/span';
import type { ParsedSysctl } from '../../model/facts';
import { canonicalKey, isGlobKey } from '../../model/keys';

const identity: SpanMapper = (s) => s;

function isSpace(c: number): boolean {
  // ' ', \t, \n, \v, \f, \r — isspace() in the C locale — plus a byte-order mark.
  return c === 32 || (c >= 9 && c <= 13) || c === 0xfeff;
}

const TEMPLATE_EXPR = /\{\{|\}\}|\$\{|%\{/;
const TEMPLATE_DIRECTIVE = /^(\{%|%\{|\{\{-?\s*(if|else|end|range|with|define|template|block)\b)/;
/** A whole-line Jinja comment `{# ... #}`: a comment, not a directive. */
const TEMPLATE_COMMENT = /^\{#.*#\}$/;

export function parseSysctl(text: string, mapSpan: SpanMapper = identity): ParsedSysctl {
  const out: ParsedSysctl = { assignments: [], exclusions: [], issues: [] };
  const n = text.length;
  let lineStart = 0;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    parseLine(text, lineStart, lineEnd, out, mapSpan);
    if (lineEnd >= n) break;
    lineStart = lineEnd + 1;
  }
  return out;
}

function parseLine(text: string, from: number, to: number, out: ParsedSysctl, mapSpan: SpanMapper): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s >= e) return;
  const first = text[s];
  if (first === '#' || first === ';') return;
  const line = text.slice(s, e);
  // Both template patterns start with `{` or `%`: most lines skip them.
  if (first === '{' || first === '%') {
    if (TEMPLATE_COMMENT.test(line)) return;
    if (TEMPLATE_DIRECTIVE.test(line)) {
      out.issues.push({ code: 'template-directive', span: mapSpan({ start: s, end: e }), text: line });
      return;
    }
  }
  const eq = text.indexOf('=', s);
  if (eq < 0 || eq >= e) {
    if (first === '-') {
      let ks = s + 1;
      while (ks < e && isSpace(text.charCodeAt(ks))) ks++;
      const rawKey = text.slice(ks, e);
      out.exclusions.push({ pattern: canonicalKey(rawKey), rawKey, keySpan: mapSpan({ start: ks, end: e }) });
    } else {
      out.issues.push({ code: 'not-assignment', span: mapSpan({ start: s, end: e }), text: line });
    }
    return;
  }
  let ks = s;
  let ignoreFailure = false;
  if (first === '-') {
    ignoreFailure = true;
    ks++;
    while (ks < eq && isSpace(text.charCodeAt(ks))) ks++;
  }
  let ke = eq;
  while (ke > ks && isSpace(text.charCodeAt(ke - 1))) ke--;
  let vs = eq + 1;
  while (vs < e && isSpace(text.charCodeAt(vs))) vs++;
  const rawKey = text.slice(ks, ke);
  if (ks >= ke) {
    out.issues.push({ code: 'empty-key', span: mapSpan({ start: s, end: e }), text: line });
    return;
  }
  const value = text.slice(vs, e);
  const keySpan = mapSpan({ start: ks, end: ke });
  if (vs >= e) {
    out.issues.push({ code: 'empty-value', span: keySpan, text: line });
  }
  out.assignments.push({
    key: canonicalKey(rawKey),
    rawKey,
    value,
    ignoreFailure,
    isGlob: isGlobKey(rawKey),
    templated: TEMPLATE_EXPR.test(line),
    keySpan,
    valueSpan: mapSpan({ start: vs, end: Math.max(vs, e) }),
    lineSpan: mapSpan({ start: s, end: e }),
  });
}
