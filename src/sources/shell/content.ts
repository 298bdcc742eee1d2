/**
 * Text a command produces (what `echo`, `printf`, a here-document or a here-string send to
 * stdout), kept with the file position of every character and the ranges nobody can know
 * before the command runs (expansions, templates).
 */
import type { Span, SpanMapper } from '../../core/span';
import type { ParsedSysctl } from '../../model/facts';
import { parseSysctl } from '../sysctl-conf/parse';
import type { HeredocBody, ShellWord } from './lexer';
import { templateRanges } from './lexer';
import { MappedTextBuilder, type MappedText } from './mapped-text';

export interface Content extends MappedText {
  /** Ranges of `text` that are unevaluated expansions or template expressions. */
  expansions: Span[];
}

const fileSpans: SpanMapper = (s) => s;

/** Accumulates characters whose positions are already file offsets. */
class ContentBuilder {
  private readonly b = new MappedTextBuilder();
  private readonly expansions: Span[] = [];

  get length(): number {
    return this.b.length;
  }

  /** Appends value[from, to) of a word, each character at its own file position. */
  word(w: ShellWord, from = 0, to = w.value.length): void {
    const base = this.b.length;
    for (let i = from; i < to; i++) {
      const sp = w.map({ start: i, end: i + 1 });
      this.b.push(w.value[i] as string, sp.start, sp.end);
    }
    for (const x of w.expansions) {
      const s = Math.max(x.start, from);
      const e = Math.min(x.end, to);
      if (s < e) this.expansions.push({ start: base + s - from, end: base + e - from });
    }
  }

  /** Appends text produced by a file range (a decoded escape, a separator). */
  literal(text: string, at: Span): void {
    this.b.push(text, at.start, at.end);
  }

  build(): Content {
    const m = this.b.build(fileSpans);
    return { text: m.text, map: m.map, expansions: this.expansions };
  }
}

/** `echo [-neE] args...`: arguments joined by spaces; `-e` decodes backslash escapes. */
export function echoOutput(args: ShellWord[]): Content {
  let i = 0;
  let escapes = false;
  let newline = true;
  while (i < args.length && /^-[neE]+$/.test(args[i]?.value ?? '')) {
    const flags = (args[i] as ShellWord).value;
    if (flags.includes('e')) escapes = true;
    if (flags.includes('E')) escapes = false;
    if (flags.includes('n')) newline = false;
    i++;
  }
  const out = new ContentBuilder();
  for (let k = i; k < args.length; k++) {
    const w = args[k] as ShellWord;
    if (k > i) {
      const prevEnd = (args[k - 1] as ShellWord).span.end;
      out.literal(' ', { start: prevEnd, end: prevEnd });
    }
    if (escapes) decodeEscapes(w, 0, w.value.length, out);
    else out.word(w);
  }
  if (newline && args.length > i) {
    const end = (args[args.length - 1] as ShellWord).span.end;
    out.literal('\n', { start: end, end });
  }
  return out.build();
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b' };

/** Copies value[from, to) of a word, decoding `\n`-style escapes as echo -e and printf do. */
function decodeEscapes(w: ShellWord, from: number, to: number, out: ContentBuilder): void {
  let i = from;
  let run = from;
  const flush = (end: number) => {
    if (end > run) out.word(w, run, end);
  };
  while (i < to) {
    if (w.value[i] === '\\' && i + 1 < to) {
      const d = ESCAPES[w.value[i + 1] as string];
      if (d !== undefined) {
        flush(i);
        out.literal(d, w.map({ start: i, end: i + 2 }));
        i += 2;
        run = i;
        continue;
      }
    }
    i++;
  }
  flush(to);
}

/**
 * `printf FORMAT [args...]`: the format is reused until the arguments run out (POSIX). Only
 * `%s`, `%d`, `%i`, `%u` and `%%` directives are understood; anything else makes the output
 * unknown (undefined).
 */
export function printfOutput(args: ShellWord[]): Content | undefined {
  let i = 0;
  if (args[0]?.value === '--') i++;
  const fmt = args[i];
  if (!fmt) return undefined;
  const rest = args.slice(i + 1);
  const directives = [...fmt.value.matchAll(/%(%|[sdiu]|.)/g)];
  if (directives.some((m) => m[1] !== '%' && !/^[sdiu]$/.test(m[1] ?? ''))) return undefined;
  const perRound = directives.filter((m) => m[1] !== '%').length;
  const out = new ContentBuilder();
  let next = 0;
  let rounds = 0;
  do {
    let pos = 0;
    for (const m of directives) {
      const at = m.index;
      decodeEscapes(fmt, pos, at, out);
      if (m[1] === '%') out.literal('%', fmt.map({ start: at, end: at + 2 }));
      else {
        const arg = rest[next++];
        if (arg) out.word(arg);
      }
      pos = at + m[0].length;
    }
    decodeEscapes(fmt, pos, fmt.value.length, out);
    rounds++;
  } while (perRound > 0 && next < rest.length && rounds < 1000);
  return out.build();
}

/** The body of a here-document; an unquoted one expands `$...` and backquotes, which stay unknown. */
export function heredocOutput(h: HeredocBody): Content {
  const expansions = templateRanges(h.text);
  if (!h.quoted) {
    for (const m of h.text.matchAll(/\$(\{[^}\n]*\}|\([^)\n]*\)|[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])|`[^`\n]*`/g)) {
      expansions.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return { text: h.text, map: h.map, expansions };
}

/** A here-string (`<<< word`): the word and a newline. */
export function hereStringOutput(w: ShellWord): Content {
  const out = new ContentBuilder();
  out.word(w);
  out.literal('\n', { start: w.span.end, end: w.span.end });
  return out.build();
}

/** Whether content[start, end) holds nothing unknown. */
export function contentIsLiteral(c: Content, start = 0, end = c.text.length): boolean {
  return !c.expansions.some((x) => x.start < end && x.end > start);
}

/**
 * Reads content written into a sysctl file (or fed to `sysctl -p -`) with the sysctl line
 * grammar, at file positions; a line that holds an unknown part counts as templated.
 */
export function parseContentAsSysctl(c: Content): ParsedSysctl {
  const p = parseSysctl(c.text);
  const m = c.map;
  return {
    assignments: p.assignments.map((a) => ({
      ...a,
      templated: a.templated || !contentIsLiteral(c, a.lineSpan.start, a.lineSpan.end),
      keySpan: m(a.keySpan),
      valueSpan: m(a.valueSpan),
      lineSpan: m(a.lineSpan),
    })),
    exclusions: p.exclusions.map((x) => ({ ...x, keySpan: m(x.keySpan) })),
    issues: p.issues.map((i) => ({ ...i, span: m(i.span) })),
  };
}
