/**
 * YAML position mapping through the public entry points (parseYaml, parseEmbeddedYaml): every
 * node's range and every scalar's content span lie inside the file, decoded text maps back to
 * the bytes that hold it (block scalars, quoted scalars, YAML embedded in a string), values
 * agree with the yaml library's own reading, and a second parse gives the same tree.
 */
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { describe } from 'vitest';
import type { YDocument, YNode, YScalar } from '../../src/sources/yaml';
import { isMap, isScalar, parseEmbeddedYaml, parseYaml } from '../../src/sources/yaml';
import { anyText, cleanSysctlLines, indent, withNoise, yamlText } from './arbitraries';
import { assertInside, fuzzIt } from './fuzz';

function* nodesOf(n: YNode | null | undefined): Generator<YNode> {
  if (!n) return;
  yield n;
  if (n.kind === 'map') {
    for (const p of n.pairs) {
      yield* nodesOf(p.key);
      yield* nodesOf(p.value);
    }
  }
  if (n.kind === 'seq') for (const i of n.items) yield* nodesOf(i);
}

const WORD = /[A-Za-z0-9_]+/g;

/** Each word of an exactly mapped scalar's decoded text maps to the same word in the file (or to the escape that wrote it). */
function checkScalar(text: string, s: YScalar, what: string): void {
  assertInside(s.span, text.length, `${what} span`);
  assertInside(s.range, text.length, `${what} range`);
  if (s.span.start < s.range.start || s.span.end > s.range.end) throw new Error(`${what}: content ${s.span.start}..${s.span.end} outside its node ${s.range.start}..${s.range.end}`);
  const whole = s.map({ start: 0, end: s.text.length });
  assertInside(whole, text.length, `${what} mapped text`);
  if (!s.exact) return;
  for (const m of s.text.matchAll(WORD)) {
    const at = s.map({ start: m.index, end: m.index + m[0].length });
    assertInside(at, text.length, `${what} word`);
    const got = text.slice(at.start, at.end);
    if (got !== m[0] && !got.includes('\\')) throw new Error(`${what}: word ${JSON.stringify(m[0])} maps to ${at.start}..${at.end} = ${JSON.stringify(got)}`);
  }
}

function checkDocs(text: string, docs: YDocument[]): void {
  for (const d of docs) {
    assertInside(d.range, text.length, 'document range');
    for (const e of d.errors) assertInside(e.span, text.length, `error ${e.code}`);
    for (const n of nodesOf(d.contents)) {
      assertInside(n.range, text.length, `${n.kind} range`);
      if (isScalar(n)) checkScalar(text, n, `${n.style} scalar`);
    }
  }
}

/** A tree without functions, to compare two parses. */
const snapshot = (docs: YDocument[]) => JSON.stringify(docs, (_k, v: unknown) => (typeof v === 'function' ? undefined : v));

/** Our tree as plain values (undefined when it holds something the comparison leaves out). */
function toJs(n: YNode | null): unknown {
  if (!n) return null;
  if (n.kind === 'alias') throw new Error('alias');
  if (n.kind === 'scalar') {
    if (n.tag) throw new Error('tag');
    return n.value;
  }
  if (n.kind === 'seq') return n.items.map(toJs);
  const o: Record<string, unknown> = {};
  for (const p of n.pairs) {
    if (!isScalar(p.key)) throw new Error('complex key');
    o[String(p.key.value)] = toJs(p.value);
  }
  return o;
}

describe('fuzz: YAML position mapping', () => {
  fuzzIt('generated documents: ranges inside, decoded words at their bytes', yamlText, (text) => checkDocs(text, parseYaml(text)), { scale: 0.2 });

  fuzzIt('generated documents with hostile fragments: never throws, positions inside', withNoise(yamlText), (text) => checkDocs(text, parseYaml(text, { blankTemplateLines: true })), { scale: 0.2 });

  fuzzIt('any text: never throws, positions inside', anyText, (text) => checkDocs(text, parseYaml(text)), { scale: 0.2 });

  fuzzIt('values agree with the yaml library on documents it reads without error', yamlText, (text) => {
    const ours = parseYaml(text);
    const theirs = parseAllDocuments(text);
    if (!Array.isArray(theirs) || theirs.length !== ours.length) return;
    theirs.forEach((d, i) => {
      if (d.errors.length || d.warnings.length || ours[i]?.errors.length) return;
      let mine: unknown;
      try {
        mine = toJs(ours[i]?.contents ?? null);
      } catch {
        return; // aliases, tags, complex keys: outside this comparison
      }
      const want = JSON.stringify(d.toJS({ maxAliasCount: -1 }) ?? null);
      if (JSON.stringify(mine) !== want) throw new Error(`document ${i}: ${JSON.stringify(mine)} != ${want}`);
    });
  }, { scale: 0.2 });

  fuzzIt('parsing the same bytes twice gives the same tree', yamlText, (text) => {
    if (snapshot(parseYaml(text)) !== snapshot(parseYaml(text))) throw new Error('second parse differs');
  }, { scale: 0.2 });

  const embedded = fc.tuple(cleanSysctlLines, fc.constantFrom('|', '|-', '|+', '|4'), fc.boolean(), fc.constantFrom('', '# lead\n', 'x: 1\n')).map(([lines, header, nested, lead]) => {
    const outer = nested ? 2 : 0;
    const inner = 'kind: KubeProxyConfiguration\nconntrack:\n  maxPerCore: 0\nsettings:\n' + lines.map((l, i) => `  k${i}: ${JSON.stringify(l)}`).join('\n') + '\n';
    const bodyIndent = outer + (/\d/.test(header) ? Number(header.slice(-1)) : 2);
    return `${lead}${nested ? 'spec:\n' : ''}${' '.repeat(outer)}data: ${header}\n${indent(inner, bodyIndent)}`;
  });

  fuzzIt('YAML embedded in a block scalar: inner keys and values map to their bytes in the file', embedded, (text) => {
    const root = parseYaml(text)[0]?.contents;
    const spec = isMap(root) ? root.pairs.find((p) => isScalar(p.key) && p.key.text === 'spec')?.value : undefined;
    const outer = isMap(spec) ? spec : root;
    const data = isMap(outer) ? outer.pairs.find((p) => isScalar(p.key) && p.key.text === 'data')?.value : undefined;
    if (!isScalar(data)) throw new Error('no data scalar');
    const docs = parseEmbeddedYaml(data);
    checkDocs(text, docs);
    let keys = 0;
    for (const d of docs) for (const n of nodesOf(d.contents)) if (isMap(n)) for (const p of n.pairs) if (isScalar(p.key)) {
      keys++;
      const got = text.slice(p.key.span.start, p.key.span.end);
      if (got !== p.key.text) throw new Error(`inner key ${p.key.text} at ${JSON.stringify(got)}`);
    }
    if (keys < 4) throw new Error(`only ${keys} inner keys read`);
  }, { scale: 0.2 });

  fuzzIt('deep flow nesting and long documents end within the budget', fc.tuple(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('[', '{a: ', '- ', '{', '[{', '? ')), ([n, open]) => {
    const text = `k: ${open.repeat(n)}x`;
    checkDocs(text, parseYaml(text));
  }, { scale: 0.01, budgetMs: 3000 });
});
