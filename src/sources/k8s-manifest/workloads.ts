/**
 * Where the pod spec of a Kubernetes object lives: Pod `spec`; Deployment, DaemonSet,
 * StatefulSet, ReplicaSet, ReplicationController and Job `spec.template.spec`; CronJob
 * `spec.jobTemplate.spec.template.spec`; PodTemplate `template.spec`; the items of a `List`;
 * in any other object, wherever it embeds one (./custom-resources.ts).
 * A kubectl patch (no `kind`, JSON or YAML strategic-merge) is read by its shape: a
 * `spec.template.spec`, or a `spec` with containers.
 */
import { get, getPath, isMap, isScalar, isSeq, itemsOf, scalarText, type YMap, type YNode, type YPair } from '../yaml/tree';
import { customPodSpecs } from './custom-resources';

export interface PodSpecRef {
  spec: YMap;
  /** `DaemonSet kube-system/ingress-nginx`, `patch (spec.template.spec)`. */
  workload: string;
  /** A path identifying the pod spec inside its document, for node ids. */
  path: string;
  /** The object around it, for context (kind, name, containers' commands). */
  object: YMap;
}

const TEMPLATE_KINDS = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job']);

export function objectLabel(obj: YNode | null | undefined, kind: string): string {
  const generated = scalarText(getPath(obj, ['metadata', 'generateName']));
  const name = scalarText(getPath(obj, ['metadata', 'name'])) ?? (generated ? `${generated}*` : undefined);
  const ns = scalarText(getPath(obj, ['metadata', 'namespace']));
  return `${kind} ${ns ? `${ns}/` : ''}${name ?? '(unnamed)'}`;
}

const POD_PATH = /^\/spec(?:\/jobTemplate\/spec)?\/template\/spec(?:\/(initContainers|containers|securityContext|hostNetwork|hostIPC)(?:\/(-|\d+|sysctls(?:\/(?:-|\d+))?))?)?$/;

/**
 * A JSON Patch (RFC 6902, `kubectl patch --type json`): `add`/`replace` operations whose path
 * is in the pod template, gathered into the pod spec they build. Values keep their positions.
 */
function jsonPatchPodSpec(root: YNode): YMap | undefined {
  const fields = new Map<string, { key: YNode; items: YNode[]; value?: YNode }>();
  for (const op of itemsOf(root)) {
    const kind = scalarText(get(op, 'op'));
    const pathNode = get(op, 'path');
    const value = get(op, 'value');
    if ((kind !== 'add' && kind !== 'replace') || !isScalar(pathNode) || !value) continue;
    const m = POD_PATH.exec(pathNode.text);
    if (!m) continue;
    const [, field, rest] = m;
    if (!field) {
      if (isMap(value)) for (const p of value.pairs) if (isScalar(p.key)) fields.set(p.key.text, { key: p.key, items: [], value: p.value ?? undefined });
      continue;
    }
    const entry = fields.get(field) ?? { key: pathNode, items: [] };
    if (field === 'securityContext' && rest?.startsWith('sysctls')) {
      // `/securityContext/sysctls/-` adds one entry; `/securityContext/sysctls` sets the list.
      const sc = entry.value && isMap(entry.value) ? entry.value : undefined;
      const list = rest === 'sysctls' ? itemsOf(value) : [value];
      const prev = sc ? itemsOf(get(sc, 'sysctls')) : [];
      entry.value = { kind: 'map', flow: true, range: value.range, pairs: [{ key: { ...pathNode, value: 'sysctls', text: 'sysctls' }, value: { kind: 'seq', flow: true, range: value.range, items: [...prev, ...list] } }] };
    } else if (rest === undefined) entry.value = value;
    else entry.items.push(value);
    fields.set(field, entry);
  }
  if (!fields.size) return undefined;
  const pairs: YPair[] = [];
  for (const [name, f] of fields) {
    const key = isScalar(f.key) ? { ...f.key, value: name, text: name } : f.key;
    const value: YNode | null = f.items.length ? { kind: 'seq', flow: true, range: (f.items[0] as YNode).range, items: [...itemsOf(f.value), ...f.items] } : (f.value ?? null);
    pairs.push({ key, value });
  }
  return { kind: 'map', pairs, flow: true, range: root.kind === 'seq' ? root.range : { start: 0, end: 0 } };
}

export function podSpecsOf(root: YNode | null | undefined, path = ''): PodSpecRef[] {
  if (isSeq(root) && path === '') {
    const spec = jsonPatchPodSpec(root);
    return spec ? [{ spec, workload: 'JSON patch (spec.template.spec)', path: 'json-patch', object: spec }] : [];
  }
  if (!isMap(root)) return [];
  const kind = scalarText(get(root, 'kind'));
  const out: PodSpecRef[] = [];
  const push = (spec: YNode | null | undefined, at: string, label: string) => {
    if (isMap(spec)) out.push({ spec, workload: label, path: `${path}${at}`, object: root });
  };
  if (kind === 'List' || /List$/.test(kind ?? '')) {
    itemsOf(get(root, 'items')).forEach((item, i) => out.push(...podSpecsOf(item, `${path}items[${i}].`)));
    return out;
  }
  if (kind === 'Pod') push(get(root, 'spec'), 'spec', objectLabel(root, kind));
  else if (kind && TEMPLATE_KINDS.has(kind)) push(getPath(root, ['spec', 'template', 'spec']), 'spec.template.spec', objectLabel(root, kind));
  else if (kind === 'CronJob') push(getPath(root, ['spec', 'jobTemplate', 'spec', 'template', 'spec']), 'spec.jobTemplate.spec.template.spec', objectLabel(root, kind));
  else if (kind === 'PodTemplate') push(getPath(root, ['template', 'spec']), 'template.spec', objectLabel(root, kind));
  else if (kind !== undefined) {
    // Any other kind: custom resources embed pod templates at their own paths.
    for (const ref of customPodSpecs(root, kind, scalarText(get(root, 'apiVersion')) ?? '', objectLabel(root, kind))) out.push({ ...ref, path: `${path}${ref.path}` });
  } else {
    // A patch file: no kind, only the fields it changes.
    const templ = getPath(root, ['spec', 'template', 'spec']);
    const jobTempl = getPath(root, ['spec', 'jobTemplate', 'spec', 'template', 'spec']);
    if (isMap(templ)) push(templ, 'spec.template.spec', 'patch (spec.template.spec)');
    else if (isMap(jobTempl)) push(jobTempl, 'spec.jobTemplate.spec.template.spec', 'patch (spec.jobTemplate.spec.template.spec)');
    else {
      const spec = get(root, 'spec');
      if (isMap(spec) && (get(spec, 'containers') || get(spec, 'initContainers') || get(spec, 'securityContext') || get(spec, 'hostNetwork'))) push(spec, 'spec', 'patch (spec)');
    }
  }
  return out;
}
