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
 * templates, `%{ for }` lines included, which the YAML layer reads as blank).
 */
import type { Span } from '../../core/span';
import type { NodeSpec } from '../../model/build';
import type { ClusterFact } from '../../model/cluster';
import { canonicalKey } from '../../model/keys';
import type { ParsedSysctl } from '../../model/facts';
import { parseYaml } from '../yaml/parse';
import { parsedCompletely, yamlLimitFindings, yamlProblemFinding } from '../yaml/templates';
import { clusterOfItsOwn } from '../partial-facts';
import { sysctlMapAssignments } from '../yaml/sysctl-map';
import { get, getPath, isMap, isScalar, itemsOf, pairOf, type YNode, type YScalar } from '../yaml/tree';
import type { SourceHandler } from '../types';

const TALOS_CONFIG = /^version:\s*v1alpha1\s*$/m;
const MACHINE_SECTION = /^machine:\s*$/m;

function parseMachineSysctls(text: string): { parsed: ParsedSysctl; found: boolean; docs: ReturnType<typeof parseYaml> } {
  const parsed: ParsedSysctl = { assignments: [], exclusions: [], issues: [] };
  const docs = parseYaml(text, { blankTemplateLines: true });
  let found = false;
  for (const d of docs) {
    const sysctls = get(get(d.contents, 'machine'), 'sysctls');
    if (!isMap(sysctls)) continue;
    found = true;
    parsed.assignments.push(...sysctlMapAssignments(sysctls));
  }
  return { parsed, found, docs };
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

function talosClusterFacts(docs: ReturnType<typeof parseYaml>, file: string): ClusterFact[] {
  const out: ClusterFact[] = [];
  const source = (what: string) => `Talos ${what} in ${file}`;
  for (const d of docs) {
    const root = d.contents;
    const range = known(getPath(root, ['cluster', 'apiServer', 'extraArgs']), 'service-node-port-range');
    if (range) out.push({ kind: 'nodePortRange', value: range.value.text, file, span: range.keySpan, source: source('cluster.apiServer.extraArgs service-node-port-range') });
    const proxy = getPath(root, ['cluster', 'proxy']);
    const mode = known(get(proxy, 'extraArgs'), 'proxy-mode') ?? known(proxy, 'mode');
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
  if (!MACHINE_SECTION.test(text) || KUBERNETES_OBJECT.test(text)) return false;
  return TALOS_CONFIG.test(text) || TALOS_MACHINE_FIELD.test(text);
}

export const talosConfigHandler: SourceHandler = {
  kind: 'talos-config',
  label: 'a Talos machine configuration',
  claimsPath: () => false,
  claimsContent: looksLikeTalos,
  clusterFactTrigger: /^(version:\s*v1alpha1|machine:|cluster:)\s*$/m,
  extract(input) {
    const { parsed, found, docs } = parseMachineSysctls(input.text);
    const problem = yamlProblemFinding(input.display, input.text, docs);
    const findings = [...(problem ? [problem] : []), ...yamlLimitFindings(input.display, docs)];
    const facts = talosClusterFacts(docs, input.display);
    // A Terraform template's facts hold for that machine only (see ../partial-facts.ts).
    const own = facts.length && !parsedCompletely(docs) ? [clusterOfItsOwn(input.display, facts)] : [];
    const clusterFacts = own.length ? [] : facts;
    if (!found) return { findings, clusterFacts, nodes: own };
    const node: NodeSpec = {
      id: `talos:${input.display}`,
      label: input.display,
      complete: false,
      scope: 'node',
      role: { value: 'kubernetes', source: `a Talos machine configuration (${input.display})` },
      files: [{ file: input.display, nodePath: '/talos/machine.sysctls', name: 'machine.sysctls', dirRank: 0, parsed, realFile: input.realFile, via: 'machine.sysctls' }],
    };
    return { nodes: [node, ...own], findings, clusterFacts };
  },
};
