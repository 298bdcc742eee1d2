/**
 * Jinja values in Ansible tasks, resolved only where the link is direct: `{{ name }}`,
 * `{{ item.key }}`, `{{ item.value }}`, `{{ item.name }}`, `{{ var.field }}` (optionally through
 * `| int`, `| string`, `| trim`), where the name is a role default or var, a play or task var,
 * or the item of a literal loop or of a loop over such a variable (`loop: "{{ m | dict2items
 * }}"`, `with_dict`, `with_items`). The result keeps the position of the value where it is
 * written (often the role's defaults/main.yml). Anything else (facts, registered results,
 * lookups, filters that compute, text around an expression) is unevaluated: never guessed, never
 * flagged.
 */
import type { Span, SpanMapper } from '../../core/span';
import { get, isMap, isScalar, isSeq, itemsOf, type YNode, type YScalar } from '../yaml/tree';

/** A YAML node and the file (display path) it sits in. */
export interface Located<N extends YNode = YNode> {
  node: N;
  file: string;
}

/** A loop item: a node, or one entry of a map turned into `{key, value}` (dict2items, with_dict). */
export interface LoopItem {
  node?: Located;
  key?: Located<YScalar>;
  value?: Located;
}

/** A resolved scalar: its text and where each character of it is written. */
export interface ResolvedText {
  text: string;
  span: Span;
  map: SpanMapper;
  file: string;
  /** Not known before Ansible runs (a Jinja expression that is not a direct link). */
  unevaluated: boolean;
}

export class VarScope {
  constructor(
    private readonly vars: Map<string, Located>,
    private readonly parent?: VarScope,
  ) {}

  /** A scope with more variables (a play's or a task's `vars:`), which win over these. */
  with(vars: Map<string, Located>): VarScope {
    return vars.size ? new VarScope(vars, this) : this;
  }

  lookup(name: string): Located | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
}

/** The pairs of a YAML map as variables. */
export function varsOf(map: YNode | null | undefined, file: string): Map<string, Located> {
  const out = new Map<string, Located>();
  if (!isMap(map)) return out;
  for (const p of map.pairs) if (isScalar(p.key) && p.value) out.set(p.key.text, { node: p.value, file });
  return out;
}

const DIRECT = /^\s*\{\{-?\s*([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*|\[['"][^'"]+['"]\])*)\s*(?:\|\s*(?:int|string|trim|bool)\s*)*-?\}\}\s*$/;
const MAX_DEPTH = 6;

/** The node a dotted reference leads to (`item.key`, `sysctl.settings`), if the link is direct. */
function reference(ref: string, scope: VarScope, item: LoopItem | undefined): Located | undefined {
  const parts = ref.replace(/\[['"]([^'"]+)['"]\]/g, '.$1').split('.');
  const head = parts.shift() as string;
  let cur: Located | undefined;
  if (head === 'item' && item) {
    const field = parts[0];
    if (field === 'key' && item.key) {
      parts.shift();
      cur = item.key;
    } else if (field === 'value' && item.value) {
      parts.shift();
      cur = item.value;
    } else cur = item.node;
  } else cur = scope.lookup(head);
  for (const p of parts) {
    if (!cur) return undefined;
    const next = get(cur.node, p);
    cur = next ? { node: next, file: cur.file } : undefined;
  }
  return cur;
}

/** Follows `{{ x }}` links from a node to the node holding the value. */
function follow(n: Located, scope: VarScope, item: LoopItem | undefined, depth = 0): Located {
  if (depth >= MAX_DEPTH || !isScalar(n.node)) return n;
  const m = DIRECT.exec(n.node.text);
  if (!m) return n;
  const target = reference(m[1] as string, scope, item);
  return target ? follow(target, scope, item, depth + 1) : n;
}

/** A scalar's text, resolved through direct links; `unevaluated` when Jinja remains. */
export function resolveText(n: Located, scope: VarScope, item: LoopItem | undefined): ResolvedText | undefined {
  const t = follow(n, scope, item);
  if (!isScalar(t.node) || t.node.value === null) return undefined;
  const s = t.node;
  return { text: s.text, span: s.span, map: s.map, file: t.file, unevaluated: /\{\{|\{%/.test(s.text) };
}

/** A path or other plain string with `{{ x }}` parts that are direct links, substituted. */
export function renderString(n: Located, scope: VarScope, item: LoopItem | undefined): string | undefined {
  const t = follow(n, scope, item);
  if (!isScalar(t.node)) return undefined;
  let ok = true;
  const out = t.node.text.replace(/\{\{[^}]*\}\}/g, (expr) => {
    const r = resolveText({ node: { ...(t.node as YScalar), text: expr }, file: t.file }, scope, item);
    if (!r || r.unevaluated) ok = false;
    return r?.text ?? expr;
  });
  return ok ? out : undefined;
}

/**
 * The items a task loops over (`loop`, `with_items`, `with_list`, `with_dict`), when they can be
 * known: a literal list, or a variable holding a list or (with `dict2items`/`with_dict`) a map.
 * Undefined when the task does not loop; an empty list when its items are not known.
 */
export function loopItems(task: YNode, file: string, scope: VarScope): LoopItem[] | undefined {
  for (const key of ['loop', 'with_items', 'with_list', 'with_dict']) {
    const v = get(task, key);
    if (v === undefined) continue;
    if (!v) return [];
    let source: Located = { node: v, file };
    let dict = key === 'with_dict';
    if (isScalar(v)) {
      const m = /^\s*\{\{\s*([A-Za-z_][\w.]*)\s*(\|\s*dict2items\s*)?(\|\s*list\s*)?\}\}\s*$/.exec(v.text) ?? (key === 'with_dict' || key === 'with_items' ? /^\s*([A-Za-z_][\w.]*)()\s*$/.exec(v.text) : null);
      if (!m) return [];
      if (m[2]) dict = true;
      const target = reference(m[1] as string, scope, undefined);
      if (!target) return [];
      source = follow(target, scope, undefined);
    }
    if (dict && isMap(source.node)) {
      return source.node.pairs.filter((p) => isScalar(p.key)).map((p) => ({ key: { node: p.key as YScalar, file: source.file }, value: p.value ? { node: p.value, file: source.file } : undefined }));
    }
    if (isSeq(source.node)) return itemsOf(source.node).map((n) => ({ node: { node: n, file: source.file } }));
    return [];
  }
  return undefined;
}
