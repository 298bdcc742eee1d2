/**
 * Pod specs inside objects whose kind sysctl-lint has no table for: operator custom resources
 * and anything else that embeds a pod template (ECK `spec.nodeSets[].podTemplate`, Strimzi
 * `spec.kafka.template.pod`, Prometheus Operator's `spec` with `containers` and
 * `securityContext`, Knative and OpenShift `spec.template`, an embedded Deployment in a
 * Crossplane composition...). A mapping is a pod spec when it holds a list of `containers` or
 * `initContainers`, or a pod `securityContext` with `sysctls`; it is judged like a Deployment's.
 *
 * Argo Workflows has its own shape: each template of `spec.templates` runs as one pod whose
 * container is the template's `container` or `script` (the script's `source` run by a shell),
 * with its `initContainers` and `sidecars`, the template's or the workflow's `securityContext`,
 * the workflow's `hostNetwork`, and `podSpecPatch` strings (YAML or JSON patches of the pod spec,
 * parsed with their positions). KubeVirt's `VirtualMachine` template is a virtual machine, not a
 * pod: its guest's settings are not the node's.
 */
import { parseEmbeddedYaml } from '../yaml/parse';
import { get, getPath, isMap, isScalar, isSeq, itemsOf, keyText, scalarText, type YMap, type YNode, type YPair, type YScalar } from '../yaml/tree';
import type { PodSpecRef } from './workloads';

/** Walking stops this deep: operator specs nest pod templates a few levels down, never dozens. */
const MAX_DEPTH = 12;

/** KubeVirt objects: `spec.template.spec` is a virtual machine instance, not a pod spec. */
const NOT_PODS = /^(VirtualMachine|VirtualMachineInstance|VirtualMachineInstanceReplicaSet|VirtualMachinePool)$/;

/** Strimzi's container templates (`kafkaContainer`, `initContainer`...) hold no pod fields. */
const CONTAINER_TEMPLATE_KEY = /container$/i;

function isPodSpecLike(m: YMap): boolean {
  if (isSeq(get(m, 'containers')) || isSeq(get(m, 'initContainers'))) return true;
  // A container (it has an image) with sysctls in its securityContext misplaces them; a pod
  // template subset (Strimzi's `template.pod`) has the pod's.
  return !get(m, 'image') && isMap(get(m, 'securityContext')) && !!get(get(m, 'securityContext'), 'sysctls');
}

function walk(node: YNode | null | undefined, path: string, depth: number, found: (spec: YMap, path: string) => void): void {
  if (depth > MAX_DEPTH) return;
  if (isSeq(node)) {
    node.items.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1, found));
    return;
  }
  if (!isMap(node)) return;
  for (const p of node.pairs) {
    const k = keyText(p);
    if (k === undefined || !p.value || CONTAINER_TEMPLATE_KEY.test(k)) continue;
    const at = path ? `${path}.${k}` : k;
    if (isMap(p.value) && isPodSpecLike(p.value)) found(p.value, at);
    else walk(p.value, at, depth + 1, found);
  }
}

const ARGO_KINDS = /^(Workflow|WorkflowTemplate|ClusterWorkflowTemplate|CronWorkflow)$/;
const SHELL = /(^|\/)(sh|bash|ash|dash|ksh|zsh)$/;

function pair(keyFrom: YNode, name: string, value: YNode): YPair {
  const key: YNode = isScalar(keyFrom) ? { ...keyFrom, value: name, text: name } : keyFrom;
  return { key, value };
}

function seqOf(items: YNode[], at: YNode): YNode {
  return { kind: 'seq', flow: true, range: at.range, items };
}

/** The key node of `field` in `m` (for synthesised pairs that keep a real position). */
function keyNode(m: YNode | null | undefined, field: string): YNode | undefined {
  if (!isMap(m)) return undefined;
  for (const p of m.pairs) if (isScalar(p.key) && p.key.text === field) return p.key;
  return undefined;
}

/**
 * An Argo `script` template as a container: its `source` is the script the `command` (a shell)
 * runs, read as a lone script argument (see pod.ts argvOf). Other interpreters are not shells.
 */
function scriptContainer(script: YMap): YMap {
  const source = get(script, 'source');
  const command = itemsOf(get(script, 'command')).map(scalarText);
  const shell = command.length === 0 || (command.length === 1 && SHELL.test(command[0] ?? ''));
  const pairs = script.pairs.filter((p) => !['source', 'command', 'args'].includes(keyText(p) ?? ''));
  if (shell && isScalar(source) && typeof source.value === 'string') pairs.push(pair(keyNode(script, 'source') as YNode, 'args', seqOf([source], source)));
  return { kind: 'map', flow: script.flow, range: script.range, pairs };
}

/** Argo names a template's main container `main`. */
function named(container: YMap, keyFrom: YNode): YMap {
  if (get(container, 'name')) return container;
  const name: YScalar = { ...(keyFrom as YScalar), value: 'main', text: 'main' };
  return { ...container, pairs: [pair(keyFrom, 'name', name), ...container.pairs] };
}

/**
 * The pod one Argo template runs, as a pod spec: its containers and its own pod fields. The
 * workflow's `hostNetwork`/`hostIPC` decide where its containers' writes land; the workflow's
 * `securityContext` and `podSpecPatch` are judged once, in the workflow-wide pod.
 */
function argoTemplatePod(spec: YMap, template: YMap): YMap | undefined {
  const pairs: YPair[] = [];
  const containers: YNode[] = [];
  const container = get(template, 'container');
  const script = get(template, 'script');
  if (isMap(container)) containers.push(named(container, keyNode(template, 'container') as YNode));
  if (isMap(script)) containers.push(named(scriptContainer(script), keyNode(template, 'script') as YNode));
  containers.push(...itemsOf(get(template, 'sidecars')));
  if (containers.length) pairs.push(pair((keyNode(template, 'container') ?? keyNode(template, 'script') ?? keyNode(template, 'sidecars')) as YNode, 'containers', seqOf(containers, template)));
  const init = get(template, 'initContainers');
  if (isSeq(init)) pairs.push(pair(keyNode(template, 'initContainers') as YNode, 'initContainers', init));
  const sc = get(template, 'securityContext');
  if (isMap(sc)) pairs.push(pair(keyNode(template, 'securityContext') as YNode, 'securityContext', sc));
  pairs.push(...patchPairs(get(template, 'podSpecPatch')));
  if (!pairs.length) return undefined;
  for (const field of ['hostNetwork', 'hostIPC']) {
    const v = get(spec, field);
    if (v && !get({ kind: 'map', flow: false, range: template.range, pairs }, field)) pairs.push(pair(keyNode(spec, field) as YNode, field, v));
  }
  return { kind: 'map', flow: false, range: template.range, pairs };
}

/** The pod fields every template's pod gets: the workflow's securityContext and podSpecPatch. */
function argoWorkflowPod(spec: YMap): YMap | undefined {
  const pairs: YPair[] = [];
  const sc = get(spec, 'securityContext');
  if (isMap(sc)) pairs.push(pair(keyNode(spec, 'securityContext') as YNode, 'securityContext', sc));
  pairs.push(...patchPairs(get(spec, 'podSpecPatch')));
  if (!pairs.length) return undefined;
  for (const field of ['hostNetwork', 'hostIPC']) {
    const v = get(spec, field);
    if (v) pairs.push(pair(keyNode(spec, field) as YNode, field, v));
  }
  return { kind: 'map', flow: false, range: spec.range, pairs };
}

/** The fields of a `podSpecPatch` string (YAML or JSON), with their positions in the file. */
function patchPairs(patch: YNode | null | undefined): YPair[] {
  if (!isScalar(patch) || typeof patch.value !== 'string') return [];
  const out: YPair[] = [];
  for (const d of parseEmbeddedYaml(patch as YScalar)) if (isMap(d.contents)) out.push(...d.contents.pairs);
  return out;
}

function argoPods(root: YMap, kind: string, label: string): PodSpecRef[] {
  const base = kind === 'CronWorkflow' ? 'spec.workflowSpec' : 'spec';
  const spec = kind === 'CronWorkflow' ? getPath(root, ['spec', 'workflowSpec']) : get(root, 'spec');
  if (!isMap(spec)) return [];
  const out: PodSpecRef[] = [];
  const wide = argoWorkflowPod(spec);
  if (wide) out.push({ spec: wide, workload: `${label} (every template's pod)`, path: base, object: root });
  itemsOf(get(spec, 'templates')).forEach((t, i) => {
    if (!isMap(t)) return;
    const pod = argoTemplatePod(spec, t);
    const name = scalarText(get(t, 'name'));
    if (pod) out.push({ spec: pod, workload: `${label} template ${name ?? i}`, path: `${base}.templates[${i}]`, object: root });
  });
  return out;
}

/** Pod specs of an object of a kind without a table of its own. */
export function customPodSpecs(root: YMap, kind: string, apiVersion: string, label: string): PodSpecRef[] {
  if (NOT_PODS.test(kind) && apiVersion.startsWith('kubevirt.io')) return [];
  if (ARGO_KINDS.test(kind) && apiVersion.startsWith('argoproj.io')) return argoPods(root, kind, label);
  const out: PodSpecRef[] = [];
  walk(root, '', 0, (spec, path) => out.push({ spec, workload: `${label} (${path})`, path, object: root }));
  return out;
}
