/**
 * User-data as cloud-init reads it (doc/rtd/reference/config-format-headers.rst, mime.rst):
 * gzip-compressed data is recognised by its magic bytes; the first line decides the format
 * (`#cloud-config`, `#cloud-config-archive`, `#cloud-boothook`, `#!` script, `## template:
 * jinja` before any of them); `Content-Type: multipart/...` is split into parts, each decoded
 * by its `Content-Transfer-Encoding` and handled by its `Content-Type`. `#include` URLs and part
 * handlers are not followed.
 */
import type { Span } from '../../core/span';
import { analyzeScript, opaque, type MappedText } from '../shell/index';
import { get, isMap, isScalar, itemsOf, parseYaml, scalarText, yamlLimitFindings } from '../yaml/index';
import { LIMITS, limitFinding, nestedTooDeeply } from '../../core/limits';
import { decodeBase64, decodeQuotedPrintable, gunzip, isGzip, utf8, type Decoded } from './decode';
import { readCloudConfig, type Part, type PartContext } from './cloud-config';
import { CLOUD_INIT_RULES, type Stage } from './facts';
import { looksLikeMime, parseEntity, splitMultipart } from './mime';

export type UserDataFormat = 'cloud-config' | 'cloud-config-archive' | 'boothook' | 'script' | 'mime' | 'jinja' | 'other';

const JINJA_HEADER = /^##\s*template:\s*jinja[ \t]*\r?(\n|$)/i;

/** The format a text's first line announces. */
export function formatOf(text: string): UserDataFormat {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (JINJA_HEADER.test(t)) return 'jinja';
  if (/^#cloud-config-archive\b/i.test(t)) return 'cloud-config-archive';
  if (/^#cloud-config\b/i.test(t)) return 'cloud-config';
  if (/^#cloud-boothook\b/i.test(t)) return 'boothook';
  if (t.startsWith('#!')) return 'script';
  if (looksLikeMime(t)) return 'mime';
  return 'other';
}

/** Past the nesting limit (real user-data nests two or three levels): reported where the part starts, not read. */
function tooDeep(part: Part, ctx: PartContext, depth: number): boolean {
  if (depth <= LIMITS.partNesting) return false;
  ctx.facts.findings.push(limitFinding(ctx.facts.file, part.span, `${part.name}: ${nestedTooDeeply('user-data', LIMITS.partNesting)}`));
  return true;
}

export function readUserData(part: Part, ctx: PartContext, depth = 0): void {
  if (tooDeep(part, ctx, depth)) return;
  const format = formatOf(part.text);
  switch (format) {
    case 'jinja': {
      // The header line goes; the rest is rendered by Jinja first: `{{ }}` values stay unknown.
      const m = JINJA_HEADER.exec(part.text.replace(/^\uFEFF/, '')) as RegExpExecArray;
      const skip = m[0].length + (part.text.charCodeAt(0) === 0xfeff ? 1 : 0);
      readUserData({ ...part, text: part.text.slice(skip), map: (s) => part.map({ start: s.start + skip, end: s.end + skip }) }, ctx, depth + 1);
      return;
    }
    case 'cloud-config':
      readCloudConfig(part, ctx);
      return;
    case 'cloud-config-archive':
      readArchive(part, ctx, depth);
      return;
    case 'boothook':
      script(part, 'boothook', ctx);
      return;
    case 'script':
      script(part, 'script', ctx);
      return;
    case 'mime':
      readMime(part, ctx, depth);
      return;
    default:
      return;
  }
}

function script(part: Part, stage: Stage, ctx: PartContext): void {
  const label = `${part.name} ${stage === 'boothook' ? 'boothook' : 'shell script'}`;
  ctx.facts.addShell(analyzeScript(part.text, part.map), ctx.facts.step(stage, label));
  ctx.facts.noteKubernetes(part.text, label);
}

/** A MIME entity: a multipart container, or a single typed part. */
function readMime(part: Part, ctx: PartContext, depth: number): void {
  if (tooDeep(part, ctx, depth)) return;
  const entity = parseEntity(part.text, part.map);
  const type = entity.headers.contentType ?? 'text/plain';
  if (type.startsWith('multipart/')) {
    const boundary = entity.headers.params.boundary;
    if (!boundary) return;
    const parts = splitMultipart(entity.body, boundary);
    tooManyParts(parts.length, entity.bodySpan, part.name, ctx);
    parts.slice(0, LIMITS.parts).forEach((raw, i) => {
      const sub = parseEntity(raw.text, raw.map);
      const name = `MIME part ${i + 1}${sub.headers.filename ? ` (${sub.headers.filename})` : ''}`;
      const payload = transferDecode(sub.body, sub.bodySpan, sub.headers.transferEncoding, name, ctx);
      if (!payload) return;
      dispatchTyped(sub.headers.contentType, { ...payload, name, span: sub.bodySpan }, ctx, depth + 1);
    });
    return;
  }
  const payload = transferDecode(entity.body, entity.bodySpan, entity.headers.transferEncoding, part.name, ctx);
  if (payload) dispatchTyped(type, { ...payload, name: part.name, span: entity.bodySpan }, ctx, depth + 1);
}

/** Handles a part by its Content-Type; untyped and plain parts are sniffed by their first line. */
function dispatchTyped(type: string | undefined, part: Part, ctx: PartContext, depth: number): void {
  switch (type) {
    case 'text/cloud-config':
      if (formatOf(part.text) === 'jinja') readUserData(part, ctx, depth);
      else readCloudConfig(part, ctx);
      return;
    case 'text/x-shellscript':
      script(part, 'script', ctx);
      return;
    case 'text/cloud-boothook':
      script(part, 'boothook', ctx);
      return;
    case 'text/cloud-config-archive':
      readArchive(part, ctx, depth);
      return;
    case 'text/x-include-url':
    case 'text/x-include-once-url':
    case 'text/part-handler':
    case 'text/upstart-job':
      return;
    default:
      if (type?.startsWith('multipart/')) {
        readMime(part, ctx, depth);
        return;
      }
      readUserData(part, ctx, depth);
  }
}

/**
 * Undoes a Content-Transfer-Encoding (and gzip inside it). Decoded text is mapped to the whole
 * body: there is no character-level correspondence with the file.
 */
function transferDecode(body: MappedText, bodySpan: Span, encoding: string | undefined, name: string, ctx: PartContext): (MappedText & { exact: boolean }) | undefined {
  const fail = (d: Decoded & { ok: false }) => {
    if (d.limit) ctx.facts.findings.push(limitFinding(ctx.facts.file, bodySpan, `${name}: ${d.error}`));
    else ctx.facts.findings.push({ ruleId: CLOUD_INIT_RULES.undecodable.id, severity: 'error', message: `${name}: ${d.error}; cloud-init cannot use this part`, location: { file: ctx.facts.file, span: bodySpan }, related: [] });
    return undefined;
  };
  let bytes: Buffer | undefined;
  if (encoding === 'base64' || encoding === 'quoted-printable') {
    const d = encoding === 'base64' ? decodeBase64(body.text) : decodeQuotedPrintable(body.text);
    if (!d.ok) return fail(d);
    bytes = d.bytes;
  }
  if (bytes && isGzip(bytes)) {
    const g = gunzip(bytes);
    if (!g.ok) return fail(g);
    bytes = g.bytes;
  }
  if (!bytes) return { ...body, exact: true };
  const t = utf8(bytes);
  if (!t.ok) return fail({ ok: false, error: t.error });
  return { ...opaque(t.text, bodySpan), exact: false };
}

/** More parts than the limit: the first ones are read, the rest reported once. */
function tooManyParts(count: number, span: Span, name: string, ctx: PartContext): void {
  if (count > LIMITS.parts) ctx.facts.findings.push(limitFinding(ctx.facts.file, span, `${name}: ${count} parts, more than the ${LIMITS.parts} analyzed; the rest is not read`));
}

/** `#cloud-config-archive`: a YAML list of parts (a string, or `{content, type, filename}`). */
function readArchive(part: Part, ctx: PartContext, depth: number): void {
  const docs = parseYaml(part.text, { mapSpan: part.map });
  ctx.facts.findings.push(...yamlLimitFindings(ctx.facts.file, docs));
  for (const doc of docs) {
    const items = itemsOf(doc.contents);
    tooManyParts(items.length, part.span, part.name, ctx);
    items.slice(0, LIMITS.parts).forEach((item, i) => {
      const content = isMap(item) ? get(item, 'content') : item;
      if (!isScalar(content) || content.value === null) return;
      const filename = isMap(item) ? scalarText(get(item, 'filename')) : undefined;
      const type = isMap(item) ? scalarText(get(item, 'type'))?.toLowerCase() : undefined;
      const name = `archive part ${i + 1}${filename ? ` (${filename})` : ''}`;
      dispatchTyped(type, { text: content.text, map: content.map, exact: part.exact && content.exact, span: content.span, name }, ctx, depth + 1);
    });
  }
}

/** Whole user-data bytes that are gzip-compressed: the decompressed text, mapped to `span`. */
export function gunzipUserData(bytes: Buffer, span: Span, ctx: PartContext): Part | undefined {
  const g = gunzip(bytes);
  if (!g.ok && g.limit) {
    ctx.facts.findings.push(limitFinding(ctx.facts.file, span, `gzip-compressed user-data: ${g.error}`));
    return undefined;
  }
  const t = g.ok ? utf8(g.bytes) : g;
  if (!t.ok) {
    ctx.facts.findings.push({ ruleId: CLOUD_INIT_RULES.undecodable.id, severity: 'error', message: `gzip-compressed user-data cannot be decompressed (${t.error})`, location: { file: ctx.facts.file, span }, related: [] });
    return undefined;
  }
  return { ...opaque(t.text, span), exact: false, span, name: 'gzip-compressed user-data' };
}
