/**
 * Maps a JSON-pointer-like path (from ajv's instancePath or our own checks) to the source
 * range of the YAML node it names — the "closest" existing ancestor when the exact node does
 * not exist, so that a missing field is reported at the object that lacks it.
 */
import type { Document, Node } from 'yaml';
import { yamlLib } from './lazy-deps';
import type { Span } from './span';

export function pointerToPath(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function nodeSpan(node: Node | null | undefined): Span | undefined {
  const r = node?.range;
  return r ? { start: r[0], end: r[1] } : undefined;
}

/**
 * Span of the node at `path`. With `key: true`, a mapping entry is located at its key
 * (where a reader looks for "the offending field").
 */
export function locateInDocument(doc: Document, path: Array<string | number>, opts: { key?: boolean } = {}): Span {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let best = nodeSpan(doc.contents as Node) ?? { start: 0, end: 0 };
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return best;
      const last = i === path.length - 1;
      if (last && opts.key && isScalar(pair.key)) return nodeSpan(pair.key as Node) ?? best;
      node = pair.value;
      best = nodeSpan(pair.value as Node) ?? nodeSpan(pair.key as Node) ?? best;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) return best;
      node = item;
      best = nodeSpan(item as Node) ?? best;
    } else return best;
  }
  return best;
}
