/**
 * Talos Linux machine configuration (`version: v1alpha1` with a `machine:` section, or a patch of
 * one: a `machine:` section with Talos's own fields). Talos has
 * no sysctl.d: `machine.sysctls` is a map of keys to values that machined writes at boot, so it
 * is the node's sysctl file. A Talos machine is always a Kubernetes node. Its cluster facts:
 * `cluster.apiServer.extraArgs` `service-node-port-range`, `cluster.proxy.mode` (and a
 * `proxy-mode` in `cluster.proxy.extraArgs`, passed after it), kubelet's
 * `machine.kubelet.extraConfig` `allowedUnsafeSysctls`/`protectKernelDefaults` and
 * `machine.kubelet.extraArgs` flags.
 * Only content claims these files: their names are ordinary `*.yaml` (often Terraform
 * templates, `%{ for }` lines included, which the YAML layer reads as blank). talhelper's
 * `talconfig.yaml` holds patches of such configurations as strings: each is read like a file.
 */
import type { Span } from '../../core/span';
import type { NodeSpec } from '../../model/build';
import type { ClusterFact } from '../../model/cluster';
import { canonicalKey } from '../../model/keys';
import type { ParsedSysctl } from '../../model/facts';
import { parseEmbeddedYaml, parseYaml } from '../yaml/parse';
import { parsedCompletely, yamlLimitFindings, yamlProblemFinding } from '../yaml/templates';
import { clusterOfItsOwn } from '../partial-facts';
import { sysctlMapAssignments } from '../yaml/sysctl-map';
import { get, getPath, isMap, isScalar, itemsOf, pairOf, type YDocument, type YNode, type YScalar } from '../yaml/tree';
import type { SourceHandler } from '../types';

const TALOS_CONFIG = /^version:\s*v1alpha1\s*$/m;
const MACHINE_SECTION = /^machine:\s*$/m;

/** `machine.sysctls` of the documents, as the lines of one settings file. */
function machineSysctls(docs: YDocument[]): { parsed: ParsedSysctl; found: boolean } {
  const parsed: ParsedSysctl = { assignments: [], exclusions: [], issues: [] };
  let found = false;
  for (const d of docs) {
    const sysctls = get(get(d.contents, 'machine'), 'sysctls');
    if (!isMap(sysctls)) continue;
    found = true;
    parsed.assignments.push(...sysctlMapAssignments(sysctls));
  }
  return { parsed, found };
}

const TEMPLATE = /\{\{|\{%|\$\{|%\{/;

/** A scalar value that is known (no template syntax), with the span of its key. */
function known(map: YNode | null | undefined, field: string): { value: YScalar; keySpan: Span } | undefined {
  const p = pairOf(map, field);
  if (!p || !isScalar(p.key) || !isScalar(p.value) || p.value.value === null || TEMPLATE.test(p.value.text)) return undefined;
  return { value: p.value, keySpan: p.key.span };
}

function sysctlList(text: string): string[] {
  return text
    .split(',')
    .map((s) => canonicalKey(s.trim()))
    .filter(Boolean);
}

function talosClusterFacts(docs: YDocument[], file: string): ClusterFact[] {
  const out: ClusterFact[] = [];
  const source = (what: string) => `Talos ${what} in ${file}`;
  for (const d of docs) {
    const root = d.contents;
    const range = known(getPath(root, ['cluster', 'apiServer', 'extraArgs']), 'service-node-port-range');
    if (range) out.push({ kind: 'nodePortRange', value: range.value.text, file, span: range.keySpan, source: source('cluster.apiServer.extraArgs service-node-port-range') });
    const proxy = getPath(root, ['cluster', 'proxy']);
    // `disabled: true`: no kube-proxy runs (a CNI replaces it), so its mode says nothing.
    const disabled = known(proxy, 'disabled')?.value.value === true;
    const mode = disabled ? undefined : (known(get(proxy, 'extraArgs'), 'proxy-mode') ?? known(proxy, 'mode'));
    if (mode) out.push({ kind: 'kubeProxyMode', value: mode.value.text, file, span: mode.keySpan, source: source(known(get(proxy, 'extraArgs'), 'proxy-mode') ? 'cluster.proxy.extraArgs proxy-mode' : 'cluster.proxy.mode') });
    const kubelet = getPath(root, ['machine', 'kubelet']);
    const extraConfig = get(kubelet, 'extraConfig');
    const allowedPair = pairOf(extraConfig, 'allowedUnsafeSysctls');
    const allowedArg = known(get(kubelet, 'extraArgs'), 'allowed-unsafe-sysctls');
    if (allowedArg) out.push({ kind: 'allowedUnsafeSysctls', value: sysctlList(allowedArg.value.text), file, span: allowedArg.keySpan, source: source('machine.kubelet.extraArgs allowed-unsafe-sysctls') });
    else if (allowedPair && isScalar(allowedPair.key)) {
      const list = itemsOf(allowedPair.value)
        .filter(isScalar)
        .filter((s) => !TEMPLATE.test(s.text))
        .map((s) => canonicalKey(s.text.trim()))
        .filter(Boolean);
      out.push({ kind: 'allowedUnsafeSysctls', value: list, file, span: allowedPair.key.span, source: source('machine.kubelet.extraConfig allowedUnsafeSysctls') });
    }
    const protect = known(extraConfig, 'protectKernelDefaults');
    if (protect) out.push({ kind: 'protectKernelDefaults', value: protect.value.value === true, file, span: protect.keySpan, source: source('machine.kubelet.extraConfig protectKernelDefaults') });
  }
  return out;
}

/**
 * Fields of the `machine` section that only a Talos configuration has; a patch (what
 * `talosctl gen config --config-patch` and Terraform templates hold) has no `version` line.
 */
const TALOS_MACHINE_FIELD = /^ {2}(sysctls|kubelet|install|network|kernel|features|certSANs|nodeLabels|registries|systemDiskEncryption|time|files)[ \t]*:/m;
const KUBERNETES_OBJECT = /^["']?(apiVersion|kind)["']?[ \t]*:/m;

export function looksLikeTalos(text: string): boolean {
  if (KUBERNETES_OBJECT.test(text)) return false;
  if (MACHINE_SECTION.test(text)) return TALOS_CONFIG.test(text) || TALOS_MACHINE_FIELD.test(text);
  return looksLikeTalhelper(text);
}

/**
 * talhelper's `talconfig.yaml`: the cluster's Talos configuration as `nodes`, with machine
 * configuration patches held as YAML strings in `patches` (at the top level, under
 * `controlPlane` and `worker`, and per node). A patch that names a file (`@./patch.yaml`) is
 * that file, linted on its own.
 */
const TALHELPER_KEYS = /^(talosVersion|clusterName)[ \t]*:/m;
const TALHELPER_NODES = /^nodes[ \t]*:/m;

function looksLikeTalhelper(text: string): boolean {
  return TALHELPER_KEYS.test(text) && TALHELPER_NODES.test(text) && /^[ \t]*(- )?patches[ \t]*:/m.test(text);
}

interface PatchText {
  scalar: YScalar;
  /** `controlPlane.patches[0]`, `nodes[1].patches[0]`. */
  where: string;
}

function talhelperPatches(root: YNode | null): PatchText[] {
  const out: PatchText[] = [];
  const collect = (list: YNode | null | undefined, where: string) =>
    itemsOf(list).forEach((p, i) => {
      if (isScalar(p) && typeof p.value === 'string' && !p.text.trimStart().startsWith('@')) out.push({ scalar: p, where: `${where}[${i}]` });
    });
  collect(get(root, 'patches'), 'patches');
  for (const group of ['controlPlane', 'worker']) collect(getPath(root, [group, 'patches']), `${group}.patches`);
  itemsOf(get(root, 'nodes')).forEach((n, i) => collect(get(n, 'patches'), `nodes[${i}].patches`));
  return out;
}

export const talosConfigHandler: SourceHandler = {
  kind: 'talos-config',
  label: 'a Talos machine configuration',
  claimsPath: () => false,
  claimsContent: looksLikeTalos,
  clusterFactTrigger: /^(?:(?:version:\s*v1alpha1|machine:|cluster:)\s*|talosVersion:.*)$/m,
  extract(input) {
    const docs = parseYaml(input.text, { blankTemplateLines: true });
    const problem = yamlProblemFinding(input.display, input.text, docs);
    const findings = [...(problem ? [problem] : []), ...yamlLimitFindings(input.display, docs)];
    const parts: Array<{ docs: YDocument[]; where?: string }> = [{ docs }];
    if (!docs.some((d) => isMap(get(d.contents, 'machine')))) {
      for (const d of docs) for (const p of talhelperPatches(d.contents)) parts.push({ docs: parseEmbeddedYaml(p.scalar, { blankTemplateLines: true }), where: p.where });
    }
    const nodes: NodeSpec[] = [];
    const clusterFacts: ClusterFact[] = [];
    for (const part of parts) {
      const { parsed, found } = machineSysctls(part.docs);
      if (found) nodes.push(machineNode(input.display, input.realFile, parsed, part.where));
      const facts = talosClusterFacts(part.docs, input.display);
      // A Terraform template's facts hold for that machine only (see ../partial-facts.ts).
      if (facts.length && !(parsedCompletely(docs) && parsedCompletely(part.docs))) nodes.push(clusterOfItsOwn(input.display, facts));
      else clusterFacts.push(...facts);
    }
    return { nodes, findings, clusterFacts };
  },
};

function machineNode(file: string, realFile: string, parsed: ParsedSysctl, where: string | undefined): NodeSpec {
  const id = where ? `${file}#${where}` : file;
  return {
    id: `talos:${id}`,
    label: where ? `${file} ${where}` : file,
    complete: false,
    scope: 'node',
    role: { value: 'kubernetes', source: `a Talos machine configuration (${where ? `talhelper ${where} in ` : ''}${file})` },
    files: [{ file, nodePath: '/talos/machine.sysctls', name: 'machine.sysctls', dirRank: 0, parsed, realFile: where ? `${realFile}#${where}` : realFile, via: where ? `${where} machine.sysctls` : 'machine.sysctls' }],
  };
}
