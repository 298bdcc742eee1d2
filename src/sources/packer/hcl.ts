/**
 * A reader for the part of HCL native syntax (hclsyntax/spec.md) that Packer templates use to
 * provision machines, keeping the file position of every character of every string:
 *
 * - bodies of attributes (`name = expr`) and blocks (`type "label" label2 { ... }`), in file
 *   order (the order of provisioners is the order they run);
 * - quoted template strings with their escapes (`\n`, `\"`, `\\`, `\uNNNN`, `\UNNNNNNNN`), the
 *   `$${`/`%%{` escapes (literal `${`/`%{`), and `${ }`/`%{ }` sequences kept verbatim and
 *   marked as not evaluated;
 * - heredocs `<<EOF` and `<<-EOF` (the flush form removes the lines' common indentation);
 *   no escapes in them, the same template sequences;
 * - tuples `[ ... ]` and objects `{ k = v, "k": v }`;
 * - `#`, `//` and `/* *\/` comments.
 *
 * Every other expression (numbers, references such as `var.x`, function calls, operators,
 * conditionals, `for` expressions) is skipped with brackets and strings balanced and kept as
 * raw text. The reader never throws and reads each character a bounded number of times;
 * problems are collected as errors and the rest of the file is still read.
 */
import type { Span, SpanMapper } from '../../core/span';
import { MappedTextBuilder } from '../shell/mapped-text';

export interface HclString {
  kind: 'string';
  /** The string's value with escapes decoded; `${ }` and `%{ }` sequences kept as written. */
  text: string;
  /** File span of text[start, end). */
  map: SpanMapper;
  span: Span;
  /** Ranges of `text` that are interpolations or directives, not evaluated. */
  templates: Span[];
}

interface HclTuple {
  kind: 'tuple';
  items: HclValue[];
  span: Span;
}

interface HclObject {
  kind: 'object';
  pairs: Array<{ key: string; keySpan: Span; value: HclValue }>;
  span: Span;
}

/** Any other expression, as written. */
interface HclOther {
  kind: 'other';
  raw: string;
  span: Span;
}

export type HclValue = HclString | HclTuple | HclObject | HclOther;

export interface HclAttribute {
  name: string;
  nameSpan: Span;
  value: HclValue;
}

interface HclBlock {
  type: string;
  typeSpan: Span;
  labels: Array<{ value: string; span: Span }>;
  body: HclBody;
  span: Span;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

interface HclError {
  span: Span;
  message: string;
}

export interface HclFile {
  body: HclBody;
  errors: HclError[];
}

/** Nesting deeper than this is skipped as one opaque expression. */
const MAX_DEPTH = 64;

export function parseHcl(text: string): HclFile {
  const r = new Reader(text);
  const body = r.body(false, 0);
  return { body, errors: r.errors };
}

function isIdentStart(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_]/.test(c);
}

function isIdentChar(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9_-]/.test(c);
}

class Reader {
  pos = 0;
  readonly errors: HclError[] = [];

  constructor(private readonly t: string) {}

  private error(start: number, message: string): void {
    if (this.errors.length < 100) this.errors.push({ span: { start, end: Math.max(start, Math.min(this.t.length, start + 1)) }, message });
  }

  /** Skips blanks and comments; newlines too when `newlines`. */
  private skip(newlines: boolean): void {
    const t = this.t;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\n' && newlines) this.pos++;
      else if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
        const nl = t.indexOf('\n', this.pos);
        this.pos = nl < 0 ? t.length : nl;
      } else if (c === '/' && t[this.pos + 1] === '*') {
        const end = t.indexOf('*/', this.pos + 2);
        this.pos = end < 0 ? t.length : end + 2;
      } else break;
    }
  }

  private ident(): { value: string; span: Span } | undefined {
    const t = this.t;
    if (!isIdentStart(t[this.pos])) return undefined;
    const start = this.pos;
    while (isIdentChar(t[this.pos])) this.pos++;
    return { value: t.slice(start, this.pos), span: { start, end: this.pos } };
  }

  /** Skips to the next line (error recovery). */
  private skipLine(): void {
    const nl = this.t.indexOf('\n', this.pos);
    this.pos = nl < 0 ? this.t.length : nl + 1;
  }

  body(inBlock: boolean, depth: number): HclBody {
    const t = this.t;
    const out: HclBody = { attributes: [], blocks: [] };
    for (;;) {
      this.skip(true);
      if (this.pos >= t.length) {
        if (inBlock) this.error(t.length, 'block is not closed');
        return out;
      }
      if (t[this.pos] === '}') {
        if (inBlock) {
          this.pos++;
          return out;
        }
        this.error(this.pos, 'unexpected "}"');
        this.pos++;
        continue;
      }
      const start = this.pos;
      const name = this.ident();
      if (!name) {
        this.error(start, 'expected an attribute or a block');
        this.skipLine();
        continue;
      }
      this.skip(false);
      if (t[this.pos] === '=' && t[this.pos + 1] !== '=') {
        this.pos++;
        out.attributes.push({ name: name.value, nameSpan: name.span, value: this.expression(depth + 1) });
        continue;
      }
      const labels: HclBlock['labels'] = [];
      for (;;) {
        this.skip(false);
        if (t[this.pos] === '"') {
          const s = this.quoted();
          labels.push({ value: s.text, span: s.span });
        } else {
          const l = this.ident();
          if (!l) break;
          labels.push(l);
        }
      }
      if (t[this.pos] !== '{') {
        this.error(this.pos, `expected "=" or "{" after "${name.value}"`);
        this.skipLine();
        continue;
      }
      this.pos++;
      const body = depth >= MAX_DEPTH ? this.skipBalancedBody() : this.body(true, depth + 1);
      out.blocks.push({ type: name.value, typeSpan: name.span, labels, body, span: { start, end: this.pos } });
    }
  }

  /** A block nested too deeply: skipped to its closing brace. */
  private skipBalancedBody(): HclBody {
    this.pos--;
    this.skipExpression(true);
    return { attributes: [], blocks: [] };
  }

  /** An expression; stops before the newline, `,` or closing bracket that ends it. */
  expression(depth: number): HclValue {
    this.skip(false);
    const t = this.t;
    const start = this.pos;
    let v: HclValue | undefined;
    const c = t[this.pos];
    if (depth < MAX_DEPTH) {
      if (c === '"') v = this.quoted();
      else if (c === '<' && t[this.pos + 1] === '<' && (t[this.pos + 2] === '-' || isIdentStart(t[this.pos + 2]))) v = this.heredoc();
      else if (c === '[') v = this.tuple(depth);
      else if (c === '{') v = this.object(depth);
    }
    this.skip(false);
    const next = t[this.pos];
    if (v && (next === undefined || next === '\n' || next === ',' || next === ']' || next === '}' || next === ')')) return v;
    // Something else, or a value followed by an operator: the whole expression is opaque.
    this.pos = start;
    this.skipExpression(false);
    return { kind: 'other', raw: t.slice(start, this.pos).trim(), span: { start, end: this.pos } };
  }

  /**
   * Skips an expression: up to a newline, `,`, or closing bracket at depth 0 (or, for
   * `block`, past the brace that closes the one at the current position).
   */
  private skipExpression(block: boolean): void {
    const t = this.t;
    let depth = 0;
    while (this.pos < t.length) {
      const c = t[this.pos] as string;
      if (c === '"') {
        this.quoted();
        continue;
      }
      if (c === '<' && t[this.pos + 1] === '<' && (t[this.pos + 2] === '-' || isIdentStart(t[this.pos + 2]))) {
        this.heredoc();
        continue;
      }
      if (c === '#' || (c === '/' && (t[this.pos + 1] === '/' || t[this.pos + 1] === '*'))) {
        this.skip(false);
        continue;
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) return;
        depth--;
        if (depth === 0 && block) {
          this.pos++;
          return;
        }
      } else if (depth === 0 && (c === '\n' || c === ',')) return;
      this.pos++;
    }
  }

  private tuple(depth: number): HclTuple {
    const t = this.t;
    const start = this.pos++;
    const items: HclValue[] = [];
    for (;;) {
      this.skip(true);
      if (this.pos >= t.length) {
        this.error(start, 'tuple is not closed');
        break;
      }
      if (t[this.pos] === ']') {
        this.pos++;
        break;
      }
      if (t[this.pos] === ',') {
        this.pos++;
        continue;
      }
      const before = this.pos;
      items.push(this.expression(depth + 1));
      if (this.pos === before) {
        // A stray closing bracket: not ours to consume.
        this.error(this.pos, 'unexpected character in a tuple');
        this.pos++;
      }
    }
    return { kind: 'tuple', items, span: { start, end: this.pos } };
  }

  private object(depth: number): HclObject {
    const t = this.t;
    const start = this.pos++;
    const pairs: HclObject['pairs'] = [];
    for (;;) {
      this.skip(true);
      if (this.pos >= t.length) {
        this.error(start, 'object is not closed');
        break;
      }
      if (t[this.pos] === '}') {
        this.pos++;
        break;
      }
      if (t[this.pos] === ',') {
        this.pos++;
        continue;
      }
      let key: { value: string; span: Span } | undefined;
      if (t[this.pos] === '"') {
        const s = this.quoted();
        key = { value: s.text, span: s.span };
      } else key = this.ident();
      this.skip(false);
      if (!key || (t[this.pos] !== '=' && t[this.pos] !== ':')) {
        this.error(this.pos, 'expected a key and "=" in an object');
        this.skipExpression(false);
        if (t[this.pos] === '}' || t[this.pos] === ']' || t[this.pos] === ')') {
          if (t[this.pos] === '}') this.pos++;
          break;
        }
        continue;
      }
      this.pos++;
      pairs.push({ key: key.value, keySpan: key.span, value: this.expression(depth + 1) });
    }
    return { kind: 'object', pairs, span: { start, end: this.pos } };
  }

  /** A quoted template string from the `"` at the current position. */
  private quoted(): HclString {
    const t = this.t;
    const start = this.pos++;
    const b = new MappedTextBuilder();
    const templates: Span[] = [];
    for (;;) {
      const c = t[this.pos];
      if (c === undefined || c === '\n') {
        this.error(start, 'string is not closed');
        break;
      }
      if (c === '"') {
        b.consumedTo(this.pos + 1);
        this.pos++;
        break;
      }
      if (c === '\\') {
        this.escape(b);
        continue;
      }
      if (this.templateSequence(b, templates)) continue;
      b.push(c, this.pos);
      this.pos++;
    }
    const m = b.build((s) => s);
    return { kind: 'string', text: m.text, map: m.map, span: { start, end: this.pos }, templates };
  }

  private escape(b: MappedTextBuilder): void {
    const t = this.t;
    const at = this.pos;
    const e = t[at + 1];
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
    if (e !== undefined && simple[e] !== undefined) {
      b.push(simple[e] as string, at, at + 2);
      this.pos += 2;
      return;
    }
    const m = e === 'u' ? /^[0-9A-Fa-f]{4}/.exec(t.slice(at + 2, at + 6)) : e === 'U' ? /^[0-9A-Fa-f]{8}/.exec(t.slice(at + 2, at + 10)) : null;
    if (m) {
      const code = parseInt(m[0], 16);
      b.push(code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD', at, at + 2 + m[0].length);
      this.pos += 2 + m[0].length;
      return;
    }
    this.error(at, 'invalid escape sequence');
    b.push('\\', at);
    this.pos++;
  }

  /**
   * `$${` and `%%{` (a literal `${`/`%{`), or a `${ }`/`%{ }` sequence kept verbatim, at the
   * current position. Whether one was read.
   */
  private templateSequence(b: MappedTextBuilder, templates: Span[]): boolean {
    const t = this.t;
    const c = t[this.pos];
    if ((c === '$' || c === '%') && t[this.pos + 1] === c && t[this.pos + 2] === '{') {
      b.push(c, this.pos, this.pos + 2);
      b.push('{', this.pos + 2);
      this.pos += 3;
      return true;
    }
    if ((c === '$' || c === '%') && t[this.pos + 1] === '{') {
      const start = this.pos;
      const from = b.length;
      this.pos += 2;
      // To the matching brace; strings inside the expression are skipped whole.
      let depth = 1;
      while (this.pos < t.length && depth > 0) {
        const d = t[this.pos];
        if (d === '"') {
          this.pos++;
          while (this.pos < t.length && t[this.pos] !== '"' && t[this.pos] !== '\n') this.pos += t[this.pos] === '\\' && t[this.pos + 1] !== '\n' ? 2 : 1;
          if (t[this.pos] === '"') this.pos++;
          continue;
        }
        // A sequence is read within its line: an unclosed one ends there.
        if (d === '\n') break;
        if (d === '{') depth++;
        else if (d === '}') depth--;
        this.pos++;
      }
      b.pushRun(t, start, Math.min(this.pos, t.length));
      templates.push({ start: from, end: b.length });
      return true;
    }
    return false;
  }

  /** A heredoc from the `<<` at the current position, to its closing marker line. */
  private heredoc(): HclString {
    const t = this.t;
    const start = this.pos;
    this.pos += 2;
    const flush = t[this.pos] === '-';
    if (flush) this.pos++;
    const marker = this.ident()?.value ?? '';
    let nl = t.indexOf('\n', this.pos);
    if (nl < 0) nl = t.length;
    this.pos = Math.min(t.length, nl + 1);
    // The lines of the body, up to the marker line.
    const lines: Array<{ s: number; e: number }> = [];
    let closed = false;
    while (this.pos < t.length) {
      let e = t.indexOf('\n', this.pos);
      if (e < 0) e = t.length;
      if (t.slice(this.pos, e).trim() === marker) {
        this.pos = e;
        closed = true;
        break;
      }
      lines.push({ s: this.pos, e: Math.min(t.length, e + 1) });
      this.pos = Math.min(t.length, e + 1);
    }
    if (!closed) this.error(start, `heredoc "${marker}" is not closed`);
    let indent = 0;
    if (flush) {
      indent = Infinity;
      for (const l of lines) {
        let i = l.s;
        while (i < l.e && (t[i] === ' ' || t[i] === '\t')) i++;
        if (i < l.e && t[i] !== '\n' && t[i] !== '\r') indent = Math.min(indent, i - l.s);
      }
      if (!Number.isFinite(indent)) indent = 0;
    }
    const b = new MappedTextBuilder();
    const templates: Span[] = [];
    const saved = this.pos;
    for (const l of lines) {
      let i = l.s;
      for (let k = 0; k < indent && i < l.e && (t[i] === ' ' || t[i] === '\t'); k++) i++;
      this.pos = i;
      while (this.pos < l.e) {
        if (this.templateSequence(b, templates)) continue;
        b.push(t[this.pos] as string, this.pos);
        this.pos++;
      }
    }
    this.pos = saved;
    const m = b.build((s) => s);
    return { kind: 'string', text: m.text, map: m.map, span: { start, end: this.pos }, templates };
  }
}

/** The attribute of a body by name (the last one, as HCL rejects duplicates anyway). */
export function attribute(body: HclBody, name: string): HclAttribute | undefined {
  for (let i = body.attributes.length - 1; i >= 0; i--) if (body.attributes[i]?.name === name) return body.attributes[i];
  return undefined;
}
