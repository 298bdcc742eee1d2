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
import fs from 'node:fs';
import { autoThreads } from '../core/auto-threads';
import path from 'node:path';
import { compareFindings, type Finding } from '../core/finding';
import { SourceStore } from '../inputs/source-store';
import { FindingCap } from '../pipeline/finding-cap';
import type { InputFilter } from '../config/ignore-filter';
import type { NodeGroups } from '../config/node-groups';
import type { RuleSettings } from '../config/rule-settings';
import type { InputFile } from '../inputs/discover';
import { ConsideredInputs, type InputList } from '../inputs/input-list';
import { DEFAULT_MAX_FILE_SIZE, type FileRead } from '../inputs/read-file';
import { Tree } from '../inputs/tree';
import { realPathResolver } from '../inputs/real-path';
import { observeLive, pinLiveTexts, type LiveOptions } from '../live/observe';
import { mergeClusterFacts, type ClusterFactInput } from '../model/cluster';
import type { ContextOptions } from '../model/context';
import { NodeCompletion } from '../model/node-completion';
import type { Placement } from '../model/node-layout';
import { DetectedKinds, readClusterFactsAhead, readFileAhead, skippedAheadAt } from '../pipeline/cluster-facts';
import { HANDLERS_BY_KIND, type AheadResult, type FileResult, type WorkItem } from '../pipeline/file-work';
import { FileWorkers, type FileWorkerOptions } from '../pipeline/file-workers';
import { processFile, type FileOutcome, type FileStages } from '../pipeline/file';
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

/** Image-root trees kept for links and boot modules (see `imageTree` in {@link lintSteps}). */
const IMAGE_TREES_KEPT = 256;

/** Threads for a run of {@link lintThreaded}. */
export interface ThreadOptions {
  /** Threads that read and parse, the main thread included (1: no worker); `auto`: see {@link autoThreads}, when the tree is large enough. */
  threads: number | 'auto';
  /** The bundle a worker runs (the CLI's own file, which serves file work when started as a worker). */
  entry: string;
  /** Starts a worker (tests: workers that answer late or stop); default a Worker thread running `entry`. */
  spawn?: FileWorkerOptions['spawn'];
}

/**
 * Inputs below which `--threads auto` lints on the main thread. A worker is ready about 70 ms
 * after it starts (loading the bundle) and costs its own JIT warm-up; on four cores that is paid
 * back from about 400 files of a typical repository (bench/notes.md, "Worker threads").
 */
const AUTO_THREADS_MIN_INPUTS = 500;
/** Runs where the walk can use workers: a streaming walk of named paths (not standard input, `--root` or live values). */
function threadable(options: LintOptions): boolean {
  return options.paths.length > 0 && !options.stdin && options.root === undefined && options.streaming !== false && !options.live && !options.liveSnapshot;
}

/** Could the named paths hold enough files for `auto` to use workers? Only a directory can. */
function namesADirectory(options: LintOptions): boolean {
  return options.paths.some((p) => {
    try {
      return fs.statSync(path.resolve(options.cwd, p)).isDirectory();
    } catch {
      return false;
    }
  });
}

/** `auto`'s threads for a run: one unless the machine has cores to spare and a directory is named. */
function autoThreadsFor(options: LintOptions): number {
  const n = autoThreads();
  return n > 1 && namesADirectory(options) ? n : 1;
}

/** Lints on the calling thread. */
export function lint(options: LintOptions): LintResult {
  const step = lintSteps(options, new PhaseTimer(), undefined).next();
  if (!step.done) throw new Error('lint: a run without workers waited for one');
  return step.value;
}

/**
 * Lints with worker threads reading and parsing files (`--threads`); the result is the one
 * {@link lint} returns, byte for byte. The workers start before the walk, so that their
 * start-up overlaps it; with `auto` they are used only when the walk finds enough inputs.
 */
export async function lintThreaded(options: LintOptions, threadOptions: ThreadOptions): Promise<LintResult> {
  const { threads, entry, spawn } = threadOptions;
  const timer = new PhaseTimer();
  const wanted = threads === 'auto' ? autoThreadsFor(options) : threads;
  let workers: FileWorkers | undefined;
  if (wanted > 1 && threadable(options)) {
    try {
      workers = new FileWorkers({ entry, threads: wanted, cwd: options.cwd, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, timer, spawn });
    } catch {
      // A platform that cannot start threads lints on one.
      workers = undefined;
    }
  }
  try {
    const run = lintSteps(options, timer, workers && { workers, minInputs: threads === 'auto' ? AUTO_THREADS_MIN_INPUTS : 0 });
    let step = run.next();
    while (!step.done) step = run.next(await step.value);
    return step.value;
  } finally {
    workers?.close();
  }
}

function workItem(f: InputFile, i: number, detected?: SourceHandler | null): WorkItem {
  const item: WorkItem = { i, abs: f.abs, display: f.display, explicit: f.explicit, claimedByPath: f.claimedByPath };
  if (f.claims !== undefined) item.claims = f.claims;
  if (detected !== undefined) item.detected = detected === null ? null : detected.kind;
  return item;
}

/** Files a worker can take: no links (resolved in their tree on the main thread), no /dev/null links, no standard input. */
function workerCanRead(f: InputFile): boolean {
  return !f.isSymlink && !f.devNull && !f.content;
}

/**
 * The run. It yields only to wait for worker threads (`pool`); without them it runs to the end
 * at the first step.
 */
function* lintSteps(options: LintOptions, timer: PhaseTimer, pool: { workers: FileWorkers; minInputs: number } | undefined): Generator<Promise<unknown>, LintResult, unknown> {
  const t0 = performance.now();
  const { policies: allPolicies, lists, problems } = timer.time('policies', () => options.loadedPolicies ?? loadPolicies(options));
  const policies = options.ruleFilter ? allPolicies.filter((p) => options.ruleFilter?.(p.policy.id)) : allPolicies;

  const findings: Finding[] = [];
  const sources = new SourceStore(options.cwd);
  const inputErrors: InputError[] = [];
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const stages: FileStages = { cwd: options.cwd, timer, maxFileSize, realPath: realPathResolver(), sources, inputFilter: options.inputFilter };
  /**
   * Image roots as trees links resolve in (one per root: each caches nothing but its real path).
   * Nodes are judged as the walk completes them, so only recent roots are asked for again: the
   * cache starts over when full rather than holding every image of a large repository.
   */
  const imageTrees = new Map<string, Tree>();
  const imageTree = (rootAbs: string): Tree => {
    let t = imageTrees.get(rootAbs);
    if (!t) {
      t = Tree.imageRoot(rootAbs);
      if (imageTrees.size >= IMAGE_TREES_KEPT) imageTrees.clear();
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
  const consideredInputs = new ConsideredInputs();
  let linted = 0;
  let seen = 0;
  let threadsUsed = 1;
  /** Time the workers spent in read, detect and parse (added to those phases, beside the main thread's). */
  let workerTime = 0;
  /** Cluster facts from every file; collected by the walk unless they were read ahead. */
  const clusterFacts: ClusterFactInput[] = [];
  let factsReadAhead = false;
  /** Files already linted: provisioning sources read ahead, and the files they consumed. */
  const done = new Set<string>();

  /** One input through read -> detect -> extract, its contribution handed to the group stage. */
  const observe = (display: string, text: string, real: string, isSymlink: boolean) => timer.time('suppress', () => directives.observe(display, text, real, isSymlink));
  /** `listed`: the input's place in the walk's list. */
  const lintFile = (f: InputFile, listed: { list: InputList; i: number } | undefined, forced?: { handler: SourceHandler; placement: Placement }, preread?: { read: FileRead; handler: SourceHandler; extraction?: Extraction }, detected?: SourceHandler | null) => {
    considered++;
    if (listed) consideredInputs.addListed(listed.list, listed.i);
    else consideredInputs.add(f.display);
    took(processFile(f, stages, { forced, preread, detected, observe }), listed?.i, forced);
  };
  /** A worker's result for input `f`, its side effects made here in the order processFile makes them. */
  const lintFromWorker = (f: InputFile, listed: { list: InputList; i: number }, r: FileResult, detected: SourceHandler | null | undefined) => {
    if (r.kind === 'main') return lintFile(f, listed, undefined, undefined, detected);
    considered++;
    consideredInputs.addListed(listed.list, listed.i);
    if (r.record) sources.record(f.display, r.record);
    for (const o of r.observed ?? []) observe(o.display, o.text, o.real, o.isSymlink);
    const handler = r.kind === 'extracted' ? HANDLERS_BY_KIND.get(r.handler) : undefined;
    if (r.kind === 'extracted' && !handler) throw new Error(`lint: a worker named an unknown source kind ${r.handler}`);
    took(r.kind === 'extracted' ? { kind: 'extracted', file: f, handler: handler as SourceHandler, extraction: r.extraction } : r.kind === 'refused' ? { kind: 'refused', file: f, finding: r.finding, inputError: r.inputError } : r, listed.i);
  };
  /** What the group stage and the result take from one file's outcome (`input`: its index in the walk's list). */
  const took = (r: FileOutcome, input: number | undefined, forced?: { placement: Placement }) => {
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
    nodes.add(r.file.abs, r.file.display, r.extraction, forced?.placement, input);
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
    for (const { file, handler, placement } of root.image) lintFile(file, undefined, { handler, placement });
    for (const f of root.context) lintFile(f, undefined);
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
    const useWorkers = streaming && pool && inputs.length >= pool.minInputs ? pool.workers : undefined;
    if (pool && !useWorkers) pool.workers.close();
    if (useWorkers) {
      const ahead = yield* readAheadWithWorkers(inputs, stages, useWorkers);
      clusterFacts.push(...ahead.facts);
      factsReadAhead = true;
      const merged = mergeClusterFacts(clusterFacts);
      if (merged.any || merged.moduleLoads) streamContext = { ...options, cluster: merged };
      // The walk's files go to the workers before the provisioning read-ahead runs here.
      const toWorkers = new Uint8Array(inputs.length);
      const items: WorkItem[] = [];
      for (let i = 0; i < inputs.length; i++) {
        if (ahead.results.has(i) || (ahead.kinds.get(i) === null && !inputs.explicit(i))) continue;
        const f = inputs.get(i);
        if (!workerCanRead(f)) continue;
        toWorkers[i] = 1;
        items.push(workItem(f, i, ahead.kinds.get(i)));
      }
      useWorkers.walk(items);
      items.length = 0;
      lintProvisioningAhead(inputs, stages, done, (f, i, preread) => lintFile(f, { list: inputs, i }, undefined, preread));
      const completion = new NodeCompletion(inputs);
      for (let i = 0; i < inputs.length; i++) {
        const f = inputs.get(i);
        const early = ahead.results.get(i);
        let fromWorker = early && 'worker' in early ? early.worker : undefined;
        if (toWorkers[i]) while (!(fromWorker = useWorkers.take(i))) yield* timedWait(timer, useWorkers.helpOrWait());
        if (!done.has(f.abs)) {
          if (fromWorker) lintFromWorker(f, { list: inputs, i }, fromWorker, ahead.kinds.get(i));
          else lintFile(f, { list: inputs, i }, undefined, early && 'preread' in early ? early.preread : undefined, ahead.kinds.get(i));
        }
        ahead.results.delete(i);
        for (const spec of nodes.completeAfter(completion, i)) judge.judge(spec, streamContext);
      }
      Object.assign(timer.timings, sumTimings(timer.timings, useWorkers.timings()));
      workerTime = Object.values(useWorkers.timings()).reduce((a, b) => a + b, 0);
      threadsUsed = useWorkers.threads;
    } else {
      let ahead: ReturnType<typeof readClusterFactsAhead> | undefined;
      if (streaming) {
        ahead = readClusterFactsAhead(inputs, stages);
        clusterFacts.push(...ahead.facts);
        factsReadAhead = true;
        const merged = mergeClusterFacts(clusterFacts);
        if (merged.any || merged.moduleLoads) streamContext = { ...options, cluster: merged };
      }
      lintProvisioningAhead(inputs, stages, done, (f, i, preread) => lintFile(f, { list: inputs, i }, undefined, preread));
      const completion = streaming ? new NodeCompletion(inputs) : undefined;
      for (let i = 0; i < inputs.length; i++) {
        const detected = ahead?.kinds.get(i);
        if (detected === null && !inputs.explicit(i)) {
          // No kind understands it (the read-ahead read it): what lintFile does for such a
          // file, without making its paths, as most inputs of a repository are such files.
          if (done.size === 0 || !done.has(inputs.abs(i))) {
            considered++;
            consideredInputs.addListed(inputs, i);
          }
        } else {
          const f = inputs.get(i);
          if (!done.has(f.abs)) lintFile(f, { list: inputs, i }, undefined, ahead?.extracted.get(i), detected);
        }
        // The read-ahead's bytes and extraction are dropped once the walk has used them.
        ahead?.extracted.delete(i);
        if (completion) for (const spec of nodes.completeAfter(completion, i)) judge.judge(spec, streamContext);
      }
    }
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
  const stats: LintStats = { filesConsidered: considered, filesLinted: linted, filesSeen: seen, filesSkipped: seen - linted, nodes: judge.judged, timings, threads: threadsUsed, workerTime };
  return { findings: controlled.findings, suppressed: controlled.suppressed, sources, policies, problems, inputErrors, stats, inputs: consideredInputs, cluster, ...(collect ? { nodes: nodeViews } : {}) };
}

/** Per input: the walk's result for a file extracted ahead, from a worker or (links, files handed back) from the main thread. */
type AheadResults = Map<number, { worker: FileResult } | { preread: { read: FileRead; handler: SourceHandler; extraction: Extraction } }>;

function sumTimings(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Waits for the workers, counting the time the main thread does so (`wait` in `--stats`; the chunks it reads itself meanwhile are timed in their phases). */
function* timedWait<T>(timer: PhaseTimer, value: Promise<T>): Generator<Promise<unknown>, T, unknown> {
  const t = performance.now();
  try {
    return (yield value) as T;
  } finally {
    timer.timings.wait = (timer.timings.wait ?? 0) + performance.now() - t;
  }
}

/**
 * The cluster-fact read-ahead (pipeline/cluster-facts.ts) with the workers reading: the same
 * kinds, facts in input order, and for each file extracted ahead the walk's result.
 */
function* readAheadWithWorkers(inputs: InputList, stages: FileStages, workers: FileWorkers): Generator<Promise<unknown>, { facts: ClusterFactInput[]; kinds: DetectedKinds; results: AheadResults }, unknown> {
  const items: WorkItem[] = [];
  for (let i = 0; i < inputs.length; i++) {
    if (skippedAheadAt(inputs, i)) continue;
    const f = inputs.get(i);
    if (workerCanRead(f)) items.push(workItem(f, i));
  }
  workers.readAhead(items);
  items.length = 0;
  let fromWorkers: Map<number, AheadResult> | undefined;
  while (!(fromWorkers = workers.readAheadDone())) yield* timedWait(stages.timer, workers.helpOrWait());
  const facts: ClusterFactInput[] = [];
  const kinds = new DetectedKinds(inputs.length);
  const results: AheadResults = new Map();
  for (let i = 0; i < inputs.length; i++) {
    if (skippedAheadAt(inputs, i)) continue;
    const w = fromWorkers.get(i);
    if (w && w.ahead?.kind !== 'main') {
      const kind = w.detected === undefined || w.detected === null ? w.detected : HANDLERS_BY_KIND.get(w.detected);
      if (kind !== undefined) kinds.set(i, kind);
      if (w.ahead?.kind === 'extracted') facts.push(...(w.ahead.extraction.clusterFacts ?? []));
      if (w.ahead) results.set(i, { worker: w.ahead });
      continue;
    }
    // Links, and files a worker handed back, are read ahead here as with one thread.
    const r = readFileAhead(inputs.get(i), stages);
    if (r.kind !== undefined) kinds.set(i, r.kind);
    if (r.facts) facts.push(...r.facts);
    if (r.extracted) results.set(i, { preread: r.extracted });
  }
  return { facts, kinds, results };
}
