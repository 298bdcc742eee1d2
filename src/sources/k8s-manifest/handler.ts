/**
 * Kubernetes manifests and configuration files: workloads (pod sysctls, containers that write
 * sysctls, misplaced fields), kubectl patches, and the cluster facts held in kube-apiserver and
 * kube-proxy manifests, kubeadm, kind and kubelet configurations. Documents without a trigger
 * word are not parsed (triggers.ts).
 */
import type { Finding } from '../../core/finding';
import type { NodeSpec } from '../../model/build';
import type { ClusterFact } from '../../model/cluster';
import { clusterOfItsOwn } from '../partial-facts';
import type { SourceHandler } from '../types';
import { parseYaml } from '../yaml/parse';
import { CLUSTER_FACT_TRIGGER, mayMatter } from './triggers';
import { parsedCompletely, yamlLimitFindings, yamlProblemFinding } from '../yaml/templates';
import { get, getPath, isMap, pairOf, scalarText, type YNode } from '../yaml/tree';
import { clusterFactsOf } from './cluster-facts';
import { kopsSysctlNodes } from './kops';
import { confirmsKubernetes, inChartTemplates, looksLikeKubernetes, yamlPathClaim } from './detect';
import { analyzePodSpec, observe, podNodes, type PodAnalysis, type PodSource } from './pod';
import { objectLabel, podSpecsOf } from './workloads';

const TEMPLATE_KINDS = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob']);

/** `spec.securityContext.sysctls` on a workload instead of its pod template. */
function workloadLevelSysctls(obj: YNode | null | undefined, src: PodSource, out: PodAnalysis): void {
  const kind = scalarText(get(obj, 'kind'));
  if (!kind || !TEMPLATE_KINDS.has(kind)) return;
  const p = pairOf(getPath(obj, ['spec', 'securityContext']), 'sysctls');
  if (!p || !p.key || p.key.kind !== 'scalar') return;
  const where = kind === 'CronJob' ? 'spec.jobTemplate.spec.template.spec.securityContext.sysctls' : 'spec.template.spec.securityContext.sysctls';
  out.observations.push(observe('misplaced-sysctls', src, p.key.span, undefined, { field: `spec.securityContext.sysctls of ${src.workload}`, hint: `${kind} has no such field; the pod's is ${where}` }));
}

export function extractManifest(file: string, text: string): { nodes: NodeSpec[]; findings: Finding[]; clusterFacts: ClusterFact[] } {
  const docs = parseYaml(text, { keepDocument: mayMatter, blankTemplateLines: true });
  const nodes: NodeSpec[] = [];
  const clusterFacts: ClusterFact[] = [];
  const findings: Finding[] = [];
  for (const d of docs) {
    const root = d.contents;
    clusterFactsOf(root, file, (f) => clusterFacts.push(f));
    const refs = podSpecsOf(root);
    for (const ref of refs) {
      const src: PodSource = { file, id: `${file}#${d.range.start}/${ref.path}`, workload: ref.workload };
      const a = analyzePodSpec(ref.spec, src);
      if (ref.object === root) workloadLevelSysctls(root, src, a);
      nodes.push(...podNodes(a, src));
      findings.push(...a.limitFindings);
    }
    if (!refs.length && isMap(root)) {
      // A workload whose pod template is missing can still misplace its sysctls.
      const kind = scalarText(get(root, 'kind'));
      if (kind && TEMPLATE_KINDS.has(kind)) {
        const src: PodSource = { file, id: `${file}#${d.range.start}/spec`, workload: objectLabel(root, kind) };
        const a = analyzePodSpec({ kind: 'map', pairs: [], flow: false, range: root.range }, src);
        workloadLevelSysctls(root, src, a);
        nodes.push(...podNodes(a, src));
      }
    }
  }
  nodes.push(...kopsSysctlNodes(docs, file));
  const problem = yamlProblemFinding(file, text, docs);
  if (problem) findings.push(problem);
  findings.push(...yamlLimitFindings(file, docs));
  if (clusterFacts.length && !parsedCompletely(docs)) {
    // A template or invalid file that was read only in part never decides the cluster's
    // context (its NodePort range, kube-proxy mode, kubelet settings) for the other files: its
    // values are judged where they are written, as a cluster of their own.
    nodes.push(clusterOfItsOwn(file, clusterFacts));
    return { nodes, findings, clusterFacts: [] };
  }
  return { nodes, findings, clusterFacts };
}

export const k8sManifestHandler: SourceHandler = {
  kind: 'k8s-manifest',
  label: 'a Kubernetes manifest or configuration',
  claimsPath: yamlPathClaim,
  confirmsContent: ({ abs, text, explicit }) => !inChartTemplates(abs) && confirmsKubernetes(text, explicit),
  claimsContent: (text) => looksLikeKubernetes(text),
  clusterFactTrigger: CLUSTER_FACT_TRIGGER,
  // A node's own Kubernetes configuration: static pods (kube-apiserver and kube-proxy flags)
  // and the kubelet's configuration file.
  rootPaths: { role: 'context', paths: ['etc/kubernetes/manifests', 'var/lib/kubelet/config.yaml', 'etc/kubernetes/kubelet/config.yaml'] },
  extract(input) {
    return extractManifest(input.display, input.text);
  },
};
