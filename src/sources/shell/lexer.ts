/**
 * A POSIX shell reader good enough to find sysctl writes in the commands people put in
 * cloud-init, container commands and provisioning scripts, with the file position of every
 * character of every word.
 *
 * Understood: word splitting on blanks; single quotes, double quotes (with `\` escaping only
 * `$ \` " \` and newline), backslash escapes and line continuations; bash `$'...'` (ANSI-C) and
 * `$"..."`; comments; the operators `;` `;;` `&` `&&` `|` `||` `|&` `(` `)` and newlines;
 * redirections `>` `>>` `>|` `<` `<>` `&>` `&>>` `>&` `<&` `<<<` with optional fd numbers; here-
 * documents `<<` and `<<-` (quoted or not, several per line, bodies read after the next newline).
 *
 * Not evaluated, only recognised and kept verbatim (and marked as such, so nobody guesses
 * their value): parameter expansion (`$x`, `${x:-y}`, `$1`, `$$`), command substitution
 * (`$(...)`, backquotes), arithmetic (`$((...))`), and template syntax that is rendered before
 * the shell ever runs: Jinja `{{ }}`/`{% %}` and Terraform `%{ }` (its `${ }` reads as a
 * parameter expansion; its `$${` escape as `$$` then `{`). Pathname expansion, brace expansion,
 * aliases, functions and control flow are not performed; reserved words are left to the caller.
 */
import type { Span, SpanMapper } from '../../core/span';
import { LIMITS, nestedTooDeeply } from '../../core/limits';
import { MappedTextBuilder, type MappedText } from './mapped-text';

export interface ShellWord {
  /** The word after quote removal; expansions stay as written. */
  value: string;
  /** File span of value[start, end). */
  map: SpanMapper;
  /** File span of the word as written. */
  span: Span;
  /** Some part of the word was quoted or escaped. */
  quoted: boolean;
  /** Ranges of `value` that are expansions or template expressions, not evaluated. */
  expansions: Span[];
}

type RedirectOp = '>' | '>>' | '>|' | '<' | '<>' | '<<' | '<<-' | '<<<' | '&>' | '&>>' | '>&' | '<&';

export interface HeredocBody extends MappedText {
  /** The delimiter was quoted: the body is taken literally (no expansion). */
  quoted: boolean;
  /** The delimiter line was found before the end of the text. */
  terminated: boolean;
  /** File span of the whole body. */
  span: Span;
}

export interface Redirect {
  op: RedirectOp;
  fd?: number;
  target?: ShellWord;
  heredoc?: HeredocBody;
  span: Span;
}

export interface SimpleCommand {
  words: ShellWord[];
  redirects: Redirect[];
  /** File span from the first to the last token of the command. */
  span: Span;
  /** The command's output is piped into the next command. */
  pipedToNext: boolean;
}

/** `too-deep`, `too-large`: analysis limits, not a syntax error (see core/limits.ts). */
type LexIssueCode = 'unterminated-quote' | 'unterminated-substitution' | 'unterminated-heredoc' | 'too-deep' | 'too-large';

export interface LexIssue {
  code: LexIssueCode;
  span: Span;
  message: string;
}

export interface ParsedScript {
  commands: SimpleCommand[];
  issues: LexIssue[];
}

const identity: SpanMapper = (s) => s;

/** Characters that end an unquoted word. */
function isMeta(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\t' || c === '\n' || c === ';' || c === '&' || c === '|' || c === '(' || c === ')' || c === '<' || c === '>';
}

/** Characters that end an unquoted word or start something read specially inside one. */
const WORD_STOP = new Set([' ', '\t', '\n', ';', '&', '|', '(', ')', '<', '>', '\\', "'", '"', '$', '`', '{', '%']);

/** Characters inside double quotes that end a plain run. */
const DOUBLE_STOP = new Set(['"', '\\', '$', '`', '{', '%']);

/** Word value plus expansion ranges, as the lexer accumulates them. */
class WordBuilder {
  readonly chars = new MappedTextBuilder();
  readonly expansions: Span[] = [];
  quoted = false;

  raw(source: string, start: number, end: number): void {
    const from = this.chars.length;
    this.chars.pushRun(source, start, end);
    this.expansions.push({ start: from, end: this.chars.length });
  }
}

export function parseShell(text: string, mapSpan: SpanMapper = identity): ParsedScript {
  return new Lexer(text, mapSpan).run();
}

class Lexer {
  private pos: number;
  /** Open parentheses inside a command substitution being read. */
  private depth = 0;
  /** A nested lexer (inside `$(`) found its closing parenthesis. */
  private closed = false;
  private readonly commands: SimpleCommand[] = [];
  private readonly issues: LexIssue[] = [];
  private cur: { words: ShellWord[]; redirects: Redirect[]; start: number; end: number } | undefined;
  private pendingHeredocs: Array<{ redirect: Redirect; delimiter: string; stripTabs: boolean; quoted: boolean }> = [];

  /** `nested`: reading the inside of `$(...)` from `start`, up to the unmatched `)`; `level`: how many `$(` enclose it. */
  constructor(
    private readonly text: string,
    private readonly mapSpan: SpanMapper,
    start = 0,
    private readonly nested = false,
    private readonly level = 0,
  ) {
    this.pos = start;
  }

  run(): ParsedScript {
    const t = this.text;
    const n = t.length;
    while (this.pos < n) {
      const c = t[this.pos] as string;
      if (c === ' ' || c === '\t' || c === '\r') {
        this.pos++;
      } else if (c === '\\' && t[this.pos + 1] === '\n') {
        this.pos += 2;
      } else if (c === '\n') {
        this.finish(false);
        this.pos++;
        this.readHeredocBodies();
      } else if (c === '#') {
        while (this.pos < n && t[this.pos] !== '\n') this.pos++;
      } else if (c === ';') {
        this.pos += t[this.pos + 1] === ';' ? 2 : 1;
        this.finish(false);
      } else if (c === '&') {
        if (t[this.pos + 1] === '>') this.readRedirect(undefined, this.pos);
        else {
          this.pos += t[this.pos + 1] === '&' ? 2 : 1;
          this.finish(false);
        }
      } else if (c === '|') {
        const next = t[this.pos + 1];
        this.pos += next === '|' || next === '&' ? 2 : 1;
        this.finish(next !== '|');
      } else if (c === '(' || c === ')') {
        if (this.nested && c === ')' && this.depth === 0) {
          this.pos++;
          this.closed = true;
          break;
        }
        if (this.nested) this.depth += c === '(' ? 1 : -1;
        this.pos++;
        this.finish(false);
      } else if (c === '>' || c === '<') {
        this.readRedirect(undefined, this.pos);
      } else if (/[0-9]/.test(c) && this.fdRedirectAhead()) {
        const start = this.pos;
        let fd = 0;
        while (/[0-9]/.test(t[this.pos] ?? '')) fd = fd * 10 + Number(t[this.pos++]);
        this.readRedirect(fd, start);
      } else {
        const start = this.pos;
        const w = this.readWord();
        this.command(start).words.push(w);
        this.touch(this.pos);
      }
    }
    this.finish(false);
    if (this.pendingHeredocs.length && !this.nested) this.readHeredocBodies();
    return { commands: this.commands, issues: this.issues };
  }

  private command(start: number) {
    if (!this.cur) this.cur = { words: [], redirects: [], start, end: start };
    return this.cur;
  }

  private touch(end: number): void {
    if (this.cur) this.cur.end = Math.max(this.cur.end, end);
  }

  private finish(pipedToNext: boolean): void {
    const c = this.cur;
    this.cur = undefined;
    if (!c || (c.words.length === 0 && c.redirects.length === 0)) return;
    this.commands.push({ words: c.words, redirects: c.redirects, span: this.mapSpan({ start: c.start, end: c.end }), pipedToNext });
  }

  /** Digits directly followed by `<` or `>` are a file-descriptor number (`2>`, `1>&2`). */
  private fdRedirectAhead(): boolean {
    let i = this.pos;
    while (/[0-9]/.test(this.text[i] ?? '')) i++;
    const c = this.text[i];
    return c === '<' || c === '>';
  }

  private readRedirect(fd: number | undefined, start: number): void {
    const t = this.text;
    const ops: RedirectOp[] = ['&>>', '<<<', '<<-', '&>', '>>', '>|', '<>', '<<', '>&', '<&', '>', '<'];
    const op = ops.find((o) => t.startsWith(o, this.pos)) as RedirectOp;
    this.pos += op.length;
    while (t[this.pos] === ' ' || t[this.pos] === '\t') this.pos++;
    const cmd = this.command(start);
    const redirect: Redirect = { op, fd, span: this.mapSpan({ start, end: this.pos }) };
    if (!isMeta(t[this.pos])) {
      const wordStart = this.pos;
      const target = this.readWord();
      redirect.target = target;
      redirect.span = this.mapSpan({ start, end: this.pos });
      if (op === '<<' || op === '<<-') {
        const quoted = /["'\\]/.test(t.slice(wordStart, this.pos));
        this.pendingHeredocs.push({ redirect, delimiter: target.value, stripTabs: op === '<<-', quoted });
      }
    }
    cmd.redirects.push(redirect);
    this.touch(this.pos);
  }

  /** Reads here-document bodies that start at the current position (after a newline). */
  private readHeredocBodies(): void {
    const t = this.text;
    const pending = this.pendingHeredocs;
    this.pendingHeredocs = [];
    for (const h of pending) {
      const body = new MappedTextBuilder();
      const bodyStart = this.pos;
      let terminated = false;
      let bodyEnd = bodyStart;
      while (this.pos < t.length) {
        let lineEnd = t.indexOf('\n', this.pos);
        if (lineEnd < 0) lineEnd = t.length;
        let s = this.pos;
        if (h.stripTabs) while (t[s] === '\t') s++;
        let e = lineEnd;
        if (t[e - 1] === '\r') e--;
        if (t.slice(s, e) === h.delimiter) {
          terminated = true;
          this.pos = Math.min(t.length, lineEnd + 1);
          break;
        }
        body.pushRun(t, s, Math.min(t.length, lineEnd + 1));
        bodyEnd = Math.min(t.length, lineEnd + 1);
        this.pos = bodyEnd;
      }
      if (!terminated) {
        this.issues.push({
          code: 'unterminated-heredoc',
          span: h.redirect.span,
          message: `here-document delimited by "${h.delimiter}" is not terminated; the shell takes the rest of the text as its body`,
        });
      }
      const mapped = body.build(this.mapSpan);
      h.redirect.heredoc = { ...mapped, quoted: h.quoted, terminated, span: this.mapSpan({ start: bodyStart, end: bodyEnd }) };
    }
  }

  private readWord(): ShellWord {
    const t = this.text;
    const start = this.pos;
    const w = new WordBuilder();
    while (this.pos < t.length) {
      const c = t[this.pos] as string;
      if (isMeta(c)) break;
      if (c === '\\') {
        if (t[this.pos + 1] === '\n') {
          this.pos += 2;
          continue;
        }
        w.quoted = true;
        if (this.pos + 1 < t.length) w.chars.push(t[this.pos + 1] as string, this.pos + 1);
        this.pos += 2;
      } else if (c === "'") {
        w.quoted = true;
        this.readSingle(w);
      } else if (c === '"') {
        w.quoted = true;
        this.readDouble(w);
      } else if (this.readExpansion(w, false)) {
        // $..., `...`, or an unrendered template tag: consumed.
      } else {
        // A run of ordinary characters is copied at once.
        let j = this.pos + 1;
        while (j < t.length && !WORD_STOP.has(t[j] as string)) j++;
        w.chars.pushRun(t, this.pos, j);
        this.pos = j;
      }
    }
    const built = w.chars.build(this.mapSpan);
    return { value: built.text, map: built.map, span: this.mapSpan({ start, end: this.pos }), quoted: w.quoted, expansions: w.expansions };
  }

  /**
   * Reads what the shell expands at the current position — `$...`, a backquote command, or a
   * template tag a renderer would replace (`{{ }}`, `{% %}`, Terraform `%{ }`) — and says
   * whether there was one. The same in and outside double quotes, except for `$` details.
   */
  private readExpansion(w: WordBuilder, inDouble: boolean): boolean {
    const t = this.text;
    const c = t[this.pos];
    const next = t[this.pos + 1];
    if (c === '$') this.readDollar(w, inDouble);
    else if (c === '`') this.readBackquote(w);
    else if (c === '{' && (next === '{' || next === '%')) this.readTemplate(w, next === '{' ? '}}' : '%}');
    else if (c === '%' && next === '{') this.readTemplate(w, '}');
    else return false;
    return true;
  }

  private unterminated(code: LexIssueCode, start: number, what: string): void {
    this.issues.push({ code, span: this.mapSpan({ start, end: this.text.length }), message: `${what} is not closed; the shell would reject the command` });
  }

  private readSingle(w: WordBuilder): void {
    const t = this.text;
    const open = this.pos;
    const close = t.indexOf("'", open + 1);
    const end = close < 0 ? t.length : close;
    w.chars.pushRun(t, open + 1, end);
    w.chars.consumedTo(Math.min(t.length, end + 1));
    if (close < 0) this.unterminated('unterminated-quote', open, 'single quote');
    this.pos = close < 0 ? t.length : close + 1;
  }

  private readDouble(w: WordBuilder): void {
    const t = this.text;
    const open = this.pos;
    this.pos++;
    while (this.pos < t.length && t[this.pos] !== '"') {
      const c = t[this.pos] as string;
      if (c === '\\') {
        const next = t[this.pos + 1];
        if (next === '\n') this.pos += 2;
        else if (next === '$' || next === '`' || next === '"' || next === '\\') {
          w.chars.push(next, this.pos + 1);
          this.pos += 2;
        } else {
          w.chars.push('\\', this.pos);
          this.pos++;
        }
      } else if (this.readExpansion(w, true)) {
        // consumed
      } else {
        let j = this.pos + 1;
        while (j < t.length && !DOUBLE_STOP.has(t[j] as string)) j++;
        w.chars.pushRun(t, this.pos, j);
        this.pos = j;
      }
    }
    if (this.pos >= t.length) this.unterminated('unterminated-quote', open, 'double quote');
    else {
      w.chars.consumedTo(this.pos + 1);
      this.pos++;
    }
  }

  /** `$...` at the current position: an expansion kept verbatim, or bash quoting. */
  private readDollar(w: WordBuilder, inDouble: boolean): void {
    const t = this.text;
    const start = this.pos;
    const next = t[start + 1];
    if (!inDouble && next === "'") {
      w.quoted = true;
      this.readAnsiC(w);
      return;
    }
    if (!inDouble && next === '"') {
      w.quoted = true;
      this.pos++;
      this.readDouble(w);
      return;
    }
    let end: number;
    if (next === '(') end = this.readSubstitution(start);
    else if (next === '{') end = this.skipBalanced(start + 1, '{', '}');
    else if (next !== undefined && /[A-Za-z_]/.test(next)) {
      end = start + 2;
      while (end < t.length && /[A-Za-z0-9_]/.test(t[end] as string)) end++;
    } else if (next !== undefined && /[0-9@*#?$!-]/.test(next)) end = start + 2;
    else {
      w.chars.push('$', start);
      this.pos++;
      return;
    }
    w.raw(t, start, end);
    this.pos = end;
  }

  /**
   * `$(...)` (and `$((...))`) from the `$` at `start`: its inside is a script of its own, read
   * with the same rules (quotes, comments, here-documents) to find the closing parenthesis.
   * Its commands are not analysed: what they print is not known.
   */
  private readSubstitution(start: number): number {
    // Each level is a nested reader: past the nesting limit the rest is skipped, not read.
    if (this.level + 1 >= LIMITS.nesting) return this.skipSubstitution(start);
    const inner = new Lexer(this.text, this.mapSpan, start + 2, true, this.level + 1);
    inner.run();
    this.issues.push(...inner.issues);
    if (!inner.closed) this.unterminated('unterminated-substitution', start, '"$("');
    return inner.pos;
  }

  /**
   * Past the nesting limit: finds the end of `$(...)` from the `$` at `start` by counting
   * parentheses (quotes skipped), in one pass, and reports the part as not analysed.
   */
  private skipSubstitution(start: number): number {
    const t = this.text;
    this.issues.push({ code: 'too-deep', span: this.mapSpan({ start, end: start + 2 }), message: nestedTooDeeply('command substitution') });
    let depth = 0;
    let i = start + 1;
    while (i < t.length) {
      const c = t[i];
      if (c === '\\') i += 2;
      else if (c === "'") {
        const q = t.indexOf("'", i + 1);
        i = q < 0 ? t.length : q + 1;
      } else if (c === '(') {
        depth++;
        i++;
      } else if (c === ')') {
        i++;
        if (--depth === 0) return i;
      } else i++;
    }
    return t.length;
  }

  /** From an opening bracket at `at`, the offset after its matching closer (quotes respected). */
  private skipBalanced(at: number, open: string, close: string): number {
    const t = this.text;
    let depth = 0;
    let i = at;
    while (i < t.length) {
      const c = t[i];
      if (c === '\\') i += 2;
      else if (c === "'" && open === '(') {
        const q = t.indexOf("'", i + 1);
        i = q < 0 ? t.length : q + 1;
      } else if (c === '"') {
        i++;
        while (i < t.length && t[i] !== '"') i += t[i] === '\\' ? 2 : 1;
        i++;
      } else if (c === open) {
        depth++;
        i++;
      } else if (c === close) {
        depth--;
        i++;
        if (depth === 0) return i;
      } else i++;
    }
    this.unterminated('unterminated-substitution', at - 1, `"${t.slice(at - 1, at + 1)}"`);
    return t.length;
  }

  private readBackquote(w: WordBuilder): void {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    while (i < t.length && t[i] !== '`') i += t[i] === '\\' ? 2 : 1;
    if (i >= t.length) this.unterminated('unterminated-substitution', start, 'backquote');
    const end = Math.min(t.length, i + 1);
    w.raw(t, start, end);
    this.pos = end;
  }

  /** A template expression rendered before the shell runs: kept whole, never split. */
  private readTemplate(w: WordBuilder, closer: string): void {
    const t = this.text;
    const start = this.pos;
    let end: number;
    if (closer === '}') end = this.skipBalanced(start + 1, '{', '}');
    else {
      const c = t.indexOf(closer, start + 2);
      end = c < 0 ? t.length : c + closer.length;
    }
    w.raw(t, start, end);
    this.pos = end;
  }

  /** bash `$'...'`: backslash escapes decoded, each character mapped to its escape. */
  private readAnsiC(w: WordBuilder): void {
    const t = this.text;
    const open = this.pos;
    let i = open + 2;
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };
    while (i < t.length && t[i] !== "'") {
      if (t[i] === '\\' && i + 1 < t.length) {
        const e = t[i + 1] as string;
        const dec = simple[e];
        if (dec !== undefined) {
          w.chars.push(dec, i, i + 2);
          i += 2;
          continue;
        }
        const m = /^(x[0-9A-Fa-f]{1,2}|[0-7]{1,3})/.exec(t.slice(i + 1, i + 4));
        if (m) {
          const code = m[1]?.startsWith('x') ? parseInt(m[1].slice(1), 16) : parseInt(m[1] ?? '0', 8);
          w.chars.push(String.fromCharCode(code), i, i + 1 + (m[1]?.length ?? 0));
          i += 1 + (m[1]?.length ?? 0);
          continue;
        }
        w.chars.push('\\', i);
        i++;
        continue;
      }
      w.chars.push(t[i] as string, i);
      i++;
    }
    if (i >= t.length) this.unterminated('unterminated-quote', open, "$' quote");
    w.chars.consumedTo(Math.min(t.length, i + 1));
    this.pos = Math.min(t.length, i + 1);
  }
}

/** Whether value[start, end) of a word holds no unevaluated expansion. */
export function isLiteral(w: ShellWord, start = 0, end = w.value.length): boolean {
  return !w.expansions.some((x) => x.start < end && x.end > start);
}

const TEMPLATE_EXPRESSION = /\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|[$%]\{[^}]*\}/g;

/** Ranges of a text holding template expressions (`{{ }}`, `{% %}`, `${ }`, `%{ }`). */
export function templateRanges(text: string): Span[] {
  return [...text.matchAll(TEMPLATE_EXPRESSION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * A word made from an exec-form argument: no shell runs, so the value is taken as is, except
 * that template expressions rendered beforehand (Jinja, Terraform, Helm) are not known.
 */
export function execWord(arg: MappedText & { span: Span }): ShellWord {
  return { value: arg.text, map: arg.map, span: arg.span, quoted: true, expansions: templateRanges(arg.text) };
}

/** Whether the whole word is known text (no expansion or template anywhere). */
export function isLiteralWord(w: ShellWord): boolean {
  return w.expansions.length === 0;
}
