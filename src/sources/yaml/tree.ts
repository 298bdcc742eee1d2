/**
 * A small, library-independent YAML tree with exact positions. Every span is an offset into the
 * file the user sees (also for YAML embedded in a string: spans are mapped through the string's
 * own position map). Scalars keep the map from their decoded text to the file, so text found
 * inside a value (a sysctl line in a `|` block, a shell command) can be located exactly.
 */
import type { Span } from '../../core/span';
import type { SpanMapper } from './offset-map';
import type { ScalarStyle } from './scalar-text';

export interface YScalar {
  kind: 'scalar';
  /** Resolved value under the YAML 1.2 core schema (`1` is a number, `"1"` a string). */
  value: string | number | boolean | null;
  /** The decoded text before type resolution (`1` for both `1` and `"1"`). */
  text: string;
  style: ScalarStyle;
  tag?: string;
  /** The value's content: inside the quotes, a block scalar's body. */
  span: Span;
  /** The whole node: quotes, a block scalar's header, tag and anchor included. */
  range: Span;
  /**
   * Decoded text offsets to file offsets: a span of `text` to the span of the file that holds
   * it. `exact: false` means the decoding could not be mapped character by character and
   * every span maps to the whole value.
   */
  map: SpanMapper;
  exact: boolean;
}

export interface YPair {
  key: YNode | null;
  value: YNode | null;
}

export interface YMap {
  kind: 'map';
  pairs: YPair[];
  flow: boolean;
  range: Span;
}

export interface YSeq {
  kind: 'seq';
  items: Array<YNode | null>;
  flow: boolean;
  range: Span;
}

interface YAlias {
  kind: 'alias';
  name: string;
  range: Span;
}

export type YNode = YScalar | YMap | YSeq | YAlias;

export interface YamlProblem {
  /** The YAML library's error code (`BAD_INDENT`, `MISSING_CHAR`...), or our own. */
  code: string;
  message: string;
  span: Span;
}

export interface YDocument {
  contents: YNode | null;
  /** The document's extent in the file (from its `---` or first line to its end). */
  range: Span;
  /** Syntax errors: the tree holds what the parser could recover. */
  errors: YamlProblem[];
  /** Lines of template tags read as blank (ParseYamlOptions.blankTemplateLines). */
  templateLines?: Span[];
  /** Not parsed: past the analysis limit for YAML (core/limits.ts); says why. Contents are null. */
  skipped?: string;
}

export function isMap(n: YNode | null | undefined): n is YMap {
  return !!n && n.kind === 'map';
}
export function isSeq(n: YNode | null | undefined): n is YSeq {
  return !!n && n.kind === 'seq';
}
export function isScalar(n: YNode | null | undefined): n is YScalar {
  return !!n && n.kind === 'scalar';
}

/** The key's text of a pair whose key is a scalar. */
export function keyText(p: YPair): string | undefined {
  return isScalar(p.key) ? p.key.text : undefined;
}

/** The pair whose key is `key` (the last one, as a YAML loader keeps it). */
export function pairOf(map: YNode | null | undefined, key: string): YPair | undefined {
  if (!isMap(map)) return undefined;
  let found: YPair | undefined;
  for (const p of map.pairs) if (isScalar(p.key) && p.key.text === key) found = p;
  return found;
}

/** The value under `key` of a mapping. */
export function get(map: YNode | null | undefined, key: string): YNode | null | undefined {
  return pairOf(map, key)?.value;
}

/** The value at a path of keys (strings) and sequence indexes (numbers). */
export function getPath(node: YNode | null | undefined, path: Array<string | number>): YNode | null | undefined {
  let cur: YNode | null | undefined = node;
  for (const seg of path) {
    if (typeof seg === 'number') cur = isSeq(cur) ? cur.items[seg] : undefined;
    else cur = get(cur, seg);
    if (cur === undefined || cur === null) return cur;
  }
  return cur;
}

/** A scalar's value as a string (numbers and booleans as written), else undefined. */
export function scalarText(n: YNode | null | undefined): string | undefined {
  return isScalar(n) && n.value !== null ? n.text : undefined;
}

/** YAML `true` (a boolean, not the string "true"). */
export function isTrue(n: YNode | null | undefined): boolean {
  return isScalar(n) && n.value === true;
}

/** The items of a sequence (empty for anything else). */
export function itemsOf(n: YNode | null | undefined): YNode[] {
  return isSeq(n) ? (n.items.filter((x) => x !== null) as YNode[]) : [];
}

