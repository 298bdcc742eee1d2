/**
 * What one pod does to kernel settings, from its spec (a manifest's pod template, a pod spec in
 * Helm values):
 *
 * - `spec.securityContext.sysctls` are set by the runtime in the pod's own namespaces: pod scope.
 * - containers and init containers whose commands write sysctls (`sysctl -w`, `echo >
 *   /proc/sys/...`; shell analysis from ../shell): /proc/sys is read-only unless the container is
 *   privileged, so an unprivileged write fails. A privileged write lands in the namespace the
 *   key belongs to: `net.*` in the pod's network namespace, which is the NODE's with
 *   `hostNetwork: true`; IPC keys likewise with `hostIPC`; every other key is node-global
 *   (`vm.*`, `fs.*`, most of `kernel.*`), so a privileged container changes the node whatever
 *   its network mode.
 * - sysctls fields where Kubernetes does not read them (a container's securityContext, the pod
 *   spec itself) are observations.
 */
import type { Finding } from '../../core/finding';
import { limitedItems, limitFinding } from '../../core/limits';
import type { Span } from '../../core/span';
import { canonicalKey, isGlobKey, kernelNamespaceOf } from '../../model/keys';
import type { NodeSpec } from '../../model/build';
import type { Assignment, Observation, PodContext } from '../../model/types';
import { analyzeArgv, analyzeScript, execWord, writeToAssignment, type ShellAnalysis, type ShellWord, type SysctlWrite } from '../shell/index';
import { get, isMap, isScalar, isSeq, isTrue, itemsOf, pairOf, type YMap, type YNode, type YScalar } from '../yaml/tree';

export interface PodSource {
  /** The file holding the pod spec, as shown to users. */
  file: string;
  /** A stable identity for node ids: `<file>#<document>/<path>`. */
  id: string;
  /** `DaemonSet kube-system/ingress-nginx-controller`, `Helm values controller`. */
  workload: string;
}

export interface PodFlags {
  hostNetwork: boolean;
  hostIPC: boolean;
}

export interface PodAnalysis {
  flags: PodFlags;
  /** securityContext.sysctls entries, in order. */
  sysctls: Assignment[];
  /** Privileged container writes that land in the node's namespaces. */
  nodeWrites: Assignment[];
  /** Privileged container writes that stay in the pod's namespaces. */
  podWrites: Assignment[];
  observations: Observation[];
  /** Commands past an analysis limit (core/limits.ts). */
  limitFindings: Finding[];
}

export function emptyAnalysis(flags: PodFlags): PodAnalysis {
  return { flags, sysctls: [], nodeWrites: [], podWrites: [], observations: [], limitFindings: [] };
}

function sysctlAssignment(key: YScalar, value: YNode | null | undefined, lineSpan: Span, src: PodSource, via: string): Assignment {
  const raw = key.text.trim();
  const v = isScalar(value) ? value : undefined;
  const valueSpan = v ? v.span : { start: key.span.end, end: key.span.end };
  return {
    key: canonicalKey(raw),
    rawKey: raw,
    value: v && v.value !== null ? v.text : '',
    ignoreFailure: false,
    isGlob: isGlobKey(raw),
    templated: /\{\{|\$\{|\{%/.test(raw) || !!v?.text.match(/\{\{|\$\{|\{%/),
    keySpan: key.span,
    valueSpan,
    lineSpan,
    file: src.file,
    scope: 'pod',
    phase: 'runtime',
    via,
    origin: 'pod-sysctls',
  };
}

/**
 * Pod sysctls in their API form (a list of `{name, value}` with string values) or, as some Helm
 * charts take them, a map of name to value (`mapForm: 'expected'`). Shapes Kubernetes rejects
 * are observations; their values are still linted.
 */
export function readPodSysctls(node: YNode | null | undefined, src: PodSource, out: PodAnalysis, opts: { mapForm?: 'expected' | 'malformed'; via?: string } = {}): void {
  const via = opts.via ?? `securityContext.sysctls of ${src.workload}`;
  if (isSeq(node)) {
    // The API server rejects a name that occurs twice (validateSysctls: field.Duplicate); it
    // compares the names as written, so `net/ipv4/ip_forward` next to `net.ipv4.ip_forward`
    // passes, and kubelet then keeps the later value (an ordinary override).
    const seen = new Map<string, YScalar>();
    for (const item of limitedItems(node.items, src.file, node.range, via, out.limitFindings)) {
      if (!isMap(item)) {
        if (item) out.observations.push(observe('malformed-pod-sysctl', src, item.range, undefined, { hint: 'each entry is a mapping with name and value' }));
        continue;
      }
      const nameNode = get(item, 'name');
      const valueNode = get(item, 'value');
      if (!isScalar(nameNode) || nameNode.value === null || nameNode.text.trim() === '') {
        out.observations.push(observe('malformed-pod-sysctl', src, item.range, undefined, { hint: 'the entry has no name' }));
        continue;
      }
      const a = sysctlAssignment(nameNode, valueNode, item.range, src, via);
      const written = nameNode.text.trim();
      const first = seen.get(written);
      if (first) {
        const o = observe('duplicate-pod-sysctl', src, nameNode.span, a.key, { field: written });
        o.related = [{ location: { file: src.file, span: first.span }, message: 'the first entry with this name' }];
        out.observations.push(o);
        continue;
      }
      seen.set(written, nameNode);
      if (!isScalar(valueNode) || valueNode.value === null) {
        out.observations.push(observe('malformed-pod-sysctl', src, nameNode.span, a.key, { hint: 'the entry has no value' }));
        continue;
      }
      if (typeof valueNode.value !== 'string') {
        out.observations.push(
          observe('malformed-pod-sysctl', src, valueNode.span, a.key, { hint: `value ${valueNode.text} is a YAML ${typeof valueNode.value}, and the API takes only strings: write "${valueNode.text}"` }),
        );
      }
      out.sysctls.push(a);
    }
    return;
  }
  if (isMap(node)) {
    // `{{ toYaml .Values.sysctls }}` parses as a flow mapping whose key is a mapping: a template.
    if (node.flow && node.pairs.length && node.pairs.every((p) => !isScalar(p.key))) return;
    if (opts.mapForm !== 'expected') {
      out.observations.push(observe('malformed-pod-sysctl', src, node.range, undefined, { hint: 'sysctls is a list of {name, value} entries, not a mapping' }));
    }
    for (const p of node.pairs) {
      if (!isScalar(p.key)) continue;
      out.sysctls.push(sysctlAssignment(p.key, p.value, { start: p.key.range.start, end: p.value?.range.end ?? p.key.range.end }, src, via));
    }
  }
}

export function observe(kind: Observation['kind'], src: PodSource, span: Span, key: string | undefined, vars: Record<string, string>): Observation {
  return { kind, location: { file: src.file, span }, key, vars: { workload: src.workload, ...vars } };
}

function scalarWord(s: YScalar): ShellWord {
  return execWord({ text: s.text, map: s.map, span: s.span });
}

/** The argv a container runs: `command` then `args` (exec form; no shell unless it is `sh -c`). */
function argvOf(container: YMap): { argv: ShellWord[]; scripts: YScalar[] } {
  const command = itemsOf(get(container, 'command')).filter(isScalar);
  const args = itemsOf(get(container, 'args')).filter(isScalar);
  const scripts: YScalar[] = [];
  // Without `command` the image's entrypoint runs the args; a lone script argument (an
  // entrypoint of `sh -c`) is the common case worth reading.
  if (!command.length && args.length === 1 && /\bsysctl\b|\/proc\/sys/.test(args[0]?.text ?? '')) scripts.push(args[0] as YScalar);
  // A command given as one string is rejected by the API; its text still says what was meant.
  const single = get(container, 'command');
  if (isScalar(single) && typeof single.value === 'string') scripts.push(single);
  return { argv: [...command, ...args].map(scalarWord), scripts };
}

function lifecycleArgv(container: YMap): ShellWord[][] {
  const out: ShellWord[][] = [];
  for (const hook of ['postStart', 'preStop']) {
    const cmd = itemsOf(get(get(get(get(container, 'lifecycle'), hook), 'exec'), 'command')).filter(isScalar);
    if (cmd.length) out.push(cmd.map(scalarWord));
  }
  return out;
}

function privilegedOf(container: YMap): boolean {
  return isTrue(get(get(container, 'securityContext'), 'privileged'));
}

/** Where a privileged write of `key` lands. */
function writeScope(key: string, flags: PodFlags): 'node' | 'pod' {
  const ns = kernelNamespaceOf(key);
  if (ns === 'net') return flags.hostNetwork ? 'node' : 'pod';
  if (ns === 'ipc') return flags.hostIPC ? 'node' : 'pod';
  return 'node';
}

/** Reads one container (or init container) and files its sysctl writes. */
export function readContainer(container: YNode, role: 'container' | 'initContainer' | 'ephemeralContainer', src: PodSource, out: PodAnalysis): void {
  if (!isMap(container)) return;
  const name = get(container, 'name');
  const label = `${role} ${isScalar(name) ? name.text : '(unnamed)'} of ${src.workload}`;
  checkContainerFields(container, label, src, out);
  const writes: SysctlWrite[] = [];
  const { argv, scripts } = argvOf(container);
  // Writes are kept; syntax issues are not this source's concern, limits are reported.
  const take = (a: ShellAnalysis) => {
    writes.push(...a.writes);
    for (const i of a.issues) if (i.code === 'too-large' || i.code === 'too-deep') out.limitFindings.push(limitFinding(src.file, i.span, `${label}: ${i.message}`));
  };
  if (argv.length) take(analyzeArgv(argv));
  for (const s of scripts) take(analyzeScript(s.text, s.map));
  for (const hook of lifecycleArgv(container)) take(analyzeArgv(hook));
  if (!writes.length) return;
  const privileged = privilegedOf(container);
  for (const w of writes) {
    if (!privileged) {
      out.observations.push(observe('unprivileged-sysctl-write', src, w.keySpan, w.key, { via: `${label}: ${w.command}` }));
      continue;
    }
    const scope = writeScope(w.key, out.flags);
    const a: Assignment = { ...writeToAssignment(w, { file: src.file, scope, via: label }), origin: 'container' };
    (scope === 'node' ? out.nodeWrites : out.podWrites).push(a);
  }
}

/** sysctls (or a misspelt `sysctl`) in a container's securityContext: Kubernetes has no such field. */
function checkContainerFields(container: YMap, label: string, src: PodSource, out: PodAnalysis): void {
  const sc = get(container, 'securityContext');
  for (const field of ['sysctls', 'sysctl']) {
    const p = pairOf(sc, field);
    if (!p || !isScalar(p.key)) continue;
    // Never applied, so the values themselves are not judged: the misplacement is the finding.
    out.observations.push(observe('misplaced-sysctls', src, p.key.span, undefined, { field: `securityContext.${field} of ${label}`, hint: 'sysctls are a pod-level field: spec.securityContext.sysctls' }));
  }
}

/** Misplaced sysctls directly in the pod spec (`spec.sysctls`) or `securityContext.sysctl`. */
function checkPodFields(spec: YMap, src: PodSource, out: PodAnalysis): void {
  const direct = pairOf(spec, 'sysctls') ?? pairOf(spec, 'sysctl');
  if (direct && isScalar(direct.key)) {
    out.observations.push(observe('misplaced-sysctls', src, direct.key.span, undefined, { field: `spec.${direct.key.text} of ${src.workload}`, hint: 'the field is spec.securityContext.sysctls' }));
  }
  const singular = pairOf(get(spec, 'securityContext'), 'sysctl');
  if (singular && isScalar(singular.key)) {
    out.observations.push(observe('misplaced-sysctls', src, singular.key.span, undefined, { field: `spec.securityContext.sysctl of ${src.workload}`, hint: 'the field is spelt sysctls' }));
  }
}

function podFlags(spec: YNode | null | undefined): PodFlags {
  return { hostNetwork: isTrue(get(spec, 'hostNetwork')), hostIPC: isTrue(get(spec, 'hostIPC')) };
}

/** Reads a Kubernetes pod spec (`PodSpec`). */
export function analyzePodSpec(spec: YMap, src: PodSource): PodAnalysis {
  const out = emptyAnalysis(podFlags(spec));
  readPodSysctls(get(get(spec, 'securityContext'), 'sysctls'), src, out);
  checkPodFields(spec, src, out);
  for (const c of itemsOf(get(spec, 'initContainers'))) readContainer(c, 'initContainer', src, out);
  for (const c of itemsOf(get(spec, 'containers'))) readContainer(c, 'container', src, out);
  for (const c of itemsOf(get(spec, 'ephemeralContainers'))) readContainer(c, 'ephemeralContainer', src, out);
  return out;
}

/**
 * The nodes a pod contributes: the node's namespaces (privileged writes that land there, judged
 * by every node policy) and the pod's own (its sysctls and contained writes, with observations).
 */
export function podNodes(a: PodAnalysis, src: PodSource): NodeSpec[] {
  const specs: NodeSpec[] = [];
  const role = { value: 'kubernetes' as const, source: `a Kubernetes workload: ${src.workload}` };
  if (a.nodeWrites.length) {
    specs.push({ id: `${src.id}:node`, label: `the node running ${src.workload}`, complete: false, files: [], runtime: a.nodeWrites, scope: 'node', role });
  }
  if (a.sysctls.length || a.podWrites.length || a.observations.length) {
    const pod: PodContext = { hostNetwork: a.flags.hostNetwork, hostIPC: a.flags.hostIPC, workload: src.workload };
    specs.push({ id: `${src.id}:pod`, label: src.workload, complete: false, files: [], runtime: [...a.sysctls, ...a.podWrites], scope: 'pod', role, pod, observations: a.observations });
  }
  return specs;
}
