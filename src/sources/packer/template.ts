/**
 * The provisioners of a Packer template, in the order they run, whatever the syntax: HCL2
 * (`build { provisioner "shell" { ... } }`), HCL2 in JSON syntax (`*.pkr.json`) and legacy JSON
 * templates (`"provisioners": [{"type": "shell", ...}]`). Values keep their file positions.
 */
import type { Span, SpanMapper } from '../../core/span';
import { templateRanges } from '../shell/index';
import { parseYaml } from '../yaml/parse';
import { get, isMap, isScalar, isSeq, itemsOf, keyText, type YNode } from '../yaml/tree';
import { attribute, parseHcl, type HclBody, type HclValue } from './hcl';

export type PackerValue =
  | { kind: 'string'; text: string; map: SpanMapper; span: Span; templates: Span[] }
  | { kind: 'list'; items: PackerValue[]; span: Span }
  | { kind: 'other'; span: Span };

export interface Provisioner {
  type: string;
  /** For messages: `provisioner "shell" #2`, `provisioners[1] (shell)`. */
  label: string;
  span: Span;
  get(name: string): PackerValue | undefined;
}

export interface PackerTemplate {
  provisioners: Provisioner[];
  /** Literal default values of user variables (`variable "x" { default = "..." }`, JSON `variables`). */
  variables: Map<string, string>;
  /** The builders are all `docker`: the result is a container image, not a machine image. */
  containerOnly: boolean;
}

export function isHclTemplatePath(display: string): boolean {
  return /\.pkr\.hcl$/i.test(display);
}

/** Legacy JSON templates have `builders` and `provisioners` at the top. */
export function looksLikeLegacyJson(text: string): boolean {
  return /^\s*\{/.test(text) && /"provisioners"\s*:/.test(text) && /"builders"\s*:/.test(text);
}

/** HCL2 in JSON syntax (`*.pkr.json`) or HCL native syntax with a build block. */
export function looksLikeHclTemplate(text: string): boolean {
  // Every YAML file a walk declines is asked this: the plain search rules out most at once.
  return text.includes('build') && /^[ \t]*build[ \t]*\{/m.test(text) && /^[ \t]*(source|provisioner)[ \t]+"/m.test(text);
}

export function readTemplate(text: string, display: string): PackerTemplate {
  if (/\.json$/i.test(display) || /^\s*\{/.test(text)) return readJson(text);
  return readHcl(text);
}

function fromHcl(v: HclValue): PackerValue {
  if (v.kind === 'string') return { kind: 'string', text: v.text, map: v.map, span: v.span, templates: v.templates };
  if (v.kind === 'tuple') return { kind: 'list', items: v.items.map(fromHcl), span: v.span };
  return { kind: 'other', span: v.span };
}

function readHcl(text: string): PackerTemplate {
  const file = parseHcl(text);
  const provisioners: Provisioner[] = [];
  const variables = new Map<string, string>();
  const builders: string[] = [];
  for (const b of file.body.blocks) {
    if (b.type === 'variable' && b.labels[0]) {
      const d = attribute(b.body, 'default')?.value;
      if (d?.kind === 'string' && !d.templates.length) variables.set(b.labels[0].value, d.text);
    } else if (b.type === 'source' && b.labels[0]) builders.push(b.labels[0].value);
    else if (b.type === 'build') collectHclProvisioners(b.body, provisioners);
  }
  return { provisioners, variables, containerOnly: builders.length > 0 && builders.every((x) => x === 'docker') };
}

function collectHclProvisioners(body: HclBody, out: Provisioner[]): void {
  for (const p of body.blocks) {
    if (p.type !== 'provisioner' || !p.labels[0]) continue;
    const type = p.labels[0].value;
    const n = out.length + 1;
    out.push({ type, label: `provisioner "${type}" #${n}`, span: p.labels[0].span, get: (name) => {
      const a = attribute(p.body, name);
      return a ? fromHcl(a.value) : undefined;
    } });
  }
}

function fromYaml(n: YNode | null | undefined): PackerValue | undefined {
  if (!n) return undefined;
  if (isScalar(n)) return { kind: 'string', text: n.text, map: n.map, span: n.span, templates: templateRanges(n.text) };
  if (isSeq(n)) return { kind: 'list', items: itemsOf(n).map((x) => fromYaml(x) ?? { kind: 'other', span: x.range }), span: n.range };
  return { kind: 'other', span: n.range };
}

/** JSON is read by the YAML layer (JSON is YAML 1.2), which keeps every string's positions. */
function readJson(text: string): PackerTemplate {
  const root = parseYaml(text)[0]?.contents;
  const provisioners: Provisioner[] = [];
  const variables = new Map<string, string>();
  // Legacy: "provisioners": [{"type": "shell", ...}], "variables": {"x": "..."}.
  itemsOf(get(root, 'provisioners')).forEach((p, i) => {
    const t = get(p, 'type');
    if (!isScalar(t)) return;
    provisioners.push({ type: t.text, label: `provisioners[${i}] (${t.text})`, span: t.span, get: (name) => fromYaml(get(p, name)) });
  });
  const vars = get(root, 'variables');
  if (isMap(vars)) for (const pair of vars.pairs) if (isScalar(pair.value) && typeof pair.value.value === 'string' && keyText(pair)) variables.set(keyText(pair) as string, pair.value.text);
  const builders = itemsOf(get(root, 'builders')).map((b) => (isScalar(get(b, 'type')) ? (get(b, 'type') as { text: string }).text : ''));
  // HCL2 JSON syntax: "build": {"provisioner": [{"shell": {...}}]} (objects or lists of them).
  for (const build of listOrOne(get(root, 'build'))) {
    for (const entry of listOrOne(get(build, 'provisioner'))) {
      if (!isMap(entry)) continue;
      for (const pair of entry.pairs) {
        const type = keyText(pair);
        if (!type || !isScalar(pair.key)) continue;
        for (const body of listOrOne(pair.value)) {
          const n = provisioners.length + 1;
          provisioners.push({ type, label: `provisioner "${type}" #${n}`, span: pair.key.span, get: (name) => fromYaml(get(body, name)) });
        }
      }
    }
  }
  return { provisioners, variables, containerOnly: builders.length > 0 && builders.every((b) => b === 'docker') };
}

function listOrOne(n: YNode | null | undefined): YNode[] {
  if (!n) return [];
  return isSeq(n) ? itemsOf(n) : [n];
}

/** The strings of a value that is a string or a list of strings. */
export function stringsOf(v: PackerValue | undefined): Array<Extract<PackerValue, { kind: 'string' }>> {
  if (!v) return [];
  if (v.kind === 'string') return [v];
  if (v.kind === 'list') return v.items.flatMap(stringsOf);
  return [];
}
