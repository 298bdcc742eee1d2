/**
 * k3s and RKE2 configuration files (`/etc/rancher/k3s/config.yaml`, `/etc/rancher/rke2/config.yaml`,
 * their `config.yaml.d/*.yaml` drop-ins, and copies in repositories under any name): a mapping of
 * flag names to values, recognised by its content (a top-level `service-node-port-range`,
 * `kube-apiserver-arg`, `kube-proxy-arg` or `kubelet-arg`). Each file reports its entries; the
 * files of one configuration are combined in the model (../../model/distro-config.ts).
 * Values that hold template syntax are not known and are left out, and a template's facts hold
 * for itself only. cloud-init user-data that writes such a file is read through
 * `distroConfigWritten`.
 */
import type { Finding } from '../../core/finding';
import type { SpanMapper } from '../../core/span';
import { distroConfigSet, type DistroConfigEntry, type DistroConfigFile, type DistroConfigValue } from '../../model/distro-config';
import { looksLikeCloudInit } from '../k8s-manifest/detect';
import type { SourceHandler } from '../types';
import { parseYaml } from '../yaml/parse';
import { parsedCompletely, yamlProblemFinding } from '../yaml/templates';
import { clusterOfItsOwn } from '../partial-facts';
import { isMap, isScalar, isSeq, keyText, type YDocument, type YNode } from '../yaml/tree';

/**
 * The keys whose values are cluster facts, at the top level of the file. `protect-kernel-defaults`
 * is a flag of both distributions that turns the kubelet's on; RKE2's `profile: cis...` turns it
 * on too (its CIS mode). `disable-kube-proxy` says no kube-proxy runs.
 */
const FACT_KEYS = new Set(['service-node-port-range', 'kube-apiserver-arg', 'kube-proxy-arg', 'kubelet-arg', 'protect-kernel-defaults', 'profile', 'disable-kube-proxy']);
/** A line that makes a file a k3s or RKE2 configuration (`profile` only with a CIS value: the word alone is too common). */
const FACT_KEY_LINE = /^["']?(?:(?:service-node-port-range|kube-apiserver-arg|kube-proxy-arg|kubelet-arg)\+?|protect-kernel-defaults)["']?[ \t]*:|^["']?profile["']?[ \t]*:[ \t]*["']?cis/m;
const TEMPLATE = /\{\{|\{%|\$\{|%\{/;

function looksLikeDistroConfig(text: string): boolean {
  // The Kubernetes object test first: it ends at the first line of most YAML files a walk meets,
  // where the key-line scan reads the whole text.
  return !/^["']?(apiVersion|kind)["']?[ \t]*:/m.test(text) && FACT_KEY_LINE.test(text) && !looksLikeCloudInit(text);
}

function distroOf(display: string): string {
  if (/rke2/i.test(display)) return 'RKE2';
  if (/k3s/i.test(display)) return 'k3s';
  return 'k3s or RKE2';
}

function valuesOf(node: YNode | null, file: string): DistroConfigValue[] {
  const scalars = isSeq(node) ? node.items : [node];
  const out: DistroConfigValue[] = [];
  for (const s of scalars) if (isScalar(s) && s.value !== null && !TEMPLATE.test(s.text)) out.push({ text: s.text, file, span: s.span });
  return out;
}

function entriesOf(docs: YDocument[], file: string): DistroConfigEntry[] {
  const entries: DistroConfigEntry[] = [];
  for (const d of docs) {
    if (!isMap(d.contents)) continue;
    for (const p of d.contents.pairs) {
      const raw = keyText(p);
      if (raw === undefined || !isScalar(p.key)) continue;
      const append = raw.endsWith('+');
      const key = append ? raw.slice(0, -1) : raw;
      if (!FACT_KEYS.has(key)) continue;
      entries.push({ key, append, file, keySpan: p.key.span, values: valuesOf(p.value, file) });
    }
  }
  return entries;
}

/** Where k3s and RKE2 read their configuration on a machine. */
const CONFIG_PATH = /^\/etc\/rancher\/(k3s|rke2)\/config\.ya?ml(\.d\/[^/]+\.ya?ml)?$/;

export function isDistroConfigPath(nodePath: string): boolean {
  return CONFIG_PATH.test(nodePath);
}

/**
 * A k3s or RKE2 configuration that another file writes onto a machine (a cloud-init
 * `write_files` entry), its text mapped into that file. It belongs to that file's machine: a
 * configuration of its own, whatever other files write to the same path.
 */
export function distroConfigWritten(file: string, nodePath: string, content: { text: string; map: SpanMapper }): { fact?: DistroConfigFile; complete: boolean } {
  const docs = parseYaml(content.text, { blankTemplateLines: true, mapSpan: content.map });
  const entries = entriesOf(docs, file);
  const complete = parsedCompletely(docs);
  if (!entries.length) return { complete };
  return { fact: { kind: 'distroConfig', distro: distroOf(nodePath), set: distroConfigSet(`${file}#${nodePath}`), file, entries }, complete };
}

export function extractDistroConfig(display: string, text: string): { fact?: DistroConfigFile; findings: Finding[]; complete: boolean } {
  const docs = parseYaml(text, { blankTemplateLines: true });
  const entries = entriesOf(docs, display);
  const problem = yamlProblemFinding(display, text, docs);
  const findings = problem ? [problem] : [];
  const complete = parsedCompletely(docs);
  if (!entries.length) return { findings, complete };
  return { fact: { kind: 'distroConfig', distro: distroOf(display), set: distroConfigSet(display), file: display, entries }, findings, complete };
}

export const distroConfigHandler: SourceHandler = {
  kind: 'distro-config',
  label: 'a k3s or RKE2 configuration',
  claimsPath: () => false,
  claimsContent: looksLikeDistroConfig,
  clusterFactTrigger: FACT_KEY_LINE,
  extract(input) {
    const { fact, findings, complete } = extractDistroConfig(input.display, input.text);
    if (!fact) return { findings };
    // A template (an Ansible config.yaml.j2) decides nothing for the other files (../partial-facts.ts).
    return complete ? { findings, clusterFacts: [fact] } : { findings, nodes: [clusterOfItsOwn(input.display, [fact])] };
  },
};
