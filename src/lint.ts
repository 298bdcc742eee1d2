/**
 * The public entry point: lint(options) -> LintResult.
 *
 *   discover paths -> read + extract each file (sources/*) -> group into nodes ->
 *   build node models (model/*) -> evaluate policies (policy/*) -> findings
 *
 * A file's text is dropped once its facts are extracted; reporters read back only the files
 * that have findings (SourceStore).
 */
import fs from 'node:fs';
import path from 'node:path';
import { compareFindings, type Finding } from './core/finding';
import { ANALYSIS_LIMIT_RULE, LIMITS, limitFinding } from './core/limits';
import { SourceStore } from './core/source-store';
import { discover, displayPath, type InputFile } from './inputs/discover';
import { decodeText, DEFAULT_MAX_FILE_SIZE, readRegularFile, ReadRefused, type FileRead } from './inputs/read-file';
import { isInside, realPathOrSelf, Tree } from './inputs/tree';
import { realPathResolver } from './inputs/real-path';
import { buildNode, type NodeSpec } from './model/build';
import { isBelow, NodeCompletion, nodeDirectory } from './model/node-completion';
import type { ContextOptions } from './model/context';
import { readBootModules } from './model/modules';
import { placeFile, placeUnderRoot, type Placement } from './model/node-layout';
import type { NodeFile } from './model/types';
import { builtinCatalogue } from './policy/builtin';
import { evaluateNode } from './policy/evaluate';
import { loadPolicyDir, type ConfigProblem } from './policy/load';
import type { PolicyLists } from './policy/lists';
import type { LoadedPolicy } from './policy/types';
import { handlerForFile, handlerForPath, SOURCES } from './sources/registry';
import { mergeClusterFacts, type ClusterFact } from './model/cluster';
import type { RelatedFile, SourceHandler } from './sources/types';
import { attachLive, liveNodeModel } from './live/node';
import { LIVE_SNAPSHOT_LINE_RULE, observeLive, pinLiveTexts, type LiveOptions } from './live/observe';
// --- user control (issue 5): config file, inline suppressions, node groups ---
import type { InputFilter } from './config/ignore-filter';
import { groupNodeId, mergeModules, type NodeGroups } from './config/node-groups';
import type { RuleSettings } from './config/rule-settings';
import { DirectiveIndex, type SuppressedFinding } from './suppress/apply';
import { controlFindings } from './suppress/control';

/**
 * Words without which a file cannot state a fact about the whole cluster (NodePort range,
 * kube-proxy mode, kubelet settings, Kubernetes version; see sources/k8s-manifest/cluster-facts.ts).
 * Files with one of them are read once ahead of the rest, so every node can be judged as soon as
 * it is complete instead of waiting for the last file.
 */
const CLUSTER_FACT_TRIGGER = /node-?port-?range|kube-?proxy|proxy-mode|protect-?kernel-?defaults|allowed-?unsafe-?sysctls|KubeletConfiguration|kubeadm\.k8s\.io/i;

/** Paths below an image root that systemd-sysctl and procps read. */
const ROOT_SYSCTL_PATHS = ['etc/sysctl.conf', 'etc/sysctl.d', 'run/sysctl.d', 'usr/local/lib/sysctl.d', 'usr/lib/sysctl.d', 'lib/sysctl.d'];

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
  /** Only run policies for which this returns true (tests enable one policy at a time). */
  ruleFilter?: (id: string) => boolean;
  // --- user control (issue 5) ---
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
}

export interface InputError {
  path: string;
  message: string;
}

export interface LintStats {
  /** Files handed to a source kind: claimed by path while walking, or named explicitly. */
  filesConsidered: number;
  filesLinted: number;
  /** Every file the walk met (claimed or not), plus files named explicitly. Optional: added later. */
  filesSeen?: number;
  /** Files seen but not linted: not claimed by any source kind, or not understood. */
  filesSkipped?: number;
  nodes: number;
  /**
   * Milliseconds per phase: policies, discover (walking and claiming by path), read, detect
   * (confirming a kind by content), parse (source extraction), model (node models), evaluate
   * (policies), suppress (inline directives and config severities); total is lint() as a whole.
   */
  timings: Record<string, number>;
}

export interface LintResult {
  findings: Finding[];
  /** Texts of files with findings, for reporters. */
  sources: SourceStore;
  policies: LoadedPolicy[];
  /** Configuration problems (bad policies, bad options): exit code 2. */
  problems: ConfigProblem[];
  /** Paths that could not be read at all: exit code 2. */
  inputErrors: InputError[];
  stats: LintStats;
  /** Findings that inline suppressions hid, with the directive that did (issue 5). */
  suppressed?: SuppressedFinding[];
}

/** Kubernetes configuration inside a node's root filesystem, read with `--root`. */
const NODE_KUBE_CONFIG = ['etc/kubernetes/manifests', 'var/lib/kubelet/config.yaml', 'etc/kubernetes/kubelet/config.yaml'];

/** Findings the engine itself raises about inputs (not policies). */
export const ENGINE_RULES = {
  unrecognizedFile: 'sysctl-lint/unrecognized-file',
  unreadableFile: 'sysctl-lint/unreadable-file',
  analysisLimit: ANALYSIS_LIMIT_RULE,
  // --- live values (issue 4) ---
  liveSnapshotLine: LIVE_SNAPSHOT_LINE_RULE,
} as const;

/** Standard input as an input file named by `--stdin-filename` (or `<stdin>`). */
function stdinInput(stdin: NonNullable<LintOptions['stdin']>, cwd: string): InputFile {
  const abs = path.resolve(cwd, stdin.filename ?? '<stdin>');
  const display = stdin.filename === undefined ? '<stdin>' : displayPath(abs, cwd);
  return { abs, display, explicit: true, claimedByPath: stdin.filename !== undefined && !!handlerForPath(display), devNull: false, isSymlink: false, tree: Tree.confining(cwd), content: stdin.bytes };
}

export function loadPolicies(options: Pick<LintOptions, 'policyDirs' | 'cwd' | 'maxFileSize'>): { policies: LoadedPolicy[]; lists: PolicyLists; problems: ConfigProblem[] } {
  const cat = builtinCatalogue();
  const policies = [...cat.policies];
  const problems = [...cat.problems];
  for (const dir of options.policyDirs ?? []) {
    const abs = path.resolve(options.cwd, dir);
    const r = loadPolicyDir(abs, (f) => displayPath(f, options.cwd), { tree: Tree.ofNamedPath(abs, options.cwd, true), maxFileSize: options.maxFileSize });
    problems.push(...r.problems);
    for (const p of r.items) {
      if (policies.some((q) => q.policy.id === p.policy.id)) {
        problems.push({ file: p.source, text: '', span: { start: 0, end: 0 }, message: `policy id "${p.policy.id}" is already defined` });
      } else policies.push(p);
    }
  }
  return { policies, lists: cat.lists, problems };
}

interface PendingNode {
  id: string;
  label: string;
  root?: string;
  rootAbs?: string;
  complete: boolean;
  files: NodeFile[];
  /** Node groups: the image trees whose modules-load.d files count for the node. */
  moduleRoots?: Set<string>;
  /** The directory all its files lie below, when known: the node may be judged once it is walked. */
  dir?: string;
}

class Timer {
  readonly timings: Record<string, number> = {};
  time<T>(phase: string, fn: () => T): T {
    const t = performance.now();
    try {
      return fn();
    } finally {
      this.timings[phase] = (this.timings[phase] ?? 0) + performance.now() - t;
    }
  }
}

export function lint(options: LintOptions): LintResult {
  const t0 = performance.now();
  const timer = new Timer();
  const { policies: allPolicies, lists, problems } = timer.time('policies', () => loadPolicies(options));
  const policies = options.ruleFilter ? allPolicies.filter((p) => options.ruleFilter?.(p.policy.id)) : allPolicies;

  const findings: Finding[] = [];
  const sources = new SourceStore();
  const inputErrors: InputError[] = [];
  const grouped = new Map<string, PendingNode>();
  const standalone: NodeSpec[] = [];
  let considered = 0;
  let linted = 0;
  let seen = 0;
  let judged = 0;
  const realPath = realPathResolver();
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
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
  /** Phase one collects cluster facts from every file; phase two judges nodes with them. */
  const clusterFacts: ClusterFact[] = [];
  /** Set once the cluster facts were read ahead of the walk: nodes are then judged as they complete. */
  let prepassed = false;

  const group = (p: Placement, complete: boolean): PendingNode => {
    let n = grouped.get(p.nodeId);
    if (!n) {
      n = { id: p.nodeId, label: p.root ?? p.nodeId.replace(/^dir:/, ''), root: p.root, rootAbs: p.root ? path.resolve(options.cwd, p.root) : undefined, complete, files: [] };
      if (!complete) n.dir = nodeDirectory(p);
      grouped.set(p.nodeId, n);
    }
    return n;
  };

  // Node groups (issue 5): a grouped file joins the node of each group that matches it.
  const directives = new DirectiveIndex();
  const joinGroup = (name: string, p: Placement): PendingNode => {
    const id = groupNodeId(name);
    let n = grouped.get(id);
    if (!n) {
      n = { id, label: name, complete: false, files: [], moduleRoots: new Set() };
      grouped.set(id, n);
    }
    if (p.root) n.moduleRoots?.add(path.resolve(options.cwd, p.root));
    return n;
  };

  /**
   * Findings per rule and file, counted: past LIMITS.findingsPerRuleAndFile the rest is only
   * counted (a generated file can hold a million identical mistakes; one report line says so).
   */
  const perRuleAndFile = new Map<string, number>();
  const emit = (f: Finding) => {
    const id = `${f.ruleId}\0${f.location.file}`;
    const n = (perRuleAndFile.get(id) ?? 0) + 1;
    perRuleAndFile.set(id, n);
    if (n <= LIMITS.findingsPerRuleAndFile) findings.push(f);
  };
  /** Builds a node's model and judges it; its parsed files can be dropped afterwards. */
  const judge = (spec: NodeSpec, context: ContextOptions) => {
    judged++;
    const node = timer.time('model', () => buildNode(spec, context));
    timer.time('evaluate', () => evaluateNode(node, policies, { lists }, emit));
  };
  const specOf = (n: PendingNode): NodeSpec => {
    const bootModules = (rootAbs: string) => readBootModules(imageTree(rootAbs), maxFileSize);
    const modules = timer.time('model', () => (n.rootAbs ? bootModules(n.rootAbs) : n.moduleRoots?.size ? mergeModules([...n.moduleRoots].map(bootModules)) : undefined));
    return { id: n.id, label: n.label, root: n.root, complete: n.complete, files: n.files, modules: modules?.modules, modulesKnown: !!modules && modules.sources.length > 0 };
  };

  const engineFinding = (ruleId: string, severity: Finding['severity'], file: string, message: string) =>
    findings.push({ ruleId, severity, message, location: { file, span: { start: 0, end: 0 } }, related: [] });

  /** Files already linted: provisioning sources read ahead, and the files they consumed. */
  const done = new Set<string>();
  /**
   * Reads a file an input refers to (a template's script, an uploaded file), only inside the
   * input's tree (links resolved), only a regular file within the size limit, and not when
   * `ignore:` excludes it: a template naming "../../../etc/passwd" reads nothing.
   */
  const readRelatedIn =
    (tree: Tree) =>
    (abs: string): RelatedFile | undefined => {
      if (options.inputFilter && !options.inputFilter.named(abs)) return undefined;
      const real = realPathOrSelf(abs);
      if (!tree.containsReal(real)) return undefined;
      try {
        const read = timer.time('read', () => readRegularFile(real, maxFileSize));
        const display = displayPath(abs, options.cwd);
        sources.record(display, read);
        return { abs, display, text: decodeText(read.bytes) };
      } catch {
        return undefined;
      }
    };
  /**
   * Reads an input through its tree: a link is resolved inside the image root the file sits in
   * (or inside the linted tree), only regular files are read, and only up to the size limit.
   */
  const readInput = (f: InputFile, imageRoot: string | undefined): { read?: FileRead; devNull: boolean } => {
    if (f.devNull) return { devNull: true };
    if (f.content) return { read: { bytes: f.content, path: f.abs, identity: '' }, devNull: false };
    let file = f.abs;
    if (f.isSymlink) {
      const resolved = f.tree.forImageRoot(imageRoot === undefined ? undefined : path.resolve(options.cwd, imageRoot)).resolve(f.abs);
      if (resolved.devNull) return { devNull: true };
      file = resolved.path;
    }
    return { read: timer.time('read', () => readRegularFile(file, maxFileSize)), devNull: false };
  };
  /** A file that was not read: a finding where it sits, or an input error when it was named explicitly. */
  const refused = (f: InputFile, e: unknown) => {
    if (!(e instanceof ReadRefused)) throw e;
    sources.pin(f.display, '');
    if (e.reason === 'too-large') engineFinding(ENGINE_RULES.analysisLimit, 'warning', f.display, e.message);
    else if (f.explicit && (e.reason === 'special' || e.reason === 'outside')) inputErrors.push({ path: f.display, message: e.message });
    else engineFinding(ENGINE_RULES.unreadableFile, 'error', f.display, `cannot read file: ${e.message}`);
  };

  /** Reads one input and hands it to its source kind. */
  const process = (f: InputFile, forced?: { handler: SourceHandler; placement: Placement }, preread?: { read: FileRead; handler: SourceHandler }) => {
    considered++;
    let input: { read?: FileRead; devNull: boolean };
    try {
      input = preread ? { read: preread.read, devNull: false } : readInput(f, forced ? forced.placement.root : f.isSymlink ? placeFile(f.display).root : undefined);
    } catch (e) {
      refused(f, e);
      return;
    }
    f = { ...f, devNull: input.devNull };
    const readFrom = input.read?.path ?? f.abs;
    const text = input.read ? decodeText(input.read.bytes) : '';
    if (f.content) sources.pin(f.display, text);
    else if (input.read) sources.record(f.display, input.read);
    const handler = forced?.handler ?? preread?.handler ?? timer.time('detect', () => handlerForFile({ abs: f.abs, display: f.display, text, explicit: f.explicit }, f.claimedByPath));
    if (!handler) {
      // Walked files whose content does not confirm their name are skipped quietly.
      if (f.explicit) {
        engineFinding(
          ENGINE_RULES.unrecognizedFile,
          'info',
          f.display,
          'not a kind of file sysctl-lint understands (sysctl.conf, a sysctl.d drop-in, cloud-init user-data, a shell script, a Kubernetes manifest or configuration, Helm values, a Talos machine configuration); skipped',
        );
      }
      return;
    }
    linted++;
    const real = f.devNull ? undefined : realPath(readFrom, f.isSymlink);
    timer.time('suppress', () => directives.observe(f.display, text, real ?? f.display, f.isSymlink));
    const ex = timer.time('parse', () =>
      handler.extract({ abs: f.abs, display: f.display, text, bytes: input.read?.bytes, explicit: f.explicit, devNull: f.devNull, isSymlink: f.isSymlink, realFile: real ?? `/dev/null:${f.abs}`, readRelated: readRelatedIn(f.tree) }),
    );
    for (const c of ex.consumed ?? []) {
      done.add(c.abs);
      timer.time('suppress', () => directives.observe(c.display, c.text, c.abs, false));
    }
    for (const nf of ex.nodeFiles ?? []) {
      const placement = forced?.placement ?? nf.placement;
      const file = forced ? { ...nf.file, nodePath: placement.nodePath, name: placement.name, dirRank: placement.dirRank } : nf.file;
      const groups = forced ? [] : (options.nodeGroups?.groupsOf(f.abs) ?? []);
      if (groups.length === 0) {
        const n = group(placement, !!forced);
        if (n.dir !== undefined && !isBelow(f.display, n.dir)) n.dir = undefined;
        n.files.push(file);
      }
      for (const g of groups) joinGroup(g, placement).files.push({ ...file });
    }
    standalone.push(...(ex.nodes ?? []));
    for (const x of ex.findings ?? []) emit(x);
    if (!prepassed) clusterFacts.push(...(ex.clusterFacts ?? []));
  };

  /**
   * Provisioning sources (Packer templates, Ansible roles, scripts) make other files part of
   * their node: they are linted ahead of the walk, lower ranks first (a template before the
   * scripts it runs, a script before the files it copies), and what they consumed is not
   * linted again on its own.
   */
  const processProvisioningAhead = (inputs: InputFile[]) => {
    const ranked: Array<{ f: InputFile; rank: number }> = [];
    for (const f of inputs) {
      if (f.devNull || !f.claimedByPath) continue;
      let rank: number | undefined;
      for (const s of SOURCES) {
        const r = s.readAheadRank?.(f.display);
        if (r !== undefined && (rank === undefined || r < rank)) rank = r;
      }
      if (rank !== undefined) ranked.push({ f, rank });
    }
    ranked.sort((a, b) => a.rank - b.rank);
    for (const { f, rank } of ranked) {
      if (done.has(f.abs)) continue;
      let read: FileRead | undefined;
      try {
        read = readInput(f, f.isSymlink ? placeFile(f.display).root : undefined).read;
      } catch {
        continue; // reported by the walk proper
      }
      if (!read) continue;
      const text = decodeText(read.bytes);
      const handler = timer.time('detect', () => handlerForFile({ abs: f.abs, display: f.display, text, explicit: f.explicit }, f.claimedByPath));
      if (!handler || handler.readAheadRank?.(f.display) !== rank) continue;
      done.add(f.abs);
      process(f, undefined, { read, handler });
    }
  };

  /**
   * Reads ahead the few files that can state cluster facts (most of a repository cannot: it has
   * none of the trigger words) and keeps only those facts; the walk proper reads them again.
   */
  const readClusterFactsAhead = (inputs: InputFile[]) => {
    for (const f of inputs) {
      if (f.devNull || (f.claimedByPath && handlerForPath(f.display)?.selfContained)) continue;
      let read: FileRead | undefined;
      try {
        read = readInput(f, f.isSymlink ? placeFile(f.display).root : undefined).read;
      } catch {
        continue; // reported by the walk proper
      }
      if (!read) continue;
      const text = decodeText(read.bytes);
      if (!CLUSTER_FACT_TRIGGER.test(text)) continue;
      const handler = timer.time('detect', () => handlerForFile({ abs: f.abs, display: f.display, text, explicit: f.explicit }, f.claimedByPath));
      if (!handler || handler.selfContained) continue;
      const ex = timer.time('parse', () => handler.extract({ abs: f.abs, display: f.display, text, bytes: read.bytes, explicit: f.explicit, devNull: false, isSymlink: f.isSymlink, realFile: read.path }));
      clusterFacts.push(...(ex.clusterFacts ?? []));
    }
    prepassed = true;
  };

  {
    const rootAbs = options.root === undefined ? undefined : path.resolve(options.cwd, options.root);
    const rootTree = rootAbs === undefined ? undefined : imageTree(rootAbs);
    if (options.root && rootAbs && rootTree && isInside(rootAbs, options.cwd) && !Tree.confining(options.cwd).containsReal(rootTree.real)) {
      inputErrors.push({ path: options.root, message: 'leads outside the working directory through a symbolic link: not read (name the real path instead)' });
    } else if (options.root && rootAbs && rootTree) {
      const rootDisplay = displayPath(rootAbs, options.cwd);
      // The root node exists even when the image holds no sysctl file at all.
      group({ nodeId: `root:${rootDisplay}`, root: rootDisplay, nodePath: '', name: '', dirRank: 0 }, true);
      const d = timer.time('discover', () =>
        discover([rootAbs], options.cwd, {
          tree: rootTree,
          // An image without sysctl files is a finding of its own, not a usage error.
          allowUnmatched: true,
          claimPath: (display) => !!placeUnderRoot(path.relative(rootAbs, path.resolve(options.cwd, display)), rootDisplay),
          walkFilter: (_display, isDir, abs) => {
            const inside = path.relative(rootAbs, abs).split(path.sep).join('/');
            if (options.inputFilter && !options.inputFilter.walk(abs, isDir)) return false;
            // Only the directories an applier reads: walking all of /usr on a real root costs seconds.
            return inside === '' || ROOT_SYSCTL_PATHS.some((p) => p === inside || p.startsWith(inside + '/') || inside.startsWith(p + '/'));
          },
        }),
      );
      inputErrors.push(...d.errors);
      seen += d.visited;
      const sysctl = SOURCES.find((s) => s.kind === 'sysctl-conf') as SourceHandler;
      for (const f of d.files) {
        const placement = placeUnderRoot(path.relative(rootAbs, f.abs), rootDisplay);
        if (placement) process(f, { handler: sysctl, placement });
      }
      // The node's own Kubernetes configuration: static pods (kube-apiserver and kube-proxy
      // flags) and the kubelet's configuration file feed the cluster context.
      // Resolved inside the image: a link to the host's /etc/kubernetes is not followed there.
      const kubeConfig = NODE_KUBE_CONFIG.flatMap((p) => {
        try {
          const r = rootTree.resolve(path.join(rootAbs, p));
          return !r.devNull && fs.existsSync(r.path) ? [r.path] : [];
        } catch {
          return [];
        }
      });
      if (kubeConfig.length) {
        const k = timer.time('discover', () => discover(kubeConfig, options.cwd, { claimPath: () => true, tree: rootTree, allowUnmatched: true }));
        seen += k.visited;
        for (const f of k.files) process({ ...f, explicit: false, claimedByPath: !!handlerForPath(f.display) });
      }
    }
    if (options.paths.length || options.stdin) {
      const filter = options.inputFilter;
      let found: InputFile[];
      if (options.stdin) {
        seen++;
        found = [stdinInput(options.stdin, options.cwd)];
      } else {
        const d = timer.time('discover', () => discover(options.paths, options.cwd, { claimPath: (display) => !!handlerForPath(display), allowUnmatched: options.allowUnmatched, walkFilter: filter && ((_display, isDir, abs) => filter.walk(abs, isDir)) }));
        inputErrors.push(...d.errors);
        seen += d.visited;
        found = d.files;
      }
      const inputs = found.filter((f) => !f.explicit || !filter || filter.named(f.abs));
      // Nodes are judged as soon as their last file is read and then dropped (flat memory).
      // Cluster facts (a NodePort range, a kube-proxy mode...) from any file apply to every
      // node, so they are read ahead first. With --root the image's own Kubernetes files come
      // after the walk, and live values are compared with every node: those runs judge all
      // nodes at the end.
      const streaming = options.streaming !== false && !options.live && !options.liveSnapshot && !options.root;
      let streamContext: LintOptions = options;
      if (streaming) {
        readClusterFactsAhead(inputs);
        const ahead = mergeClusterFacts(clusterFacts);
        if (ahead.any) streamContext = { ...options, cluster: ahead };
      }
      processProvisioningAhead(inputs);
      const completion = streaming ? new NodeCompletion(inputs.map((f) => f.display)) : undefined;
      inputs.forEach((f, i) => {
        if (!done.has(f.abs)) process(f);
        if (!completion) return;
        for (const spec of standalone.splice(0)) judge(spec, streamContext);
        for (const n of grouped.values()) {
          if (!completion.completeAfter(n.dir, i)) continue;
          grouped.delete(n.id);
          judge(specOf(n), streamContext);
        }
      });
    }
  }

  // Cluster context from the files (command-line values still win, see model/context.ts); the
  // cluster itself is one more node, for policies about the context values.
  const cluster = mergeClusterFacts(clusterFacts);
  const contextOptions = cluster.any ? { ...options, cluster } : options;
  if (cluster.any) standalone.push({ id: 'cluster', label: 'the cluster', complete: false, files: [], scope: 'cluster', role: { value: 'kubernetes', source: 'the cluster configuration in the linted files' } });
  // --- live values (issue 4): --live / --live-snapshot add the running kernel as a node ---
  const live = options.live || options.liveSnapshot ? timer.time('live', () => observeLive(options, options.cwd)) : undefined;
  if (live) {
    findings.push(...live.findings);
    inputErrors.push(...live.errors);
  }
  const remaining = [...[...grouped.values()].map(specOf), ...standalone];
  if (live) {
    // The live node is compared with every file node: all models first, then judge them.
    const nodes = remaining.map((spec) => timer.time('model', () => buildNode(spec, contextOptions)));
    for (const n of nodes) attachLive(n, live);
    if (live.values.size) nodes.push(liveNodeModel(live, contextOptions, nodes));
    judged += nodes.length;
    timer.time('evaluate', () => {
      for (const node of nodes) evaluateNode(node, policies, { lists }, emit);
    });
  } else for (const spec of remaining) judge(spec, contextOptions);
  if (live) pinLiveTexts(live, findings, sources);
  for (const [id, n] of perRuleAndFile) {
    if (n <= LIMITS.findingsPerRuleAndFile) continue;
    const [ruleId, file] = id.split('\0') as [string, string];
    findings.push(limitFinding(file, { start: 0, end: 0 }, `${n - LIMITS.findingsPerRuleAndFile} more findings of ${ruleId} in this file are not listed (at most ${LIMITS.findingsPerRuleAndFile} per rule and file)`));
  }
  findings.sort(compareFindings);
  // User control (issue 5): config severities, then inline suppressions (src/suppress).
  const controlled = timer.time('suppress', () => controlFindings(findings, { policies: allPolicies, directives, rules: options.ruleSettings, ruleFilter: options.ruleFilter, today: options.today }));
  const timings = { ...timer.timings, total: performance.now() - t0 };
  const stats: LintStats = { filesConsidered: considered, filesLinted: linted, filesSeen: seen, filesSkipped: seen - linted, nodes: judged, timings };
  return { findings: controlled.findings, suppressed: controlled.suppressed, sources, policies, problems, inputErrors, stats };
}
