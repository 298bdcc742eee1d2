/**
 * The public entry point: lint(options) -> LintResult, a pipeline of named stages.
 *
 *   policies -> walk -> per file: read -> detect -> extract -> group into nodes ->
 *   judge (model + policies) -> suppress (config severities, inline directives) -> fix
 *   (which declared fixes can be made exactly)
 *
 * Each stage is a module in src/pipeline/. A file's text is dropped once its facts are
 * extracted; reporters read back only the files that have findings (SourceStore).
 */
import path from 'node:path';
import { compareFindings, type Finding } from '../core/finding';
import { SourceStore } from '../inputs/source-store';
import { FindingCap } from '../pipeline/finding-cap';
import type { InputFilter } from '../config/ignore-filter';
import type { NodeGroups } from '../config/node-groups';
import type { RuleSettings } from '../config/rule-settings';
import type { InputFile } from '../inputs/discover';
import { DEFAULT_MAX_FILE_SIZE, type FileRead } from '../inputs/read-file';
import { Tree } from '../inputs/tree';
import { realPathResolver } from '../inputs/real-path';
import { observeLive, pinLiveTexts, type LiveOptions } from '../live/observe';
import { mergeClusterFacts, type ClusterFactInput } from '../model/cluster';
import type { ContextOptions } from '../model/context';
import { NodeCompletion } from '../model/node-completion';
import type { Placement } from '../model/node-layout';
import { readClusterFactsAhead } from '../pipeline/cluster-facts';
import { processFile, type FileStages } from '../pipeline/file';
import { lintProvisioningAhead } from '../pipeline/provisioning';
import { NodeGrouper } from '../pipeline/group';
import { Judge } from '../pipeline/judge';
import { loadPolicies, type LoadedPolicies } from '../pipeline/policies';
import { PhaseTimer } from '../pipeline/timer';
import { walkPaths, walkRoot, walkStdin } from '../pipeline/walk';
import type { InputError, LintResult, LintStats } from '../result';
import { buildRuleRegistry } from '../rules/registry';
import type { Extraction, SourceHandler } from '../sources/types';
import { DirectiveIndex } from '../suppress/apply';
import { controlFindings } from '../suppress/control';
import { resolveFixes } from '../fix/resolve';
import { nodeSettings, type NodeSettings } from '../model/settings-view';

export type { LintResult } from '../result';

export interface LintOptions extends ContextOptions, LiveOptions {
  /**
   * Judge each node as soon as its last file is read (the default; memory stays flat). `false`
   * judges every node after the walk: the same findings, kept for tests that compare the two.
   */
  streaming?: boolean;
  paths: string[];
  cwd: string;
  /** Lint DIR as a complete root filesystem (mounted image). */
  root?: string;
  /** Extra policy directories (same schema as the built-in ones). */
  policyDirs?: string[];
  /** The policies of `policyDirs`, when the caller has loaded them already (the CLI, to check the config's rule ids). */
  loadedPolicies?: LoadedPolicies;
  /** Only run policies for which this returns true (tests enable one policy at a time). */
  ruleFilter?: (id: string) => boolean;
  /** Severity per rule and per path from the config file (`rules`, `overrides`). */
  ruleSettings?: RuleSettings;
  /** Inputs to skip: config `ignore` globs and .gitignore (src/config/ignore-filter.ts). */
  inputFilter?: InputFilter;
  /** Node groups from the config file (src/config/node-groups.ts). */
  nodeGroups?: NodeGroups;
  /** Today's date (YYYY-MM-DD) for suppression expiry; default: the local date of the system clock. */
  today?: string;
  /** Files larger than this many bytes are reported, not analysed (default 10 MB). */
  maxFileSize?: number;
  /** A path argument that matches nothing to lint is not an error (`--no-error-on-unmatched-pattern`). */
  allowUnmatched?: boolean;
  /**
   * Lint one text read from standard input instead of paths. `filename` (`--stdin-filename`)
   * is the path it is reported at and judged as (kind by name, node placement, config
   * overrides and ignores); without it the text is `<stdin>` and its content decides the kind.
   */
  stdin?: { bytes: Buffer; filename?: string };
  /**
   * Keep each node's effective settings (`sysctl-lint show`, the HTML report): a compact view
   * per node, made when it is judged, in `LintResult.nodes`.
   */
  collectNodes?: { keys?: string[] };
}

export function lint(options: LintOptions): LintResult {
  const t0 = performance.now();
  const timer = new PhaseTimer();
  const { policies: allPolicies, lists, problems } = timer.time('policies', () => options.loadedPolicies ?? loadPolicies(options));
  const policies = options.ruleFilter ? allPolicies.filter((p) => options.ruleFilter?.(p.policy.id)) : allPolicies;

  const findings: Finding[] = [];
  const sources = new SourceStore();
  const inputErrors: InputError[] = [];
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const stages: FileStages = { cwd: options.cwd, timer, maxFileSize, realPath: realPathResolver(), sources, inputFilter: options.inputFilter };
  /** Image roots as trees links resolve in (one per root: each caches nothing but its real path). */
  const imageTrees = new Map<string, Tree>();
  const imageTree = (rootAbs: string): Tree => {
    let t = imageTrees.get(rootAbs);
    if (!t) {
      t = Tree.imageRoot(rootAbs);
      imageTrees.set(rootAbs, t);
    }
    return t;
  };
  const directives = new DirectiveIndex();
  const nodes = new NodeGrouper(options.cwd, timer, imageTree, maxFileSize, options.nodeGroups);
  const cap = new FindingCap(findings);
  const nodeViews: NodeSettings[] = [];
  const collect = options.collectNodes;
  const judge = new Judge(policies, lists, timer, cap.add, collect ? (node) => nodeViews.push(nodeSettings(node, collect.keys)) : undefined);
  let considered = 0;
  const consideredInputs: string[] = [];
  let linted = 0;
  let seen = 0;
  /** Cluster facts from every file; collected by the walk unless they were read ahead. */
  const clusterFacts: ClusterFactInput[] = [];
  let factsReadAhead = false;
  /** Files already linted: provisioning sources read ahead, and the files they consumed. */
  const done = new Set<string>();

  /** One input through read -> detect -> extract, its contribution handed to the group stage. */
  const lintFile = (f: InputFile, forced?: { handler: SourceHandler; placement: Placement }, preread?: { read: FileRead; handler: SourceHandler; extraction?: Extraction }, detected?: SourceHandler | null) => {
    considered++;
    consideredInputs.push(f.display);
    const r = processFile(f, stages, {
      forced,
      preread,
      detected,
      observe: (display, text, real, isSymlink) => timer.time('suppress', () => directives.observe(display, text, real, isSymlink)),
    });
    if (r.kind === 'refused') {
      // Reporters show the finding of a file that was not read without its text.
      sources.pin(r.file.display, '');
      if (r.finding) findings.push(r.finding);
      if (r.inputError) inputErrors.push(r.inputError);
    }
    if (r.kind === 'unrecognized') findings.push(r.finding);
    if (r.kind !== 'extracted') return;
    linted++;
    for (const c of r.extraction.consumed ?? []) done.add(c.abs);
    nodes.add(r.file.abs, r.file.display, r.extraction, forced?.placement);
    for (const f of r.extraction.findings ?? []) cap.add(f);
    if (!factsReadAhead) clusterFacts.push(...(r.extraction.clusterFacts ?? []));
  };

  const root = options.root === undefined ? undefined : walkRoot(options.root, options.cwd, imageTree(path.resolve(options.cwd, options.root)), options.inputFilter, timer);
  if (root && 'error' in root) inputErrors.push(root.error);
  else if (root) {
    // The root node exists even when the image holds no sysctl file at all.
    nodes.node({ nodeId: `root:${root.rootDisplay}`, root: root.rootDisplay, nodePath: '', name: '', dirRank: 0 }, true);
    inputErrors.push(...root.errors);
    seen += root.visited;
    for (const { file, handler, placement } of root.image) lintFile(file, { handler, placement });
    for (const f of root.context) lintFile(f);
  }
  if (options.paths.length || options.stdin) {
    const walked = options.stdin ? walkStdin(options.stdin, options.cwd, options.inputFilter) : walkPaths(options.paths, options.cwd, options.inputFilter, options.allowUnmatched, timer);
    inputErrors.push(...walked.errors);
    seen += walked.visited;
    const inputs = walked.files;
    // Nodes are judged as soon as their last file is read and then dropped (flat memory).
    // With --root the image's own Kubernetes files come after the walk, and live values are
    // compared with every node: those runs judge all nodes at the end.
    const streaming = options.streaming !== false && !options.live && !options.liveSnapshot && !options.root;
    let streamContext: LintOptions = options;
    let ahead: ReturnType<typeof readClusterFactsAhead> | undefined;
    if (streaming) {
      ahead = readClusterFactsAhead(inputs, stages);
      clusterFacts.push(...ahead.facts);
      factsReadAhead = true;
      const merged = mergeClusterFacts(clusterFacts);
      if (merged.any || merged.moduleLoads) streamContext = { ...options, cluster: merged };
    }
    lintProvisioningAhead(inputs, stages, done, (f, preread) => lintFile(f, undefined, preread));
    const completion = streaming ? new NodeCompletion(inputs.map((f) => f.display)) : undefined;
    inputs.forEach((f, i) => {
      if (!done.has(f.abs)) lintFile(f, undefined, ahead?.extracted[i], ahead?.kinds[i]);
      // The read-ahead's bytes and extraction are dropped once the walk has used them.
      if (ahead) ahead.extracted[i] = undefined;
      if (completion) for (const spec of nodes.completeAfter(completion, i)) judge.judge(spec, streamContext);
    });
  }

  // Cluster context from the files (command-line values still win, see model/context.ts); the
  // cluster itself is one more node, for policies about the context values.
  const cluster = mergeClusterFacts(clusterFacts);
  const contextOptions: ContextOptions = cluster.any || cluster.moduleLoads ? { ...options, cluster } : options;
  if (cluster.any) nodes.addNode({ id: 'cluster', label: 'the cluster', complete: false, files: [], scope: 'cluster', role: { value: 'kubernetes', source: 'the cluster configuration in the linted files' } });
  // --live / --live-snapshot add the running kernel as a node.
  const live = options.live || options.liveSnapshot ? timer.time('live', () => observeLive(options, options.cwd)) : undefined;
  if (live) {
    findings.push(...live.findings);
    inputErrors.push(...live.errors);
  }
  const remaining = nodes.remaining();
  if (live) judge.judgeWithLive(remaining, contextOptions, live);
  else for (const spec of remaining) judge.judge(spec, contextOptions);
  if (live) pinLiveTexts(live, findings, sources);
  findings.push(...cap.overflow());
  findings.sort(compareFindings);
  // The user's say: config severities, then inline suppressions (src/suppress).
  const controlled = timer.time('suppress', () => controlFindings(findings, { policies: allPolicies, registry: buildRuleRegistry(allPolicies), directives, rules: options.ruleSettings, ruleFilter: options.ruleFilter, today: options.today }));
  // Which declared fixes can be made exactly, checked against the files' bytes (src/fix).
  timer.time('fix', () => resolveFixes(controlled.findings, sources));
  const timings = { ...timer.timings, total: performance.now() - t0 };
  const stats: LintStats = { filesConsidered: considered, filesLinted: linted, filesSeen: seen, filesSkipped: seen - linted, nodes: judge.judged, timings };
  return { findings: controlled.findings, suppressed: controlled.suppressed, sources, policies, problems, inputErrors, stats, inputs: consideredInputs, cluster, ...(collect ? { nodes: nodeViews } : {}) };
}
