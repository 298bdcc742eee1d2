/**
 * YAML and JSON (a JSON file is a YAML flow document) into {@link YDocument}s with exact spans.
 *
 * Plain block documents (nearly all configuration) are read directly by ./block-reader. Every
 * other document is parsed by the `yaml` package (it recovers from errors and reports all of
 * them with offsets); its documents are converted at once into the small tree of ./tree and dropped, so no
 * library syntax tree outlives the parse. Scalars are decoded a second time by ./scalar-text
 * to learn where each character of the value comes from.
 *
 * Multi-document files are split at `---` lines first (a `---` at the start of a line always
 * starts a document, even inside a block or quoted scalar), so a caller can skip documents
 * that cannot matter without parsing them.
 */
import type { Node as LibNode, Scalar } from 'yaml';
import { yamlLib } from '../../core/lazy-deps';
import type { Span } from '../../core/span';
import { formatSize, LIMITS, tooLargeToAnalyze } from '../../core/limits';
import { OffsetMap, type SpanMapper } from './offset-map';
import { decodeBlock, decodeDoubleQuoted, decodePlain, decodeSingleQuoted, type DecodedScalar, type ScalarStyle } from './scalar-text';
import type { YDocument, YNode, YPair, YamlProblem, YScalar } from './tree';
import { readBlockDocument } from './block-reader';

export interface ParseYamlOptions {
  /** Maps spans of `text` to spans of the real file (YAML embedded in a string). */
  mapSpan?: SpanMapper;
  /** Parse only the documents whose text passes this test (a cheap prefilter). */
  keepDocument?: (docText: string) => boolean;
  /**
   * Error recovery for templates: lines that hold nothing but template tags (`{{- if .x }}`,
   * `{% endfor %}`, `%{ for k, v in m ~}`) are read as blank lines, so the YAML around them
   * parses as written. Offsets do not change; the lines are reported in `templateLines`.
   */
  blankTemplateLines?: boolean;
}

const TEMPLATE_LINE = /^[ \t]*(?:(?:\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|%\{.*?\})[ \t]*)+\r?$/gm;

/** The text with template-only lines replaced by spaces, and those lines' spans. */
function blankTemplateLines(text: string): { text: string; lines: Span[] } {
  const lines: Span[] = [];
  if (!/\{\{|\{%|\{#|%\{/.test(text)) return { text, lines };
  const out = text.replace(TEMPLATE_LINE, (m: string, offset: number) => {
    lines.push({ start: offset, end: offset + m.length });
    return m.replace(/[^\r\n]/g, ' ');
  });
  return { text: out, lines };
}

export interface DocumentSlice {
  start: number;
  end: number;
}

const DOC_START = /^---(?=[ \t\r\n]|$)/gm;
const CONTENT_LINE = /^(?![ \t]*(#|%|$))/m;

/**
 * Document boundaries: each `---` line starts one. Text before the first `---` that holds no
 * content (comments, directives) belongs to the first document.
 */
export function splitDocuments(text: string): DocumentSlice[] {
  const starts: number[] = [0];
  DOC_START.lastIndex = 0;
  for (let m = DOC_START.exec(text); m; m = DOC_START.exec(text)) if (m.index > 0) starts.push(m.index);
  const slices: DocumentSlice[] = [];
  for (let i = 0; i < starts.length; i++) slices.push({ start: starts[i] as number, end: starts[i + 1] ?? text.length });
  const first = slices[0];
  if (slices.length > 1 && first && !CONTENT_LINE.test(text.slice(first.start, first.end))) {
    slices.shift();
    (slices[0] as DocumentSlice).start = 0;
  }
  return slices;
}

export function parseYaml(text: string, opts: ParseYamlOptions = {}): YDocument[] {
  const out: YDocument[] = [];
  let parsed = 0;
  for (const slice of splitDocuments(text)) {
    let docText = text.slice(slice.start, slice.end);
    if (opts.keepDocument && !opts.keepDocument(docText)) continue;
    parsed += docText.length;
    if (parsed > LIMITS.yamlText) {
      // This document and the rest of the file are past the limit: one placeholder says so.
      const rest = { start: slice.start, end: text.length };
      const range = opts.mapSpan ? opts.mapSpan(rest) : rest;
      const skipped = out.length === 0 ? tooLargeToAnalyze('YAML document', docText.length, LIMITS.yamlText) : `YAML from here on is past the ${formatSize(LIMITS.yamlText)} analyzed per file: not analyzed`;
      out.push({ contents: null, range, errors: [], skipped });
      break;
    }
    let templateLines: Span[] = [];
    if (opts.blankTemplateLines) {
      const b = blankTemplateLines(docText);
      docText = b.text;
      templateLines = b.lines.map((l) => ({ start: l.start + slice.start, end: l.end + slice.start }));
    }
    const docs = parseSlice(docText, slice.start, opts.mapSpan);
    if (templateLines.length && docs[0]) docs[0].templateLines = opts.mapSpan ? templateLines.map(opts.mapSpan) : templateLines;
    out.push(...docs);
  }
  return out;
}

/** A span of the slice to a span of the file. */
type ToFile = (s: Span) => Span;

function parseSlice(docText: string, base: number, mapSpan: SpanMapper | undefined): YDocument[] {
  const shift = (s: Span): Span => ({ start: s.start + base, end: s.end + base });
  const toFile: ToFile = mapSpan ? (s) => mapSpan(shift(s)) : shift;
  if (useBlockReader && docText.length <= LIMITS.scriptSize) {
    const doc = readBlockDocument(docText, base, mapSpan);
    if (doc) return [doc];
  }
  return parseSliceWithLibrary(docText, toFile);
}

/** Whether plain block documents are read by ./block-reader (off only to compare both readers). */
let useBlockReader = true;

/** Reads every document with the `yaml` package (tests compare it with ./block-reader). */
export function withLibraryOnly<T>(run: () => T): T {
  const before = useBlockReader;
  useBlockReader = false;
  try {
    return run();
  } finally {
    useBlockReader = before;
  }
}

function parseSliceWithLibrary(docText: string, toFile: ToFile): YDocument[] {
  let docs;
  try {
    docs = yamlLib().parseAllDocuments(docText, { keepSourceTokens: true, strict: false, uniqueKeys: false });
  } catch (e) {
    return [{ contents: null, range: toFile({ start: 0, end: docText.length }), errors: [{ code: 'YAML_FAILURE', message: (e as Error).message, span: toFile({ start: 0, end: 0 }) }] }];
  }
  const list = Array.isArray(docs) ? docs : [docs];
  const result: YDocument[] = [];
  // The library places an error about a missing end (a quote, an indented line) one past the
  // text; spans stay inside the file.
  const within = (pos: readonly number[]): Span => {
    const start = Math.min(pos[0] ?? 0, docText.length);
    return { start, end: Math.min(Math.max(start, pos[1] ?? start), docText.length) };
  };
  for (const d of list) {
    const conv = new Converter(docText, toFile);
    const contents = d.contents ? conv.node(d.contents as LibNode) : null;
    const errors: YamlProblem[] = d.errors.map((e) => ({ code: e.code, message: firstLine(e.message), span: toFile(within(e.pos)) }));
    const r = d.range;
    result.push({ contents, range: toFile(within([r[0], r[2]])), errors });
  }
  if (list.length === 0 && 'errors' in docs && Array.isArray(docs.errors)) {
    const errors = (docs.errors as Array<{ code: string; message: string; pos: [number, number] }>).map((e) => ({ code: e.code, message: firstLine(e.message), span: toFile(within(e.pos)) }));
    if (errors.length) result.push({ contents: null, range: toFile({ start: 0, end: docText.length }), errors });
  }
  return result;
}

/** The library's message without its own line/column and excerpt (positions are ours). */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').trim();
}

const STYLE: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

interface TokenLike {
  type?: string;
  offset?: number;
  indent?: number;
  source?: string;
  props?: TokenLike[];
}

class Converter {
  // The yaml package is loaded on first use (core/lazy-deps): runs without YAML inputs never load it.
  private readonly lib = yamlLib();

  constructor(
    private readonly text: string,
    private readonly toFile: ToFile,
  ) {}

  private range(n: LibNode): Span {
    const r = n.range;
    return this.toFile(r ? { start: r[0], end: r[1] } : { start: 0, end: 0 });
  }

  node(n: LibNode): YNode {
    if (this.lib.isScalar(n)) return this.scalar(n);
    if (this.lib.isMap(n)) {
      const pairs: YPair[] = [];
      for (const p of n.items) pairs.push({ key: this.maybe(p.key), value: this.maybe(p.value) });
      return { kind: 'map', pairs, flow: !!n.flow, range: this.range(n) };
    }
    if (this.lib.isSeq(n)) {
      const items: Array<YNode | null> = [];
      for (const it of n.items) {
        if (this.lib.isPair(it)) {
          // `[a: 1]`: a single-pair mapping inside a flow sequence.
          const key = this.maybe(it.key);
          const value = this.maybe(it.value);
          const start = key?.range.start ?? value?.range.start ?? 0;
          const end = value?.range.end ?? key?.range.end ?? start;
          items.push({ kind: 'map', pairs: [{ key, value }], flow: true, range: { start, end } });
        } else items.push(this.maybe(it));
      }
      return { kind: 'seq', items, flow: !!n.flow, range: this.range(n) };
    }
    if (this.lib.isAlias(n)) return { kind: 'alias', name: n.source, range: this.range(n) };
    return { kind: 'scalar', value: null, text: '', style: 'plain', span: this.range(n as LibNode), range: this.range(n as LibNode), map: () => this.range(n as LibNode), exact: false };
  }

  private maybe(n: unknown): YNode | null {
    if (n === null || n === undefined) return null;
    return this.node(n as LibNode);
  }

  private scalar(n: Scalar): YScalar {
    const style = STYLE[n.type ?? 'PLAIN'] ?? 'plain';
    const v = n.value;
    const value = v === null || v === undefined ? null : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
    const text = typeof n.source === 'string' ? n.source : value === null ? '' : String(value);
    const range = this.range(n);
    const tok = n.srcToken as TokenLike | undefined;
    const located = this.decode(style, tok);
    let span = range;
    if (located) {
      const innerSpan = located.content;
      span = this.toFile(innerSpan);
      if (located.decoded.text === text) {
        const m = located.decoded.map;
        const toFile = this.toFile;
        return { kind: 'scalar', value, text, style, tag: n.tag, span, range, map: (s) => toFile(m.mapSpan(s)), exact: true };
      }
    }
    const whole = OffsetMap.whole(span, text.length);
    return { kind: 'scalar', value, text, style, tag: n.tag, span, range, map: (s) => whole.mapSpan(s), exact: text.length === 0 };
  }

  /** Decodes the scalar from its CST token; `content` is the value's extent in the slice. */
  private decode(style: ScalarStyle, tok: TokenLike | undefined): { decoded: DecodedScalar; content: Span } | undefined {
    if (!tok || tok.offset === undefined || tok.source === undefined) return undefined;
    // Character-exact positions cost a few dozen bytes per character: a scalar too large for
    // the shell reader (core/limits.ts) is mapped as a whole.
    if (tok.source.length > LIMITS.scriptSize) return undefined;
    const src = this.text;
    const start = tok.offset;
    if (style === 'literal' || style === 'folded') {
      const props = tok.props ?? [];
      const header = props.find((p) => p.type === 'block-scalar-header');
      const last = props[props.length - 1];
      if (!header?.source || !last || last.offset === undefined || last.source === undefined) return undefined;
      const bodyStart = last.offset + last.source.length;
      const bodyEnd = bodyStart + tok.source.length;
      const decoded = decodeBlock(src, header.source, bodyStart, bodyEnd, tok.indent ?? 0);
      if (!decoded) return undefined;
      // The content span is the decoded text's extent: from its first to its last mapped character.
      const content = decoded.text.length ? decoded.map.mapSpan({ start: 0, end: decoded.text.length }) : { start: bodyStart, end: bodyStart };
      return { decoded, content };
    }
    const end = start + tok.source.length;
    if (style === 'plain') return { decoded: decodePlain(src, start, end), content: { start, end } };
    const decoded = style === 'single' ? decodeSingleQuoted(src, start, end) : decodeDoubleQuoted(src, start, end);
    if (!decoded) return undefined;
    return { decoded, content: { start: start + 1, end: Math.max(start + 1, end - 1) } };
  }
}

/** Parses YAML held in a scalar (a KubeProxyConfiguration in a ConfigMap), with spans in the file. */
export function parseEmbeddedYaml(s: YScalar, opts: Omit<ParseYamlOptions, 'mapSpan'> = {}): YDocument[] {
  return parseYaml(s.text, { ...opts, mapSpan: s.map });
}
