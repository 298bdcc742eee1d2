import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentEncoding, decodeBase64, decodeContent } from '../../../src/sources/cloud-init/decode';
import { parseEntity, splitMultipart } from '../../../src/sources/cloud-init/mime';

describe('base64 as Python b64decode reads it', () => {
  it('ignores whitespace and characters outside the alphabet', () => {
    const r = decodeBase64('bmV0\n LmlwdjQ=\n');
    expect(r.ok && r.bytes.toString()).toBe('net.ipv4');
    const dots = decodeBase64('bmV0LmlwdjQudGNw...');
    expect(dots.ok && dots.bytes.toString()).toBe('net.ipv4.tcp');
  });

  it('rejects wrong padding and impossible lengths', () => {
    expect(decodeBase64('bmV0LmlwdjQudGN').ok).toBe(false);
    expect(decodeBase64('bmV0L').ok).toBe(false);
    expect(decodeBase64('bmV0Lg==').ok).toBe(true);
  });
});

describe('write_files encodings', () => {
  it('canonicalises the names cloud-init accepts', () => {
    expect(['b64', 'BASE64', 'gz', 'gzip', 'gz+b64', 'gzip+base64', 'text/plain', '', 'rot13'].map((e) => contentEncoding(e))).toEqual([
      { encoding: 'b64', known: true },
      { encoding: 'b64', known: true },
      { encoding: 'gz', known: true },
      { encoding: 'gz', known: true },
      { encoding: 'gz+b64', known: true },
      { encoding: 'gz+b64', known: true },
      { encoding: 'text', known: true },
      { encoding: 'text', known: true },
      { encoding: 'text', known: false },
    ]);
  });

  it('decodes base64 before gunzip, and gunzips !!binary bytes', () => {
    const gz = zlib.gzipSync(Buffer.from('a = 1\n'));
    const viaText = decodeContent(gz.toString('base64'), undefined, 'gz+b64');
    expect(viaText.ok && viaText.bytes.toString()).toBe('a = 1\n');
    const viaBinary = decodeContent('', gz, 'gz');
    expect(viaBinary.ok && viaBinary.bytes.toString()).toBe('a = 1\n');
    expect(decodeContent('plain', undefined, 'gz').ok).toBe(false);
  });
});

describe('MIME', () => {
  it('reads folded headers, quoted parameters and the body position', () => {
    const t = 'Content-Type: multipart/mixed;\n boundary="a b"\nMIME-Version: 1.0\n\nbody';
    const e = parseEntity(t, (s) => s);
    expect([e.headers.contentType, e.headers.params.boundary, e.body.text, t.slice(e.bodySpan.start, e.bodySpan.end)]).toEqual(['multipart/mixed', 'a b', 'body', 'body']);
  });

  it('splits parts at boundary lines; the line break before a boundary belongs to it', () => {
    const body = 'preamble\r\n--B\r\nContent-Type: text/plain\r\n\r\none\r\n--B\r\n\r\ntwo\r\n--B--\r\nepilogue';
    const parts = splitMultipart({ text: body, map: (s) => s }, 'B');
    expect(parts.map((p) => p.text)).toEqual(['Content-Type: text/plain\r\n\r\none', '\r\ntwo']);
    const first = parts[0]!;
    expect(body.slice(first.map({ start: 0, end: 4 }).start, first.map({ start: 0, end: 4 }).end)).toBe('Cont');
  });
});
