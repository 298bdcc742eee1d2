/**
 * A direct reader for the plain block style that nearly all configuration is written in:
 * block mappings and sequences indented with spaces, one-line plain and quoted scalars, block
 * scalars (`|`, `>`, with `-` or `+`), one-line flow sequences of scalars, `{}`, comments.
 *
 * It builds the same tree, with the same ranges, spans and values, as converting the `yaml`
 * package's documents (./parse), in a fraction of the time: it reads each line once and makes
 * no syntax tree of its own. It answers only for documents it is sure about; for anything else
 * (anchors, aliases, tags, flow mappings, multi-line plain or quoted scalars, tabs in the
 * structure, directives, comments whose owner decides a range, any syntax error) it returns
 * undefined and the caller parses the document with the `yaml` package, which recovers from
 * errors and reports them. test/sources/yaml/block-reader.test.ts and the YAML fuzz tests
 * compare both readers on fixtures, the corpus and generated documents.
 *
 * Ranges follow the `yaml` package's composer: a collection ends where its last value's line
 * ends (after a trailing comment and the line break), an empty value sits after the `:` or `-`
 * and the blanks that follow it, a block scalar ends after its last kept line.
 */
import type { Span } from '../../core/span';
import { OffsetMap, type SpanMapper } from './offset-map';
import { decodeBlock, decodeDoubleQuoted, decodeSingleQuoted } from './scalar-text';
import type { YDocument, YMap, YNode, YPair, YScalar, YSeq } from './tree';

/** Thrown (one shared object, no stack) when the document is outside the subset. */
const OUTSIDE = { outside: true };

const SPACE = 32;
const LF = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const SQUOTE = 39;
const DQUOTE = 34;
const COMMA = 44;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;
const PIPE = 124;
const GT = 62;
const BACKSLASH = 92;

/** Longest implicit key the `yaml` package accepts (YAML 1.2 §7.4.2: 1024 characters). */
const MAX_KEY = 1024;

/** Characters that cannot start a plain scalar here: indicators (YAML 1.2 §5.3) and `@`, `` ` ``. */
function badPlainStart(c: number): boolean {
  // ! " # % & ' * , > @ [ ] ` { | }
  return c === 33 || c === 34 || c === 35 || c === 37 || c === 38 || c === 39 || c === 42 || c === 44 || c === 62 || c === 64 || c === 91 || c === 93 || c === 96 || c === 123 || c === 124 || c === 125;
}

/**
 * Characters that make the reader give the document to the `yaml` package: tabs and carriage
 * returns (indentation and line-break rules), a byte order mark, C0/C1 controls and
 * non-characters (rejected by YAML), and lone surrogates.
 */
function hasUnusualCharacter(text: string): boolean {
  // One native scan: a character loop runs in V8's interpreter for most of a run, since each
  // document is read once.
  return UNUSUAL_CHARACTER.test(text);
}

/** Controls other than the line feed, DEL and C1 controls, surrogates, and U+FDD0 and above. */
// eslint-disable-next-line no-control-regex
const UNUSUAL_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufdd0-\uffff]/;

// The `yaml` package's core schema tests (yaml/dist/schema/core), in its order.
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain scalar under the YAML 1.2 core schema, as the `yaml` package resolves it. */
function resolvePlain(s: string): string | number | boolean | null {
  const n = s.length;
  if (n === 0) return null;
  const c = s.charCodeAt(0);
  // Everything that resolves to a non-string starts with one of: ~ n N t T f F 0-9 + - .
  if (c === 126) return n === 1 ? null : s;
  if (c === 110 || c === 78) return s === 'null' || s === 'Null' || s === 'NULL' ? null : s;
  if (c === 116 || c === 84) return s === 'true' || s === 'True' || s === 'TRUE' ? true : s;
  if (c === 102 || c === 70) return s === 'false' || s === 'False' || s === 'FALSE' ? false : s;
  if (!((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) return s;
  // Decimal integers, the most common numbers, without a regular expression.
  let i = c === 43 || c === 45 ? 1 : 0;
  if (i < n) {
    while (i < n && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === n) return parseInt(s, 10);
  }
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

interface Read<N> {
  node: N;
  /** Where the node's owner ends if this node is its last: the end of the node's last line. */
  tail: number;
}

class BlockReader {
  constructor(
    private readonly text: string,
    /** Where the text starts in the file it was cut from. */
    private readonly base: number,
    /** Maps spans of the file further (YAML embedded in a string). */
    private readonly mapSpan: SpanMapper | undefined,
  ) {}

  /** A span of the text as a span of the file. */
  private span(start: number, end: number): Span {
    const s = { start: start + this.base, end: end + this.base };
    return this.mapSpan ? this.mapSpan(s) : s;
  }

  /** `span` as a function of a span, for scalar maps. */
  private readonly toFile: SpanMapper = (s) => this.span(s.start, s.end);

  // ---- lines -------------------------------------------------------------------------

  private lineEnd(p: number): number {
    const e = this.text.indexOf('\n', p);
    return e < 0 ? this.text.length : e;
  }

  /** Offset after the line break that ends the line holding `p` (or the text's end). */
  private nextLine(p: number): number {
    const e = this.text.indexOf('\n', p);
    return e < 0 ? this.text.length : e + 1;
  }

  private indentOf(lineStart: number): number {
    const t = this.text;
    let i = lineStart;
    while (t.charCodeAt(i) === SPACE) i++;
    return i - lineStart;
  }

  /**
   * The start of the next line from `lineStart` on that holds content (not blank, not a
   * comment), or the text's length. `comments` counts the comment lines passed.
   */
  private skipToContent(lineStart: number): { at: number; comments: Comment[] } {
    const t = this.text;
    let p = lineStart;
    let comments: Comment[] = NO_COMMENTS;
    while (p < t.length) {
      const ind = this.indentOf(p);
      const c = t.charCodeAt(p + ind);
      if (c === LF) {
        p += ind + 1;
        continue;
      }
      if (p + ind >= t.length) return { at: t.length, comments };
      if (c === HASH) {
        if (comments === NO_COMMENTS) comments = [];
        p = this.nextLine(p + ind);
        comments.push({ indent: ind, after: p });
        continue;
      }
      return { at: p, comments };
    }
    return { at: t.length, comments };
  }

  /**
   * The comment lines between the last value read and the next content line, and where that
   * line's content starts (the text's end at the end). Where the `yaml` package puts such
   * comments decides ranges when collections end there (see `closing`).
   */
  private trailing: Comment[] = NO_COMMENTS;
  private contentStart = 0;

  /**
   * Whether the last value read is empty. The `yaml` package ends a document whose last value
   * is empty at that value (the blank lines after it belong to the value's pair), not at the
   * text's end.
   */
  private lastWasEmpty = false;

  /** Indentation of the document's top collection. */
  private rootIndent = 0;

  /** After the last line of a value: the next content line. */
  private afterValue(lineStart: number, nullValue: boolean): number {
    const next = this.skipToContent(lineStart);
    // Comments after an empty value become part of its range: left to the `yaml` package.
    if (next.comments.length && nullValue) throw OUTSIDE;
    this.trailing = next.comments;
    this.contentStart = next.at < this.text.length ? next.at + this.indentOf(next.at) : this.text.length;
    this.lastWasEmpty = false;
    return next.at;
  }

  /**
   * A collection at `indent` whose last value ends at `tail` ends before the next content line.
   * Returns the collection's own end and the end its owner sees, placing the comment lines in
   * between as the `yaml` package's parser does: those right after a one-line value (`absorbs`)
   * and indented deeper than the collection join the value; the rest move on to the owner when
   * the collection is at column 0 or each is less indented than it, else they stay in the
   * collection and its owner sees it end where the next content starts.
   */
  private closing(indent: number, absorbs: boolean, tail: number): { end: number; tail: number } {
    let list = this.trailing;
    if (list.length === 0) return { end: tail, tail };
    let end = tail;
    if (absorbs) {
      let k = 0;
      while (k < list.length && (list[k] as Comment).indent > indent) k++;
      if (k > 0) {
        end = (list[k - 1] as Comment).after;
        list = list.slice(k);
        this.trailing = list.length ? list : NO_COMMENTS;
      }
    }
    if (list.length === 0) return { end, tail: end };
    // A document indented as a whole: where its comments end up is left to the `yaml` package.
    if (indent === this.rootIndent && indent > 0) throw OUTSIDE;
    if (indent === 0 || list.every((c) => c.indent < indent)) return { end, tail: end };
    this.trailing = NO_COMMENTS;
    return { end, tail: this.contentStart };
  }

  // ---- scalars -----------------------------------------------------------------------

  private scalar(value: YScalar['value'], text: string, style: YScalar['style'], span: Span, range: Span, map: SpanMapper): YScalar {
    return { kind: 'scalar', value, text, style, tag: undefined, span: this.span(span.start, span.end), range: this.span(range.start, range.end), map, exact: true };
  }

  /**
   * A scalar whose text is the source from `start` to `end` (a plain scalar, a quoted one
   * without escapes). Its map is made when first asked for: most scalars never are.
   */
  private copyScalar(value: YScalar['value'], text: string, style: YScalar['style'], start: number, end: number, rangeStart: number, rangeEnd: number): YScalar {
    const toFile = this.toFile;
    let m: OffsetMap | undefined;
    const map = (s: Span) => toFile((m ??= OffsetMap.copy(start, end - start, end)).mapSpan(s));
    return { kind: 'scalar', value, text, style, tag: undefined, span: this.span(start, end), range: this.span(rangeStart, rangeEnd), map, exact: true };
  }

  private empty(at: number): YScalar {
    return this.copyScalar(null, '', 'plain', at, at, at, at);
  }

  /**
   * A quoted scalar starting at `p` and closing on the same line; returns it and the offset
   * after the closing quote.
   */
  private quoted(p: number, lineEnd: number): { node: YScalar; end: number } {
    const t = this.text;
    const q = t.charCodeAt(p);
    let i = p + 1;
    let escapes = false;
    for (;;) {
      if (i >= lineEnd) throw OUTSIDE;
      const c = t.charCodeAt(i);
      if (q === DQUOTE) {
        if (c === BACKSLASH) {
          escapes = true;
          i += 2;
          continue;
        }
        if (c === DQUOTE) break;
      } else if (c === SQUOTE) {
        if (t.charCodeAt(i + 1) === SQUOTE) {
          escapes = true;
          i += 2;
          continue;
        }
        break;
      }
      i++;
    }
    const end = i + 1;
    const range = { start: p, end };
    const style = q === DQUOTE ? 'double' : 'single';
    if (!escapes) {
      const s = t.slice(p + 1, i);
      return { node: this.copyScalar(s, s, style, p + 1, i, p, end), end };
    }
    if (q === DQUOTE && !simpleEscapesOnly(t, p + 1, i)) throw OUTSIDE;
    const decoded = q === DQUOTE ? decodeDoubleQuoted(t, p, end) : decodeSingleQuoted(t, p, end);
    if (!decoded) throw OUTSIDE;
    const m = decoded.map;
    const toFile = this.toFile;
    return { node: this.scalar(decoded.text, decoded.text, style, { start: p + 1, end: Math.max(p + 1, i) }, range, (s) => toFile(m.mapSpan(s))), end };
  }

  /** After a scalar or flow collection ends at `p`: blanks, then a comment or the line's end. Returns the line's end. */
  private restOfLine(p: number, lineEnd: number): void {
    const t = this.text;
    let i = p;
    while (i < lineEnd && t.charCodeAt(i) === SPACE) i++;
    if (i === lineEnd) return;
    if (t.charCodeAt(i) === HASH && i > p) return;
    throw OUTSIDE;
  }

  /**
   * A plain scalar in block context from `p` to the end of its line (before a comment),
   * trailing blanks excluded. A `: ` inside would start a mapping the caller did not expect.
   */
  private plainToLineEnd(p: number, lineEnd: number): YScalar {
    const t = this.text;
    const c = t.charCodeAt(p);
    if (badPlainStart(c)) throw OUTSIDE;
    if ((c === DASH || c === COLON || c === 63) && (p + 1 >= lineEnd || t.charCodeAt(p + 1) === SPACE)) throw OUTSIDE;
    let end = p;
    let i = p;
    while (i < lineEnd) {
      const ch = t.charCodeAt(i);
      if (ch === SPACE) {
        if (t.charCodeAt(i + 1) === HASH) break;
      } else {
        if (ch === COLON && (i + 1 >= lineEnd || t.charCodeAt(i + 1) === SPACE)) throw OUTSIDE;
        end = i + 1;
      }
      i++;
    }
    const s = t.slice(p, end);
    return this.copyScalar(resolvePlain(s), s, 'plain', p, end, p, end);
  }

  /**
   * A block scalar whose header starts at `p`. `owner` is the indentation of the collection
   * holding it: its lines are indented deeper. Returns the scalar and the offset after its
   * last line.
   */
  private blockScalar(p: number, lineEnd: number, owner: number): { node: YScalar; end: number } {
    const t = this.text;
    let h = p + 1;
    const chompCode = t.charCodeAt(h);
    if (chompCode === DASH || chompCode === 43) h++;
    const keep = chompCode === 43;
    const header = t.slice(p, h);
    this.restOfLine(h, lineEnd);
    if (lineEnd >= t.length) throw OUTSIDE;
    const bodyStart = lineEnd + 1;
    // The first line with content sets the indentation; blank lines before it may not be
    // longer (the `yaml` package reports that).
    let q = bodyStart;
    let indent = -1;
    let maxLeadingBlank = 0;
    while (q < t.length) {
      const ind = this.indentOf(q);
      const c = t.charCodeAt(q + ind);
      if (q + ind >= t.length) {
        maxLeadingBlank = Math.max(maxLeadingBlank, ind);
        q = t.length;
        break;
      }
      if (c === LF) {
        maxLeadingBlank = Math.max(maxLeadingBlank, ind);
        q += ind + 1;
        continue;
      }
      indent = ind;
      break;
    }
    if (indent <= owner || maxLeadingBlank > indent) throw OUTSIDE;
    // Lines that are blank or indented at least `indent` belong to the scalar.
    let lastContentEnd = -1;
    let end = q;
    let line = q;
    while (line < t.length) {
      const ind = this.indentOf(line);
      const c = t.charCodeAt(line + ind);
      const le = this.lineEnd(line);
      if (line + ind >= t.length || c === LF) {
        // Blank lines longer than the indentation hold content; a last line of blanks without
        // a line break is not part of the scalar for the `yaml` package.
        if (ind > indent || (line + ind >= t.length && ind > 0)) throw OUTSIDE;
        line = le < t.length ? le + 1 : t.length;
        if (keep) end = line;
        continue;
      }
      if (ind < indent) break;
      lastContentEnd = le;
      line = le < t.length ? le + 1 : t.length;
      end = line;
    }
    if (lastContentEnd < 0) throw OUTSIDE;
    if (!keep) end = lastContentEnd < t.length ? lastContentEnd + 1 : t.length;
    const decoded = decodeBlock(t, header, bodyStart, end, owner);
    if (!decoded) throw OUTSIDE;
    const content = decoded.text.length ? decoded.map.mapSpan({ start: 0, end: decoded.text.length }) : { start: bodyStart, end: bodyStart };
    const m = decoded.map;
    const toFile = this.toFile;
    const style = t.charCodeAt(p) === PIPE ? 'literal' : 'folded';
    return { node: this.scalar(decoded.text, decoded.text, style, content, { start: p, end }, (s) => toFile(m.mapSpan(s))), end };
  }

  /**
   * A one-line flow collection starting at `p`: a sequence of scalars or a mapping of plain or
   * quoted keys to scalars (`[a, "b"]`, `{app: web}`). Returns it and the offset after it.
   */
  private flow(p: number, lineEnd: number): { node: YNode; end: number } {
    const t = this.text;
    const isMap = t.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    const items: YNode[] = [];
    const pairs: YPair[] = [];
    let i = p + 1;
    const skip = () => {
      while (i < lineEnd && t.charCodeAt(i) === SPACE) i++;
    };
    const done = (end: number) => ({ node: isMap ? { kind: 'map' as const, pairs, flow: true, range: this.span(p, end) } : { kind: 'seq' as const, items, flow: true, range: this.span(p, end) }, end });
    skip();
    if (t.charCodeAt(i) === close) return done(i + 1);
    for (;;) {
      if (isMap) {
        const k = this.flowScalar(i, lineEnd, true);
        i = k.end;
        // `key: value` with a blank after the `:`; anything else (`a:b`, `a :`) is left to the `yaml` package.
        if (t.charCodeAt(i) !== COLON || t.charCodeAt(i + 1) !== SPACE) throw OUTSIDE;
        i += 2;
        skip();
        const v = this.flowScalar(i, lineEnd, false);
        pairs.push({ key: k.node, value: v.node });
        i = v.end;
      } else {
        const v = this.flowScalar(i, lineEnd, false);
        items.push(v.node);
        i = v.end;
      }
      skip();
      const sep = t.charCodeAt(i);
      if (sep === close) return done(i + 1);
      if (sep !== COMMA) throw OUTSIDE;
      i++;
      skip();
      // A trailing comma or an empty entry: outside the subset.
      if (t.charCodeAt(i) === close || t.charCodeAt(i) === COMMA) throw OUTSIDE;
    }
  }

  /** A quoted or plain scalar inside a flow collection; a plain key ends at its `:`. */
  private flowScalar(i: number, lineEnd: number, key: boolean): { node: YScalar; end: number } {
    const t = this.text;
    if (i >= lineEnd) throw OUTSIDE;
    const c = t.charCodeAt(i);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(i, lineEnd);
    if (badPlainStart(c)) throw OUTSIDE;
    if ((c === DASH || c === COLON || c === 63) && !safeInFlow(t.charCodeAt(i + 1), i + 1 < lineEnd)) throw OUTSIDE;
    const start = i;
    let end = i;
    while (i < lineEnd) {
      const ch = t.charCodeAt(i);
      if (ch === COMMA || ch === RBRACKET || ch === RBRACE) break;
      if (ch === COLON) {
        if (key && end === i) break;
        throw OUTSIDE;
      }
      // Flow indicators or a comment inside: outside the subset.
      if (ch === LBRACKET || ch === LBRACE || ch === HASH) throw OUTSIDE;
      if (ch !== SPACE) end = i + 1;
      i++;
    }
    if (key && t.charCodeAt(i) !== COLON) throw OUTSIDE;
    const s = t.slice(start, end);
    return { node: this.copyScalar(resolvePlain(s), s, 'plain', start, end, start, end), end };
  }

  // ---- collections -------------------------------------------------------------------

  /**
   * A value that starts on the line at `p` (after `key: ` or `- `) or, when that line holds
   * nothing more, on the lines below. `owner` is the indentation of the collection holding
   * the value; `seqOwner` says the owner is a sequence (a sequence under a key may sit at the
   * key's own indentation, an item's may not). Returns the value and the next content line.
   */
  private value(p: number, owner: number, inSeq: boolean): Read<YNode> & { next: number } {
    const t = this.text;
    const le = this.lineEnd(p);
    let i = p;
    while (i < le && t.charCodeAt(i) === SPACE) i++;
    if (i === le || (t.charCodeAt(i) === HASH && i > p)) {
      // Nothing more on this line: a block collection below, or an empty value.
      const hadComment = i < le;
      const below = this.skipToContent(le < t.length ? le + 1 : t.length);
      if (below.at < t.length) {
        const ind = this.indentOf(below.at);
        const c = t.charCodeAt(below.at + ind);
        const dash = c === DASH && isBreakOrSpace(t.charCodeAt(below.at + ind + 1), below.at + ind + 1, t.length);
        if (ind > owner || (!inSeq && ind === owner && dash)) {
          this.trailing = below.comments;
          const r = dash ? this.seq(below.at, ind) : this.map(below.at + ind, ind);
          return { node: r.node, tail: r.tail, next: r.next };
        }
      }
      // Comments or blank lines after an empty value become part of its pair or its range
      // depending on what follows: left to the `yaml` package.
      // The same holds for comments before an empty value's entry (after the value before it).
      if (hadComment || below.comments.length || this.trailing.length || below.at !== (le < t.length ? le + 1 : t.length)) throw OUTSIDE;
      const node = this.empty(i);
      const next = this.afterValue(le < t.length ? le + 1 : t.length, true);
      this.lastWasEmpty = true;
      return { node, tail: i, next };
    }
    const c = t.charCodeAt(i);
    let node: YNode;
    let end: number;
    if (c === PIPE || c === GT) {
      const b = this.blockScalar(i, le, owner);
      const next = this.afterValue(b.end, false);
      this.noDeeperContent(next, owner);
      return { node: b.node, tail: b.end, next };
    }
    if (c === DQUOTE || c === SQUOTE) {
      const q = this.quoted(i, le);
      node = q.node;
      end = q.end;
      this.restOfLine(end, le);
    } else if (c === LBRACKET || c === LBRACE) {
      const f = this.flow(i, le);
      node = f.node;
      end = f.end;
      this.restOfLine(end, le);
    } else {
      node = this.plainToLineEnd(i, le);
    }
    const tail = le < t.length ? le + 1 : t.length;
    const next = this.afterValue(tail, false);
    this.noDeeperContent(next, owner);
    return { node, tail, next };
  }

  /** A content line deeper than the value's owner after a one-line value continues it (a multi-line scalar, or an error). */
  private noDeeperContent(next: number, owner: number): void {
    if (next < this.text.length && this.indentOf(next) > owner) throw OUTSIDE;
  }

  /** A plain or quoted key at `p`; returns the key and the offset after its `:`. */
  private key(p: number): { key: YScalar; after: number } {
    const t = this.text;
    const le = this.lineEnd(p);
    const c = t.charCodeAt(p);
    let key: YScalar;
    let colon: number;
    if (c === DQUOTE || c === SQUOTE) {
      const q = this.quoted(p, le);
      key = q.node;
      colon = q.end;
      if (t.charCodeAt(colon) !== COLON) throw OUTSIDE;
    } else {
      if (badPlainStart(c) || c === 63 || ((c === DASH || c === COLON) && (p + 1 >= le || t.charCodeAt(p + 1) === SPACE))) throw OUTSIDE;
      let i = p;
      for (;;) {
        if (i >= le) throw OUTSIDE;
        const ch = t.charCodeAt(i);
        if (ch === COLON && (i + 1 >= le || t.charCodeAt(i + 1) === SPACE)) break;
        // A comment before the `:`, or blanks before it: outside the subset.
        if (ch === SPACE && (t.charCodeAt(i + 1) === HASH || t.charCodeAt(i + 1) === COLON)) throw OUTSIDE;
        i++;
      }
      if (t.charCodeAt(i - 1) === SPACE) throw OUTSIDE;
      colon = i;
      const s = t.slice(p, i);
      key = this.copyScalar(resolvePlain(s), s, 'plain', p, i, p, i);
    }
    if (colon - p > MAX_KEY) throw OUTSIDE;
    const after = colon + 1;
    if (after < le && t.charCodeAt(after) !== SPACE) throw OUTSIDE;
    return { key, after };
  }

  /** A block mapping whose first key is at `p`, in column `indent`. */
  private map(p: number, indent: number): Read<YMap> & { next: number } {
    const t = this.text;
    const pairs: YPair[] = [];
    let at = p;
    for (;;) {
      const k = this.key(at);
      const v = this.value(k.after, indent, false);
      pairs.push({ key: k.key, value: v.node });
      const next = v.next;
      if (next >= t.length || this.indentOf(next) < indent) {
        const closed = this.closing(indent, absorbsComments(v.node), v.tail);
        return { node: { kind: 'map', pairs, flow: false, range: this.span(p, closed.end) }, tail: closed.tail, next };
      }
      if (this.indentOf(next) > indent) throw OUTSIDE;
      const c = t.charCodeAt(next + indent);
      // A sequence entry at a mapping's indentation: the `yaml` package decides what that is.
      if (c === DASH && isBreakOrSpace(t.charCodeAt(next + indent + 1), next + indent + 1, t.length)) throw OUTSIDE;
      at = next + indent;
    }
  }

  /** A block sequence whose first `-` is on the line starting at `lineStart`, in column `indent`. */
  private seq(lineStart: number, indent: number): Read<YSeq> & { next: number } {
    const t = this.text;
    const items: YNode[] = [];
    let line = lineStart;
    for (;;) {
      const dash = line + indent;
      let i = dash + 1;
      const le = this.lineEnd(dash);
      while (i < le && t.charCodeAt(i) === SPACE) i++;
      let r: Read<YNode> & { next: number };
      const c = t.charCodeAt(i);
      if (i < le && c !== HASH && c !== PIPE && c !== GT && c !== DQUOTE && c !== SQUOTE && c !== LBRACKET && c !== LBRACE && this.startsKey(i, le)) {
        // `- key: value`: a mapping in the entry, at the key's column.
        r = this.map(i, i - line);
      } else {
        if (c === DASH && isBreakOrSpace(t.charCodeAt(i + 1), i + 1, t.length)) throw OUTSIDE;
        r = this.value(dash + 1, indent, true);
      }
      items.push(r.node);
      const next = r.next;
      if (next >= t.length || this.indentOf(next) < indent) {
        const closed = this.closing(indent, absorbsComments(r.node), r.tail);
        return { node: { kind: 'seq', items, flow: false, range: this.span(lineStart + indent, closed.end) }, tail: closed.tail, next };
      }
      if (this.indentOf(next) > indent) throw OUTSIDE;
      const d = t.charCodeAt(next + indent);
      if (d !== DASH || !isBreakOrSpace(t.charCodeAt(next + indent + 1), next + indent + 1, t.length)) {
        // The owner (a mapping at the same indentation) continues, or the document has an error.
        const closed = this.closing(indent, absorbsComments(r.node), r.tail);
        return { node: { kind: 'seq', items, flow: false, range: this.span(lineStart + indent, closed.end) }, tail: closed.tail, next };
      }
      line = next;
    }
  }

  /** Whether the plain text at `p` is a key (`: ` or `:` at the line's end before any comment). */
  private startsKey(p: number, le: number): boolean {
    const t = this.text;
    for (let i = p; i < le; i++) {
      const ch = t.charCodeAt(i);
      if (ch === COLON && (i + 1 >= le || t.charCodeAt(i + 1) === SPACE)) return true;
      if (ch === SPACE && t.charCodeAt(i + 1) === HASH) return false;
    }
    return false;
  }

  // ---- document ----------------------------------------------------------------------

  document(): YDocument | undefined {
    const t = this.text;
    let first = this.skipToContent(0).at;
    let start = first;
    if (first < t.length && t.startsWith('---', first) && (first + 3 === t.length || t.charCodeAt(first + 3) === SPACE || t.charCodeAt(first + 3) === LF)) {
      // The document's own `---` line: nothing may follow it on the line but a comment.
      start = first;
      this.restOfLine(first + 3, this.lineEnd(first));
      first = this.skipToContent(this.nextLine(first + 3)).at;
    }
    if (first >= t.length) return undefined;
    const ind = this.indentOf(first);
    const c = t.charCodeAt(first + ind);
    // Directives and document markers: the `yaml` package.
    if (c === 37 || (c === 46 && t.startsWith('...', first + ind)) || (c === DASH && t.startsWith('---', first + ind))) return undefined;
    this.rootIndent = ind;
    const dash = c === DASH && isBreakOrSpace(t.charCodeAt(first + ind + 1), first + ind + 1, t.length);
    if (!dash && !this.startsKey(first + ind, this.lineEnd(first))) return undefined;
    const r = dash ? this.seq(first, ind) : this.map(first + ind, ind);
    if (r.next < t.length) return undefined;
    return { contents: r.node, range: this.span(start === first ? first + ind : start, this.lastWasEmpty ? r.tail : t.length), errors: [] };
  }
}

/** Whether a plain scalar in a flow collection may start with `-`, `?` or `:` followed by `c`. */
function safeInFlow(c: number, onLine: boolean): boolean {
  return onLine && c !== SPACE && c !== COMMA && c !== LBRACKET && c !== RBRACKET && c !== LBRACE && c !== RBRACE && c !== HASH;
}

/**
 * Whether comment lines after this value, indented deeper than its collection, join its range:
 * they do after a one-line scalar or flow collection (empty values are never followed by
 * comments here), not after a block scalar or a block collection.
 */
function absorbsComments(n: YNode): boolean {
  if (n.kind === 'scalar') return n.style !== 'literal' && n.style !== 'folded';
  return (n.kind === 'map' || n.kind === 'seq') && n.flow;
}

interface Comment {
  indent: number;
  /** Offset after the comment line's break (the text's end on the last line). */
  after: number;
}

const NO_COMMENTS: Comment[] = [];

function isBreakOrSpace(c: number, at: number, length: number): boolean {
  return at >= length || c === SPACE || c === LF;
}

/** Whether a double-quoted scalar's escapes between `start` and `end` are all one-character escapes. */
function simpleEscapesOnly(t: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (t.charCodeAt(i) !== BACKSLASH) continue;
    if (!'0abtnvfre "/\\N_LP'.includes(t[i + 1] ?? 'x')) return false;
    i++;
  }
  return true;
}

/**
 * The document in `text` (one document: the caller splits at `---`), or undefined when it is
 * outside the block subset this reader is sure about.
 */
export function readBlockDocument(text: string, base = 0, mapSpan?: SpanMapper): YDocument | undefined {
  if (hasUnusualCharacter(text)) return undefined;
  try {
    return new BlockReader(text, base, mapSpan).document();
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    throw e;
  }
}
