/**
 * A `#cloud-config` document: `write_files` entries that create sysctl (and modules-load.d)
 * files, `bootcmd` and `runcmd` commands (string items run by `sh`, list items exec'd), and
 * `power_state: {mode: reboot}`. RancherOS's `rancher.sysctl` map is read too.
 *
 * Several cloud-config parts in one user-data are all read (cloud-init merges them; whichever
 * way a merge goes, every setting below is one the user wrote).
 */
import type { Span } from '../../core/span';
import { parseModulesList } from '../../model/modules';
import { analyzeArgv, analyzeScript, execWord, isModulesFilePath, isSysctlFilePath, opaque, type MappedText, type ShellWord } from '../shell/index';
import type { ParsedSysctl } from '../../model/facts';
import { parseSysctl } from '../sysctl-conf/parse';
import { get, isMap, isScalar, isSeq, isTrue, itemsOf, parseYaml, scalarText, yamlLimitFindings, yamlProblemFinding, YAML_RULES, type YNode, type YScalar } from '../yaml/index';
import { sysctlMapAssignments } from '../yaml/sysctl-map';
import { contentEncoding, decodeBase64, decodeContent, utf8 } from './decode';
import { limitedItems, limitFinding } from '../../core/limits';
import { distroConfigWritten, isDistroConfigPath } from '../distro-config/handler';
import { CLOUD_INIT_RULES, FACTS_PER_STEP, type Stage, type UserDataFacts } from './facts';

export interface Part extends MappedText {
  /** `text` maps character by character into the file (not decoded from base64 or gzip). */
  exact: boolean;
  /** File span of the whole part. */
  span: Span;
  /** For messages: `user-data`, `MIME part 2 (cloud-config.yaml)`. */
  name: string;
}

export interface PartContext {
  facts: UserDataFacts;
  /** The text of the user-data file as the user sees it. */
  fileText: string;
}

const BINARY_TAG = 'tag:yaml.org,2002:binary';

/** Where a finding about a list without a position of its own goes. */
const part0 = { start: 0, end: 0 };

export function readCloudConfig(part: Part, ctx: PartContext): void {
  const facts = ctx.facts;
  const docs = parseYaml(part.text, { mapSpan: part.map });
  const problem = part.exact ? yamlProblemFinding(facts.file, ctx.fileText, docs) : undefined;
  facts.findings.push(...yamlLimitFindings(facts.file, docs));
  if (problem) facts.findings.push(problem);
  else if (!part.exact && docs.some((d) => d.errors.length)) {
    const first = docs.flatMap((d) => d.errors)[0];
    facts.findings.push({ ruleId: YAML_RULES.syntax.id, severity: 'warning', message: `invalid YAML in ${part.name}: ${first?.message ?? 'parse error'}; the parts that parse were linted`, location: { file: facts.file, span: part.span }, related: [] });
  }
  for (const doc of docs) {
    const root = doc.contents;
    if (!isMap(root)) continue;
    writeFiles(get(root, 'write_files'), ctx);
    commands(get(root, 'bootcmd'), 'bootcmd', ctx);
    commands(get(root, 'runcmd'), 'runcmd', ctx);
    powerState(get(root, 'power_state'), ctx);
    for (const pkg of itemsOf(get(root, 'packages'))) {
      const name = isScalar(pkg) ? pkg.text : isSeq(pkg) ? scalarText(pkg.items[0]) : undefined;
      if (name) facts.noteKubernetes(name, 'the packages list', 'installs');
    }
    rancherSysctl(get(get(root, 'rancher'), 'sysctl'), ctx);
  }
}

/** `bootcmd` / `runcmd`: a list of strings (shell) and lists (exec form). */
function commands(node: YNode | null | undefined, stage: Stage, ctx: PartContext): void {
  const facts = ctx.facts;
  if (isScalar(node) && node.value !== null) {
    facts.addShell(analyzeScript(node.text, node.map), facts.step(stage, stage));
    return;
  }
  limitedItems(itemsOf(node), facts.file, node?.range ?? part0, stage, facts.findings).forEach((item, i) => {
    const step = facts.step(stage, `${stage}[${i}]`);
    if (isScalar(item)) {
      if (item.value === null) return;
      facts.addShell(analyzeScript(item.text, item.map), step);
      facts.noteKubernetes(item.text, step.label);
    } else if (isSeq(item)) {
      const argv: ShellWord[] = [];
      for (const a of item.items) if (isScalar(a) && a.value !== null) argv.push(execWord({ text: a.text, map: a.map, span: a.span }));
      facts.addShell(analyzeArgv(argv), step);
      facts.noteKubernetes(argv.map((w) => w.value).join(' '), step.label);
    }
  });
}

function powerState(node: YNode | null | undefined, ctx: PartContext): void {
  const mode = get(node, 'mode');
  if (!isScalar(mode) || mode.text.trim().toLowerCase() !== 'reboot') return;
  const step = ctx.facts.step('power_state', 'power_state');
  ctx.facts.reapplies.push({ reapply: { order: 0, kind: 'reboot', files: [], command: 'power_state: reboot', span: mode.span }, step, order: step.order * FACTS_PER_STEP });
}

function writeFiles(node: YNode | null | undefined, ctx: PartContext): void {
  const facts = ctx.facts;
  limitedItems(itemsOf(node), facts.file, node?.range ?? part0, 'write_files', facts.findings).forEach((item, i) => {
    const pathNode = get(item, 'path');
    const path = scalarText(pathNode)?.trim();
    if (!path || !isScalar(pathNode)) return;
    if (isDistroConfigPath(path)) {
      distroConfig(item, i, path, ctx);
      return;
    }
    const sysctl = isSysctlFilePath(path);
    const modules = isModulesFilePath(path);
    if (!sysctl && !modules) return;
    const label = `write_files[${i}]`;
    const step = facts.step(isTrue(get(item, 'defer')) ? 'write_files (deferred)' : 'write_files', label);
    const append = isTrue(get(item, 'append'));
    const content = contentOf(item, label, path, ctx);
    if (content === 'failed') return;
    if (modules) {
      facts.modulesKnown = true;
      if (content) for (const m of parseModulesList(content.text)) facts.modules.add(m);
      return;
    }
    facts.files.push({ path, order: step.order * FACTS_PER_STEP, location: pathNode.span, mode: append ? 'append' : 'create', parsed: content ? parseSysctl(content.text, content.map) : content === null ? emptyParse() : undefined, step });
  });
}

/** A k3s or RKE2 configuration: cluster facts of this machine, and a sign that it is a Kubernetes node. */
function distroConfig(item: YNode, i: number, path: string, ctx: PartContext): void {
  const label = `write_files[${i}]`;
  const content = contentOf(item, label, path, ctx);
  ctx.facts.kubernetesHint ??= `${label} writes ${path}`;
  if (!content || content === 'failed') return;
  const { fact, complete } = distroConfigWritten(ctx.facts.file, path, content);
  if (fact) ctx.facts.distroConfigs.push({ fact, complete });
}

function emptyParse(): ParsedSysctl {
  return { assignments: [], exclusions: [], issues: [] };
}

/**
 * The text a write_files entry writes, mapped into the file: exactly for plain content, to the
 * whole `content` value for encoded content. `null`: no content (an empty file); undefined:
 * content from `source` (not known); 'failed': undecodable (reported).
 */
function contentOf(item: YNode, label: string, path: string, ctx: PartContext): MappedText | null | undefined | 'failed' {
  const facts = ctx.facts;
  const node = get(item, 'content');
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) {
    return get(item, 'source') ? undefined : null;
  }
  if (!isScalar(node)) return undefined;
  const encNode = get(item, 'encoding');
  const { encoding, known } = contentEncoding(scalarText(encNode));
  if (!known && isScalar(encNode)) {
    facts.findings.push({
      ruleId: CLOUD_INIT_RULES.encoding.id,
      severity: 'warning',
      message: `${label}: unknown encoding "${encNode.text}"; cloud-init writes the content to ${path} as plain text`,
      location: { file: facts.file, span: encNode.span },
      related: [],
    });
  }
  const binary = node.tag === BINARY_TAG;
  if (encoding === 'text' && !binary) return { text: node.text, map: node.map };
  const fail = (error: string, limit?: boolean): 'failed' => {
    if (limit) {
      facts.findings.push(limitFinding(facts.file, wholeValue(node), `${label}: the content for ${path}: ${error}`));
      return 'failed';
    }
    facts.findings.push({
      ruleId: CLOUD_INIT_RULES.undecodable.id,
      severity: 'error',
      message: `${label}: the content for ${path} cannot be decoded (${error}); cloud-init fails to write the file`,
      location: { file: facts.file, span: node.span },
      related: [],
    });
    return 'failed';
  };
  let bytes: Buffer | undefined;
  if (binary) {
    const b = decodeBase64(node.text);
    if (!b.ok) return fail(`!!binary: ${b.error}`);
    bytes = b.bytes;
  }
  const d = decodeContent(node.text, bytes, encoding);
  if (!d.ok) return fail(d.error, d.limit);
  const t = utf8(d.bytes);
  if (!t.ok) return fail(t.error);
  return opaque(t.text, wholeValue(node));
}

/** Where findings about encoded content go: the whole `content` value, never line 1. */
function wholeValue(s: YScalar): Span {
  return s.span.end > s.span.start ? s.span : s.range;
}

/** RancherOS `rancher: { sysctl: { key: value } }`: settings RancherOS writes at boot. */
function rancherSysctl(node: YNode | null | undefined, ctx: PartContext): void {
  if (!isMap(node)) return;
  const parsed = ctx.facts.rancher ?? emptyParse();
  parsed.assignments.push(...sysctlMapAssignments(node));
  ctx.facts.rancher = parsed;
}
