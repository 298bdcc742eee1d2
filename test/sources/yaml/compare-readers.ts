/**
 * Compares the two ways a YAML document becomes a tree: the block reader (./block-reader,
 * used whenever it accepts a document) and the `yaml` package's documents converted by
 * ./parse. Both must give the same documents, ranges, spans, values and errors, and every
 * scalar's map must send the same decoded spans to the same file spans.
 */
import { parseYaml, splitDocuments, withLibraryOnly, type ParseYamlOptions } from '../../../src/sources/yaml/parse';
import { readBlockDocument } from '../../../src/sources/yaml/block-reader';
import type { YDocument, YNode, YScalar } from '../../../src/sources/yaml/tree';

/** A tree as text, functions left out; numbers the JSON form would blur (NaN, -0) spelled out. */
function snapshot(docs: YDocument[]): string {
  return JSON.stringify(docs, (_k, v: unknown) => {
    if (typeof v === 'function') return undefined;
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return `number:${Object.is(v, -0) ? '-0' : String(v)}`;
    return v;
  });
}

/** Every scalar of a tree, keys included, in document order. */
export function scalarsOf(n: YNode | null | undefined, out: YScalar[] = []): YScalar[] {
  if (!n) return out;
  if (n.kind === 'scalar') out.push(n);
  else if (n.kind === 'map')
    for (const p of n.pairs) {
      scalarsOf(p.key, out);
      scalarsOf(p.value, out);
    }
  else if (n.kind === 'seq') for (const i of n.items) scalarsOf(i, out);
  return out;
}

/** How many of the text's documents the block reader accepts. */
export function blockReaderAccepts(text: string): number {
  let n = 0;
  for (const s of splitDocuments(text)) if (readBlockDocument(text.slice(s.start, s.end))) n++;
  return n;
}

/**
 * Parses `text` both ways and throws on the first difference. Returns how many documents the
 * block reader took (0: both sides were the `yaml` package, nothing was compared).
 */
export function compareReaders(text: string, opts: ParseYamlOptions = {}): number {
  const accepted = blockReaderAccepts(text);
  const fast = parseYaml(text, opts);
  const slow = withLibraryOnly(() => parseYaml(text, opts));
  const a = snapshot(fast);
  const b = snapshot(slow);
  if (a !== b) throw new Error(`trees differ for ${JSON.stringify(text)}\nblock reader: ${a}\nyaml package: ${b}`);
  const sa: YScalar[] = [];
  const sb: YScalar[] = [];
  for (const d of fast) scalarsOf(d.contents, sa);
  for (const d of slow) scalarsOf(d.contents, sb);
  sa.forEach((x, k) => {
    const y = sb[k] as YScalar;
    const n = x.text.length;
    // Every span of short scalars, an even sample of long ones.
    const step = n > 64 ? Math.ceil(n / 32) : 1;
    for (let i = 0; i <= n + step - 1; i += step)
      for (let j = Math.min(i, n); j <= n + step - 1; j += step) {
        const s = { start: Math.min(i, n), end: Math.min(j, n) };
        const ma = x.map(s);
        const mb = y.map(s);
        if (ma.start !== mb.start || ma.end !== mb.end) throw new Error(`maps differ for ${JSON.stringify(x.text)} at ${s.start}..${s.end}: ${ma.start}..${ma.end} != ${mb.start}..${mb.end} in ${JSON.stringify(text)}`);
      }
  });
  return accepted;
}
