/**
 * Multi-part MIME user-data (RFC 2045/2046, as `cloud-init devel make-mime` writes it and
 * Python's email parser reads it): headers with folded lines and parameters, `multipart/*`
 * bodies split at boundary lines, each part's body with its position in the file. Transfer
 * encodings are left to the caller.
 */
import type { Span } from '../../core/span';
import type { MappedText } from '../shell/index';

interface MimeHeaders {
  /** Lower-cased `type/subtype`, or undefined when absent. */
  contentType?: string;
  params: Record<string, string>;
  transferEncoding?: string;
  filename?: string;
}

export interface MimeEntity {
  headers: MimeHeaders;
  /** The body as written (before transfer decoding), mapped into the file. */
  body: MappedText;
  /** File span of the body. */
  bodySpan: Span;
  /** File span of the entity's headers (where a finding about the part goes). */
  headerSpan: Span;
}

/** Whether a text starts like a MIME message (cloud-init: `Content-Type: multipart/...` first). */
export function looksLikeMime(text: string): boolean {
  return /^\uFEFF?(content-type|mime-version)\s*:/i.test(text);
}

/** Splits `text` into headers and body. `map` gives file spans of `text`. */
export function parseEntity(text: string, map: (s: Span) => Span): MimeEntity {
  let i = 0;
  const lines: Array<{ name: string; value: string }> = [];
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const line = text.slice(i, end).replace(/\r$/, '');
    if (line === '') {
      i = end + 1;
      break;
    }
    if (/^[ \t]/.test(line) && lines.length) (lines[lines.length - 1] as { value: string }).value += ' ' + line.trim();
    else {
      const colon = line.indexOf(':');
      if (colon > 0) lines.push({ name: line.slice(0, colon).trim().toLowerCase(), value: line.slice(colon + 1).trim() });
    }
    i = end + 1;
  }
  const bodyStart = Math.min(i, text.length);
  const headers: MimeHeaders = { params: {} };
  for (const h of lines) {
    if (h.name === 'content-type') {
      const p = parseParams(h.value);
      headers.contentType = p.value.toLowerCase() || undefined;
      headers.params = p.params;
    } else if (h.name === 'content-transfer-encoding') headers.transferEncoding = h.value.toLowerCase();
    else if (h.name === 'content-disposition') headers.filename = parseParams(h.value).params.filename;
  }
  const bodyText = text.slice(bodyStart);
  return {
    headers,
    body: { text: bodyText, map: (s) => map({ start: s.start + bodyStart, end: s.end + bodyStart }) },
    bodySpan: map({ start: bodyStart, end: text.length }),
    headerSpan: map({ start: 0, end: Math.max(0, Math.min(text.length, bodyStart - 1)) }),
  };
}

/** `type/subtype; a=1; b="x y"` into the value and lower-cased parameter names. */
function parseParams(v: string): { value: string; params: Record<string, string> } {
  const [value = '', ...rest] = splitUnquoted(v, ';');
  const params: Record<string, string> = {};
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    let val = p.slice(eq + 1).trim();
    if (val.startsWith('"') && val.endsWith('"') && val.length >= 2) val = val.slice(1, -1).replace(/\\(.)/g, '$1');
    params[p.slice(0, eq).trim().toLowerCase()] = val;
  }
  return { value: value.trim(), params };
}

function splitUnquoted(v: string, sep: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < v.length; i++) {
    const c = v[i] as string;
    if (c === '"') quoted = !quoted;
    if (c === sep && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * The parts of a multipart body: text between `--boundary` lines, up to `--boundary--`. The
 * line break before a boundary line belongs to the boundary (RFC 2046 §5.1.1).
 */
export function splitMultipart(body: MappedText, boundary: string): MappedText[] {
  const t = body.text;
  const delim = '--' + boundary;
  const parts: MappedText[] = [];
  let partStart = -1;
  let i = 0;
  while (i <= t.length) {
    let end = t.indexOf('\n', i);
    if (end < 0) end = t.length;
    const line = t.slice(i, end).replace(/\r$/, '').replace(/[ \t]+$/, '');
    if (line === delim || line === delim + '--') {
      if (partStart >= 0) {
        let pe = i;
        if (t[pe - 1] === '\n') pe--;
        if (t[pe - 1] === '\r') pe--;
        const s = partStart;
        const e = Math.max(s, pe);
        parts.push({ text: t.slice(s, e), map: (sp) => body.map({ start: sp.start + s, end: sp.end + s }) });
      }
      if (line === delim + '--') break;
      partStart = Math.min(t.length, end + 1);
    }
    if (end >= t.length) break;
    i = end + 1;
  }
  return parts;
}
