/**
 * The encodings user-data goes through: base64 (MIME parts, `write_files` `encoding: b64`,
 * YAML `!!binary`) and gzip (whole user-data, `encoding: gz`), decoded the way cloud-init
 * decodes them, with errors reported instead of thrown.
 */
import type zlibModule from 'node:zlib';
import { LIMITS } from '../../core/limits';
import { formatSize } from '../../core/limits';

/** `limit`: not an error in the content, an analysis limit (core/limits.ts) that was reached. */
export type Decoded = { ok: true; bytes: Buffer } | { ok: false; error: string; limit?: boolean };

/** Below this, decoded content may expand by any ratio: it is small anyway. */
const RATIO_FLOOR = 1024 * 1024;

/** The most bytes `encodedSize` bytes may decode to. */
function decodedLimit(encodedSize: number): number {
  return Math.min(LIMITS.decodedSize, Math.max(RATIO_FLOOR, encodedSize * LIMITS.expansionRatio));
}

function overLimit(what: string, encodedSize: number, limit: number): Decoded {
  const error =
    limit < LIMITS.decodedSize
      ? `${what} expands more than ${LIMITS.expansionRatio} times its encoded size of ${formatSize(encodedSize)}: too large to analyze`
      : `${what} too large to analyze: more than ${formatSize(limit)} decoded, limit ${formatSize(limit)}`;
  return { ok: false, error, limit: true };
}

/**
 * base64 as Python's `base64.b64decode` (cloud-init's `util.b64d`) decodes it: characters
 * outside the alphabet (whitespace, a truncation mark) are discarded, then the padding must
 * be right. Node's decoder never fails, which would hide truncated content.
 */
export function decodeBase64(text: string): Decoded {
  const kept = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const pad = kept.indexOf('=');
  const data = pad < 0 ? kept : kept.slice(0, pad);
  const padding = pad < 0 ? 0 : /^=*/.exec(kept.slice(pad))?.[0].length ?? 0;
  const rest = data.length % 4;
  if (rest === 1) return { ok: false, error: `invalid base64: ${data.length} data characters cannot be 1 more than a multiple of 4` };
  if (rest !== 0 && padding < 4 - rest) return { ok: false, error: 'invalid base64: incorrect padding' };
  return { ok: true, bytes: Buffer.from(data, 'base64') };
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export function gunzip(bytes: Uint8Array): Decoded {
  // A few hundred kilobytes of gzip can expand to gigabytes: decompression stops at the limit.
  const limit = decodedLimit(bytes.length);
  try {
    // Loaded on first use: zlib (and the streams it pulls in) costs start-up time on every run,
    // and only gzip user-data needs it (see core/lazy-deps.ts for the same reason).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const zlib = require('node:zlib') as typeof zlibModule;
    return { ok: true, bytes: zlib.gunzipSync(bytes, { maxOutputLength: limit }) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return overLimit('gzip content', bytes.length, limit);
    return { ok: false, error: `not gzip data: ${(e as Error).message}` };
  }
}

/**
 * quoted-printable (RFC 2045 §6.7) as Python's quopri decodes a part: soft line breaks (`=` at
 * the end of a line) are removed, `=XX` is a byte, everything else is itself (UTF-8).
 */
export function decodeQuotedPrintable(text: string): Decoded {
  const limit = decodedLimit(text.length);
  const out = Buffer.allocUnsafe(Math.min(limit, text.length * 3) + 4);
  let n = 0;
  let i = 0;
  while (i < text.length) {
    if (n > limit) return overLimit('quoted-printable content', text.length, limit);
    const c = text.charCodeAt(i);
    if (c === 61 /* = */) {
      if (text[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (text[i + 1] === '\r' && text[i + 2] === '\n') {
        i += 3;
        continue;
      }
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        out[n++] = parseInt(hex, 16);
        i += 3;
        continue;
      }
    }
    // A run of characters without `=`, copied as UTF-8.
    let j = i + 1;
    while (j < text.length && text.charCodeAt(j) !== 61) j++;
    const run = text.slice(i, j);
    if (n + Buffer.byteLength(run, 'utf8') > limit) return overLimit('quoted-printable content', text.length, limit);
    n += out.write(run, n, 'utf8');
    i = j;
  }
  return { ok: true, bytes: out.subarray(0, n) };
}

/** Text of decoded bytes; invalid UTF-8 is reported (cloud-init writes bytes, sysctl reads text). */
export function utf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'the decoded content is not UTF-8 text' };
  }
}

/** `write_files` encodings (cc_write_files.py `canonicalize_extraction`). */
export type ContentEncoding = 'text' | 'b64' | 'gz' | 'gz+b64';

export function contentEncoding(raw: string | undefined): { encoding: ContentEncoding; known: boolean } {
  const e = (raw ?? '').trim().toLowerCase();
  if (e === '' || e === 'text/plain') return { encoding: 'text', known: true };
  if (e === 'b64' || e === 'base64') return { encoding: 'b64', known: true };
  if (e === 'gz' || e === 'gzip') return { encoding: 'gz', known: true };
  if (['gz+base64', 'gzip+base64', 'gz+b64', 'gzip+b64'].includes(e)) return { encoding: 'gz+b64', known: true };
  return { encoding: 'text', known: false };
}

/**
 * Decodes `write_files` content: `binary` is the bytes of a `!!binary` value (already base64-
 * decoded by YAML), else the string. Like cloud-init, base64 comes before gunzip.
 */
export function decodeContent(text: string, binary: Buffer | undefined, encoding: ContentEncoding): Decoded {
  let bytes: Buffer | undefined = binary;
  if (encoding === 'b64' || encoding === 'gz+b64') {
    const d = decodeBase64(bytes ? bytes.toString('latin1') : text);
    if (!d.ok) return d;
    bytes = d.bytes;
  }
  bytes ??= Buffer.from(text, 'utf8');
  if (encoding === 'gz' || encoding === 'gz+b64') return gunzip(bytes);
  return { ok: true, bytes };
}
