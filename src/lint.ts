/**
 * The public entry point: lint(options) -> LintResult.
 *
 *   discover paths -> read + extract each file (sources/*) -> group into nodes ->
 *   build node models (model/*) -> evaluate policies (policy/*) -> findings
 *
 * A file's text is dropped once its facts are extracted; reporters read back only the files
 * that have findings (SourceStore).
 */
import path from 'node:path';
import { compareFindings, type Finding } from './core/finding';
import { readSourceText, SourceStore } from './core/source-store';
import { discover, displayPath, type InputFile } from './inputs/discover';
import { realPathResolver } from './inputs/real-path';
import { buildNode, type NodeSpec } from './model/build';
import { isBelow, NodeCompletion, nodeDirectory } from './model/node-completion';
import type { ContextOptions } from './model/context';
import { readBootModules } from './model/modules';
import { placeUnderRoot, type Placement } from './model/node-layout';
import type { NodeFile } from './model/types';
import { builtinCatalogue } from './policy/builtin';
import { evaluateNode } from './policy/evaluate';
import { loadPolicyDir, type ConfigProblem } from './policy/load';
import type { PolicyLists } from './policy/lists';
import type { LoadedPolicy } from './policy/types';
import { handlerForContent, handlerForPath, SOURCES } from './sources/registry';
import type { SourceHandler } from './sources/types';

export interface LintOptions extends ContextOptions {
  paths: string[];
  cwd: string;
  /** Lint DIR as a complete root filesystem (mounted image). */
  root?: string;
  /** Extra policy directories (same schema as the built-in ones). */
  policyDirs?: string[];
  /** Only run policies for which this returns true (tests enable one policy at a time). */
  ruleFilter?: (id: string) => boolean;
}

export interface InputError {
  path: string;
  message: string;
}

export interface LintStats {
  /** Files handed to a source kind: claimed by path while walking, or named explicitly. */
  filesConsidered: number;
  filesLinted: number;
  /** Every file the walk met (claimed or not), plus files named explicitly. */
  filesSeen: number;
  /** Files seen but not linted: not claimed by any source kind, or not understood. */
  filesSkipped: number;
  nodes: number;
  /**
   * Milliseconds per phase: policies, discover (walking and claiming by path), read, parse
   * (source extraction), model (node models), evaluate (policies); total is lint() as a whole.
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
}

/** Findings the engine itself raises about inputs (not policies). */
export const ENGINE_RULES = {
  unrecognizedFile: 'sysctl-lint/unrecognized-file',
  unreadableFile: 'sysctl-lint/unreadable-file',
} as const;

export function loadPolicies(options: Pick<LintOptions, 'policyDirs' | 'cwd'>): { policies: LoadedPolicy[]; lists: PolicyLists; problems: ConfigProblem[] } {
  const cat = builtinCatalogue();
  const policies = [...cat.policies];
  const problems = [...cat.problems];
  for (const dir of options.policyDirs ?? []) {
    const abs = path.resolve(options.cwd, dir);
    const r = loadPolicyDir(abs, (f) => displayPath(f, options.cwd));
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
  const sources = new SourceStore(options.cwd);
  const inputErrors: InputError[] = [];
  const grouped = new Map<string, PendingNode>();
  const standalone: NodeSpec[] = [];
  let considered = 0;
  let linted = 0;
  let seen = 0;
  let judged = 0;
  const realPath = realPathResolver();

  const group = (p: Placement, complete: boolean): PendingNode => {
    let n = grouped.get(p.nodeId);
    if (!n) {
      n = { id: p.nodeId, label: p.root ?? p.nodeId.replace(/^dir:/, ''), root: p.root, rootAbs: p.root ? path.resolve(options.cwd, p.root) : undefined, complete, files: [] };
      if (!complete) n.dir = nodeDirectory(p);
      grouped.set(p.nodeId, n);
    }
    return n;
  };

  const emit = (f: Finding) => findings.push(f);
  /** Builds a node's model and judges it; its parsed files can be dropped afterwards. */
  const judge = (spec: NodeSpec) => {
    judged++;
    const node = timer.time('model', () => buildNode(spec, options));
    timer.time('evaluate', () => evaluateNode(node, policies, { lists }, emit));
  };
  const finish = (n: PendingNode) => {
    const modules = timer.time('model', () => (n.rootAbs ? readBootModules(n.rootAbs) : undefined));
    judge({ id: n.id, label: n.label, root: n.root, complete: n.complete, files: n.files, modules: modules?.modules, modulesKnown: !!modules && modules.sources.length > 0 });
  };

  const engineFinding = (ruleId: string, severity: Finding['severity'], file: string, message: string) =>
    findings.push({ ruleId, severity, message, location: { file, span: { start: 0, end: 0 } }, related: [] });

  /** Reads one input and hands it to its source kind. */
  const process = (f: InputFile, forced?: { handler: SourceHandler; placement: Placement }) => {
    considered++;
    let text = '';
    if (!f.devNull) {
      try {
        text = timer.time('read', () => readSourceText(f.abs));
      } catch (e) {
        engineFinding(ENGINE_RULES.unreadableFile, 'error', f.display, `cannot read file: ${(e as Error).message}`);
        sources.pin(f.display, '');
        return;
      }
    }
    const handler = forced?.handler ?? (f.claimedByPath ? handlerForPath(f.display) : undefined) ?? handlerForContent(text, f.display);
    if (!handler) {
      engineFinding(ENGINE_RULES.unrecognizedFile, 'info', f.display, 'not a kind of file sysctl-lint understands (sysctl.conf or a sysctl.d drop-in); skipped');
      return;
    }
    linted++;
    const ex = timer.time('parse', () => handler.extract({ abs: f.abs, display: f.display, text, explicit: f.explicit, devNull: f.devNull, isSymlink: f.isSymlink, realFile: f.devNull ? `/dev/null:${f.abs}` : realPath(f.abs, f.isSymlink) }));
    for (const nf of ex.nodeFiles ?? []) {
      const placement = forced?.placement ?? nf.placement;
      const file = forced ? { ...nf.file, nodePath: placement.nodePath, name: placement.name, dirRank: placement.dirRank } : nf.file;
      const n = group(placement, !!forced);
      if (n.dir !== undefined && !isBelow(f.display, n.dir)) n.dir = undefined;
      n.files.push(file);
    }
    standalone.push(...(ex.nodes ?? []));
    findings.push(...(ex.findings ?? []));
  };

  {
    if (options.root) {
      const rootAbs = path.resolve(options.cwd, options.root);
      const rootDisplay = displayPath(rootAbs, options.cwd);
      // The root node exists even when the image holds no sysctl file at all.
      group({ nodeId: `root:${rootDisplay}`, root: rootDisplay, nodePath: '', name: '', dirRank: 0 }, true);
      const d = timer.time('discover', () =>
        discover([rootAbs], options.cwd, {
          claimPath: (display) => !!placeUnderRoot(path.relative(rootAbs, path.resolve(options.cwd, display)), rootDisplay),
          walkFilter: (display) => {
            const inside = path.relative(rootAbs, path.resolve(options.cwd, display)).split(path.sep).join('/');
            return inside === '' || /^(etc|run|usr|lib)(\/|$)/.test(inside);
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
    }
    if (options.paths.length) {
      const d = timer.time('discover', () => discover(options.paths, options.cwd, { claimPath: (display) => !!handlerForPath(display) }));
      inputErrors.push(...d.errors);
      seen += d.visited;
      // Nodes are judged as soon as their last file is read and then dropped (flat memory),
      // when every input is of a kind whose facts stay inside its own node. Otherwise facts
      // about the whole repository (a cluster's NodePort range...) may still come, and every
      // node waits for the end of the walk.
      const completion = d.files.every((f) => f.claimedByPath && handlerForPath(f.display)?.selfContained) ? new NodeCompletion(d.files.map((f) => f.display)) : undefined;
      d.files.forEach((f, i) => {
        process(f);
        if (!completion) return;
        for (const n of grouped.values()) {
          if (!completion.completeAfter(n.dir, i)) continue;
          grouped.delete(n.id);
          finish(n);
        }
      });
    }
  }

  for (const n of grouped.values()) finish(n);
  for (const spec of standalone) judge(spec);
  findings.sort(compareFindings);
  const timings = { ...timer.timings, total: performance.now() - t0 };
  const stats: LintStats = { filesConsidered: considered, filesLinted: linted, filesSeen: seen, filesSkipped: seen - linted, nodes: judged, timings };
  return { findings, sources, policies, problems, inputErrors, stats };
}
