/**
 * The fix stage: decides, against the bytes of each file, which planned fixes can be made
 * exactly. A fix is offered only when
 *
 * 1. the text the linter judged stands verbatim at every span the fix edits (content that is
 *    encoded, escaped or folded maps to other bytes: such a fix is reported as not fixable);
 * 2. a whole-line removal covers a line that holds nothing else (its indentation and line break
 *    go with it; at the end of a file without a final newline, the break before it);
 * 3. the edited file, read again by its source kind, holds exactly the facts it held before,
 *    less the ones the fix replaces, plus the ones it promises: no YAML string broken by a
 *    quote, no other setting changed. Fixes are verified together and, when a group fails,
 *    in halves, so a file with many fixes costs few re-reads.
 */
import type { Finding } from '../core/finding';
import type { FactPrint, FixEdit, FixVariant, PlannedEdit } from '../core/fix';
import { factPrint } from '../core/fix';
import type { SourceStore } from '../inputs/source-store';
import type { Span } from '../core/span';
import { handlerForFile, handlerForPath } from '../sources/registry';
import type { Extraction, SourceHandler } from '../sources/types';
import { applyEdits, chooseFixes } from './apply';

const NOT_VERBATIM = 'the setting is not written verbatim here (encoded, escaped or folded content): fix it by hand';
const NOT_READ_BACK = 'the file cannot be read again exactly as it was judged';
const NOT_VERIFIED = 'the edited file would not read back as intended (the quoting or the structure around the setting)';

const isBreak = (c: string | undefined) => c === '\n' || c === '\r';
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';

/** The span of a whole source line around `s` with its indentation and line break, or a reason. */
function wholeLineSpan(text: string, s: Span): Span | string {
  let start = s.start;
  while (start > 0 && isBlank(text[start - 1])) start--;
  if (start > 0 && !isBreak(text[start - 1])) return 'the line holds other text besides the setting: fix it by hand';
  let end = s.end;
  while (end < text.length && isBlank(text[end])) end++;
  if (text[end] === '\r' && text[end + 1] === '\n') end += 2;
  else if (isBreak(text[end])) end += 1;
  else if (end === text.length) {
    // The last line of a file without a final newline: its preceding break goes, so the file
    // still ends without one.
    if (start >= 2 && text[start - 2] === '\r' && text[start - 1] === '\n') start -= 2;
    else if (start >= 1) start -= 1;
  } else return 'the line holds other text besides the setting: fix it by hand';
  return { start, end };
}

function holdsVerbatim(text: string, edit: PlannedEdit): boolean {
  for (const v of edit.verbatim) {
    if (v.span.end > text.length || v.span.start > v.span.end) return false;
    const here = text.slice(v.span.start, v.span.end);
    if ('text' in v) {
      if (here !== v.text) return false;
    } else if (/[^\S \t]/.test(here) || here.split(/[ \t]+/).join('\0') !== v.words.join('\0')) return false;
  }
  return true;
}

/** The exact edits of a variant in this text, or why there are none. */
function concretize(text: string, variant: FixVariant): FixEdit[] | string {
  const out: FixEdit[] = [];
  for (const e of variant.edits) {
    if (!holdsVerbatim(text, e)) return NOT_VERBATIM;
    if (e.wholeLine) {
      const line = wholeLineSpan(text, e.span);
      if (typeof line === 'string') return line;
      out.push({ file: e.file, span: line, text: '' });
    } else {
      if (/[\r\n]/.test(text.slice(e.span.start, e.span.end))) return NOT_VERBATIM;
      out.push({ file: e.file, span: e.span, text: e.text });
    }
  }
  return out;
}

type Facts = Map<string, number>;

function addFact(facts: Facts, f: string, n = 1): void {
  const c = (facts.get(f) ?? 0) + n;
  if (c) facts.set(f, c);
  else facts.delete(f);
}

/** What a source kind reads from a text: its settings, syntax issues and findings about the file. */
function factsOf(handler: SourceHandler, file: string, text: string): Facts | undefined {
  let x: Extraction;
  try {
    x = handler.extract({ abs: file, display: file, text, explicit: true, devNull: false, isSymlink: false, realFile: file });
  } catch {
    return undefined;
  }
  const facts: Facts = new Map();
  const files = [...(x.nodeFiles ?? []).map((n) => n.file), ...(x.nodes ?? []).flatMap((n) => n.files)];
  for (const f of files) {
    for (const a of f.parsed.assignments) addFact(facts, factPrint(a.rawKey, a.value));
    for (const i of f.parsed.issues) addFact(facts, `issue\0${i.code}\0${i.text}`);
  }
  for (const n of x.nodes ?? []) {
    for (const a of [...(n.runtime ?? []), ...(n.buildWrites ?? [])]) addFact(facts, factPrint(a.rawKey, a.value, a.split?.words));
    for (const o of n.observations ?? []) addFact(facts, `observation\0${o.kind}`);
  }
  for (const f of x.findings ?? []) addFact(facts, `finding\0${f.ruleId}`);
  return facts;
}

interface Candidate {
  finding: Finding;
  before: FactPrint[];
  /** Variants whose edits hold verbatim, with their exact edits. */
  options: Array<{ edits: FixEdit[]; after: FactPrint[] }>;
  /** The option being tried. */
  at: number;
}

/** Resolves the fixes of the findings of one file. */
function resolveFile(file: string, found: Finding[], sources: SourceStore): void {
  const text = sources.get(file);
  const fail = (f: Finding, reason: string) => {
    f.notFixable = reason;
    delete f.fixIntent;
  };
  const candidates: Candidate[] = [];
  for (const f of found) {
    const intent = f.fixIntent;
    if (!intent) continue;
    if (!text) {
      fail(f, NOT_READ_BACK);
      continue;
    }
    const options: Candidate['options'] = [];
    let reason = NOT_VERBATIM;
    for (const v of intent.variants) {
      const edits = concretize(text, v);
      if (typeof edits === 'string') reason = edits;
      else options.push({ edits, after: v.after });
    }
    if (options.length) candidates.push({ finding: f, before: intent.before, options, at: 0 });
    else fail(f, reason);
  }
  if (!candidates.length) return;
  const handler = handlerForFile({ abs: file, display: file, text, explicit: true }, handlerForPath(file) !== undefined);
  const original = handler && factsOf(handler, file, text);
  if (!handler || !original) {
    for (const c of candidates) fail(c.finding, NOT_VERIFIED);
    return;
  }
  const verifies = (group: Candidate[]): boolean => {
    const expected: Facts = new Map(original);
    const edits: FixEdit[] = [];
    for (const c of group) {
      const o = c.options[c.at] as Candidate['options'][number];
      for (const b of c.before) addFact(expected, b, -1);
      for (const a of o.after) addFact(expected, a);
      for (const e of o.edits) edits.push(e);
    }
    edits.sort((a, b) => a.span.start - b.span.start);
    const got = factsOf(handler, file, applyEdits(text, edits));
    if (!got || got.size !== expected.size) return false;
    for (const [k, n] of expected) if (got.get(k) !== n) return false;
    return true;
  };
  const accept = (c: Candidate) => {
    const o = c.options[c.at] as Candidate['options'][number];
    const intent = c.finding.fixIntent;
    if (intent) c.finding.fix = { description: intent.description, safe: intent.safe, edits: o.edits };
    delete c.finding.fixIntent;
  };
  /** Verifies a group of compatible fixes; a failing group is split until each part verifies or fails alone. */
  const settle = (group: Candidate[]): void => {
    if (!group.length) return;
    if (verifies(group)) return group.forEach(accept);
    if (group.length === 1) {
      const c = group[0] as Candidate;
      while (++c.at < c.options.length) if (verifies([c])) return accept(c);
      return fail(c.finding, NOT_VERIFIED);
    }
    const mid = group.length >> 1;
    settle(group.slice(0, mid));
    settle(group.slice(mid));
  };
  let remaining = candidates;
  while (remaining.length) {
    const choice = chooseFixes(remaining.map((c) => ({ c, edits: (c.options[c.at] as Candidate['options'][number]).edits })));
    const taken = choice.taken.map((t) => t.c);
    settle(taken);
    remaining = [...choice.subsumed, ...choice.left].map((t) => t.c);
    if (!taken.length) {
      // Cannot happen (the first fix in order is always taken); verify the rest one by one.
      for (const c of remaining) settle([c]);
      break;
    }
  }
}

/** Turns every finding's planned fix into exact edits, or says why it cannot be made. */
export function resolveFixes(findings: readonly Finding[], sources: SourceStore): void {
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const file = f.fixIntent?.variants[0]?.edits[0]?.file;
    if (file === undefined) continue;
    let list = byFile.get(file);
    if (!list) byFile.set(file, (list = []));
    list.push(f);
  }
  for (const [file, list] of byFile) resolveFile(file, list, sources);
}
