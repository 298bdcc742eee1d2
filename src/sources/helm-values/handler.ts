/**
 * Helm values files. Charts are not rendered; values are read for what chart authors name after
 * pod fields, wherever they sit in the tree (a subchart's values are nested under its name or
 * alias, found through the umbrella chart's Chart.yaml dependencies):
 *
 * - `sysctls` — a list of `{name, value}` or, as ingress-nginx's `controller.sysctls` takes them,
 *   a map of name to value: pod sysctls;
 * - `initContainers`, `extraInitContainers`, `containers`, `extraContainers`, `sidecars` — lists
 *   of container specs (or a string holding one, as some charts template them): their commands;
 * - `hostNetwork` / `hostIPC` in the same mapping or an enclosing one: the pod's namespaces.
 *
 * Comments are not values: commented-out examples are never findings.
 */
import path from 'node:path';
import type { Finding } from '../../core/finding';
import type { NodeSpec } from '../../model/build';
import type { SourceHandler } from '../types';
import { decodeText, readRegularFile } from '../../inputs/read-file';
import { looksLikeCloudInit } from '../k8s-manifest/detect';
import { looksLikeTalos } from '../talos/handler';
import { emptyAnalysis, podNodes, readContainer, readPodSysctls, type PodAnalysis, type PodFlags, type PodSource } from '../k8s-manifest/pod';
import { parseEmbeddedYaml, parseYaml } from '../yaml/parse';
import { mayMatter } from '../k8s-manifest/triggers';
import { yamlLimitFindings, yamlProblemFinding } from '../yaml/templates';
import { get, isMap, isScalar, isSeq, isTrue, keyText, type YMap, type YNode } from '../yaml/tree';

const VALUES_NAME = /^(values|[\w.-]*[-_.]values|values[-_.][\w.-]*)\.ya?ml$/i;
const CONTAINER_LISTS = /^(extra)?(init)?containers$|^sidecars?$|^sidecarContainers$/i;
const INIT_LISTS = /initcontainers$/i;

const CHART_FILE_LIMIT = 1024 * 1024;

interface ChartInfo {
  name?: string;
  /** Dependencies: the values key (alias, else name) to the chart name. */
  dependencies: Map<string, string>;
}

/** Chart.yaml (and Helm 2's requirements.yaml) next to a values file. */
function readChartInfo(dir: string): ChartInfo {
  const info: ChartInfo = { dependencies: new Map() };
  for (const name of ['Chart.yaml', 'Chart.yml', 'requirements.yaml']) {
    let text: string;
    try {
      // A chart's own file, next to the values: a link, FIFO or oversized file is not read.
      text = decodeText(readRegularFile(path.join(dir, name), CHART_FILE_LIMIT).bytes);
    } catch {
      continue;
    }
    for (const d of parseYaml(text)) {
      const root = d.contents;
      const n = get(root, 'name');
      if (isScalar(n) && name !== 'requirements.yaml') info.name = n.text;
      const deps = get(root, 'dependencies');
      for (const dep of isSeq(deps) ? deps.items : []) {
        const dn = get(dep, 'name');
        const alias = get(dep, 'alias');
        if (isScalar(dn)) info.dependencies.set(isScalar(alias) && alias.text ? alias.text : dn.text, dn.text);
      }
    }
  }
  return info;
}

interface Walk {
  file: string;
  chart: ChartInfo;
  nodes: NodeSpec[];
  findings: Finding[];
  docStart: number;
}

/** A boolean field from the nearest mapping, going outwards, that sets it. */
function inherited(chain: YMap[], field: string): boolean {
  for (let i = chain.length - 1; i >= 0; i--) {
    const v = get(chain[i], field);
    if (isScalar(v)) return isTrue(v);
  }
  return false;
}

function label(pathKeys: string[], chart: ChartInfo): string {
  const where = pathKeys.join('.') || '(top level)';
  const sub = pathKeys[0] !== undefined ? chart.dependencies.get(pathKeys[0]) : undefined;
  if (sub) return `Helm values ${where} (subchart ${sub}${sub !== pathKeys[0] ? `, alias ${pathKeys[0]}` : ''})`;
  return `Helm values ${where}${chart.name ? ` (chart ${chart.name})` : ''}`;
}

/** Container specs from a list, or from a string holding a YAML list (charts that `tpl` it). */
function containerItems(v: YNode | null | undefined): YNode[] {
  if (isSeq(v)) return v.items.filter((x): x is YNode => !!x);
  if (isScalar(v) && typeof v.value === 'string' && /sysctl|\/proc\/sys/.test(v.text)) {
    return parseEmbeddedYaml(v).flatMap((d) => (isSeq(d.contents) ? d.contents.items.filter((x): x is YNode => !!x) : []));
  }
  return [];
}

function visit(m: YMap, pathKeys: string[], chain: YMap[], w: Walk): void {
  const here = [...chain, m];
  const flags: PodFlags = { hostNetwork: inherited(here, 'hostNetwork'), hostIPC: inherited(here, 'hostIPC') };
  // A pod's values: the mapping holding them; `podSecurityContext.sysctls` belongs to the parent.
  const anchorKeys = /securitycontext$/i.test(pathKeys[pathKeys.length - 1] ?? '') ? pathKeys.slice(0, -1) : pathKeys;
  const src: PodSource = { file: w.file, id: `${w.file}#${w.docStart}/${pathKeys.join('.')}`, workload: label(anchorKeys, w.chart) };
  let analysis: PodAnalysis | undefined;
  const pod = () => (analysis ??= emptyAnalysis(flags));
  for (const p of m.pairs) {
    const k = keyText(p);
    if (k === undefined) continue;
    if (k === 'sysctls' && (isSeq(p.value) || isMap(p.value))) {
      readPodSysctls(p.value, src, pod(), { mapForm: 'expected', via: `${label([...pathKeys, k], w.chart)}` });
      continue;
    }
    if (CONTAINER_LISTS.test(k)) {
      const items = containerItems(p.value);
      if (items.length) {
        for (const c of items) readContainer(c, INIT_LISTS.test(k) ? 'initContainer' : 'container', src, pod());
        continue;
      }
    }
    // A lone command string in values (`extraArgs`, hooks) is not a container: not read.
    if (isMap(p.value)) visit(p.value, [...pathKeys, k], here, w);
    else if (isSeq(p.value)) p.value.items.forEach((it, i) => isMap(it) && visit(it, [...pathKeys, `${k}[${i}]`], here, w));
  }
  if (analysis) {
    w.nodes.push(...podNodes(analysis, src));
    w.findings.push(...(analysis as PodAnalysis).limitFindings);
  }
}

export function extractValues(file: string, abs: string, text: string): { nodes: NodeSpec[]; findings: Finding[] } {
  const docs = parseYaml(text, { keepDocument: mayMatter, blankTemplateLines: true });
  const chart = docs.length ? readChartInfo(path.dirname(abs)) : { dependencies: new Map<string, string>() };
  const nodes: NodeSpec[] = [];
  const findings: Finding[] = [];
  for (const d of docs) if (isMap(d.contents)) visit(d.contents, [], [], { file, chart, nodes, findings, docStart: d.range.start });
  const problem = yamlProblemFinding(file, text, docs);
  if (problem) findings.push(problem);
  findings.push(...yamlLimitFindings(file, docs));
  return { nodes, findings };
}

function isValuesPath(display: string): boolean {
  return VALUES_NAME.test(path.posix.basename(display));
}

/** A key that values files name after a pod field (`sysctls`, container lists, `hostNetwork`), at any indentation. */
const POD_FIELD_KEY = /^[ \t]*["']?(sysctls|(extra)?(init)?containers|sidecars?|sidecarContainers)["']?[ \t]*:/im;
/** Kubernetes objects, and Compose files, whose `sysctls` are a container's list of `k=v` strings. */
const OTHER_SHAPE = /^["']?(apiVersion|kind|services)["']?[ \t]*:/m;

/**
 * Values by content, whatever the file is called (`nginx-values-v4.1.3.yaml`): a YAML mapping
 * with a trigger word and a key named after a pod field, that is no Kubernetes object,
 * cloud-init user-data, Talos machine configuration or Compose file, outside a chart's
 * `templates/`.
 */
function looksLikeValues(text: string, display: string): boolean {
  // Every YAML file the manifest kind declines is asked this; most are Kubernetes objects whose
  // `apiVersion` line ends the test at the first line, before the scans of the whole text.
  if (/(^|\/)templates\//.test(display) || OTHER_SHAPE.test(text) || !mayMatter(text) || !POD_FIELD_KEY.test(text)) return false;
  return !looksLikeCloudInit(text) && !looksLikeTalos(text) && !/^\s*[[-]/.test(text.replace(/^(\s*#.*\n)+/, ''));
}

export const helmValuesHandler: SourceHandler = {
  kind: 'helm-values',
  label: 'Helm values',
  claimsPath: isValuesPath,
  confirmsContent: ({ text, explicit }) => !looksLikeCloudInit(text) && !/^apiVersion[ \t]*:/m.test(text) && (explicit || mayMatter(text)),
  claimsContent: looksLikeValues,
  extract(input) {
    return extractValues(input.display, input.abs, input.text);
  },
};
