/**
 * Where the pod spec of a Kubernetes object lives: Pod `spec`; Deployment, DaemonSet,
 * StatefulSet, ReplicaSet, ReplicationController and Job `spec.template.spec`; CronJob
 * `spec.jobTemplate.spec.template.spec`; PodTemplate `template.spec`; the items of a `List`.
 * A kubectl patch (no `kind`, JSON or YAML strategic-merge) is read by its shape: a
 * `spec.template.spec`, or a `spec` with containers.
 */
import { get, getPath, isMap, itemsOf, scalarText, type YMap, type YNode } from '../yaml/tree';

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
  const name = scalarText(getPath(obj, ['metadata', 'name']));
  const ns = scalarText(getPath(obj, ['metadata', 'namespace']));
  return `${kind} ${ns ? `${ns}/` : ''}${name ?? '(unnamed)'}`;
}

export function podSpecsOf(root: YNode | null | undefined, path = ''): PodSpecRef[] {
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
  else if (kind === undefined) {
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
