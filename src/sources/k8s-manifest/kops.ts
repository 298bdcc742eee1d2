/**
 * kops cluster specs (`Cluster` and `InstanceGroup` of `kops.k8s.io`, or `kops` as older specs and
 * kops's own test data write it): `spec.sysctlParameters` is a
 * list of `key=value` lines that nodeup writes into `/etc/sysctl.d/99-k8s-general.conf` after
 * its own settings, the instance group's first and the cluster's last (so the cluster's value
 * wins), then runs `sysctl --system` (kops nodeup/pkg/model/sysctls.go). Each line is linted as
 * a line of that file, at its position in the YAML string. A file holding the Cluster and its
 * instance groups gives one node per group; a file with only one of them, a node of its own.
 */
import type { NodeSpec } from '../../model/build';
import type { NodeFile } from '../../model/types';
import type { ParsedSysctl } from '../../model/facts';
import { parseSysctl } from '../sysctl-conf/parse';
import { get, getPath, isMap, isScalar, itemsOf, scalarText, type YDocument, type YNode, type YScalar } from '../yaml/tree';

const NODE_PATH = '/etc/sysctl.d/99-k8s-general.conf';

/** The API group of kops objects: `kops.k8s.io/v1alpha2`, or the older `kops/v1alpha2`. */
export function isKopsApiVersion(apiVersion: string): boolean {
  return /^kops(\.k8s\.io)?\//.test(apiVersion);
}

function isKops(root: YNode | null, kind: string): boolean {
  return isMap(root) && scalarText(get(root, 'kind')) === kind && isKopsApiVersion(scalarText(get(root, 'apiVersion')) ?? '');
}

function parametersOf(root: YNode | null): YScalar[] {
  return itemsOf(getPath(root, ['spec', 'sysctlParameters'])).filter(isScalar);
}

function parse(lines: YScalar[]): ParsedSysctl {
  const out: ParsedSysctl = { assignments: [], exclusions: [], issues: [] };
  for (const s of lines) {
    if (typeof s.value !== 'string') continue;
    const p = parseSysctl(s.text, s.map);
    out.assignments.push(...p.assignments);
    out.exclusions.push(...p.exclusions);
    out.issues.push(...p.issues);
  }
  return out;
}

function node(file: string, id: string, label: string, lines: YScalar[]): NodeSpec {
  const nf: NodeFile = { file, nodePath: NODE_PATH, name: '99-k8s-general.conf', dirRank: 0, parsed: parse(lines), realFile: `${file}#${id}`, via: 'kops spec.sysctlParameters' };
  return { id: `kops:${file}#${id}`, label, complete: false, scope: 'node', role: { value: 'kubernetes', source: `a kops cluster spec (${file})` }, files: [nf] };
}

export function kopsSysctlNodes(docs: YDocument[], file: string): NodeSpec[] {
  const cluster = docs.find((d) => isKops(d.contents, 'Cluster'));
  const clusterName = cluster ? (scalarText(getPath(cluster.contents, ['metadata', 'name'])) ?? '(unnamed)') : undefined;
  const clusterLines = cluster ? parametersOf(cluster.contents) : [];
  const groups = docs.filter((d) => isKops(d.contents, 'InstanceGroup'));
  const out: NodeSpec[] = [];
  for (const g of groups) {
    const name = scalarText(getPath(g.contents, ['metadata', 'name'])) ?? '(unnamed)';
    const lines = [...parametersOf(g.contents), ...clusterLines];
    if (lines.length) out.push(node(file, `ig/${g.range.start}`, `kops instance group ${name}${clusterName ? ` of cluster ${clusterName}` : ''}`, lines));
  }
  if (!groups.length && clusterLines.length) out.push(node(file, 'cluster', `the nodes of kops cluster ${clusterName} (every instance group)`, clusterLines));
  return out;
}
