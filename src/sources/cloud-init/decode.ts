/**
 * The encodings user-data goes through: base64 (MIME parts, `write_files` `encoding: b64`,
 * YAML `!!binary`) and gzip (whole user-data, `encoding: gz`), decoded the way cloud-init
 * decodes them, with errors reported instead of thrown.
 */
import zlib from 'node:zlib';

export type Decoded = { ok: true; bytes: Buffer } | { ok: false; error: string };

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
  try {
    return { ok: true, bytes: zlib.gunzipSync(bytes) };
  } catch (e) {
    return { ok: false, error: `not gzip data: ${(e as Error).message}` };
  }
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
