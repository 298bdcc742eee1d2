/**
 * The group stage: files become nodes. A sysctl file joins the node its placement names (an
 * image tree, a loose drop-in set) or the node groups of the config file that match it; other
 * sources bring whole nodes (a cloud-init user-data, a pod). A node whose directory the walk
 * has passed is complete and handed to the judge stage at once, so memory stays flat.
 */
import path from 'node:path';
import type { NodeGroups } from '../config/node-groups';
import { groupNodeId, mergeModules } from '../config/node-groups';
import { readBootModules } from '../inputs/boot-modules';
import type { Tree } from '../inputs/tree';
import type { NodeSpec } from '../model/build';
import { isBelow, type NodeCompletion, nodeDirectory } from '../model/node-completion';
import type { Placement } from '../model/node-layout';
import type { NodeFile } from '../model/types';
import type { Extraction } from '../sources/types';
import type { PhaseTimer } from './timer';

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
  /** The input (its index in the walk) that made the node, from which `dir` is found in the input list. */
  from?: number;
  /** Index of the last input below `dir`, once looked up (null: none known, never complete early). */
  last?: number | null;
}

/** What completeAfter returns when nothing completes (shared, never changed). */
const NOTHING_DONE: readonly NodeSpec[] = [];

export class NodeGrouper {
  private readonly pending = new Map<string, PendingNode>();
  /** Nodes that sources brought whole, waiting to be judged. */
  private standalone: NodeSpec[] = [];
  /**
   * The walk index before which no pending node can complete: the smallest `last` among them,
   * 0 when a node was added or could take part for the first time (its `last` is not looked up
   * yet). completeAfter runs once per input; most inputs complete nothing.
   */
  private dueAt = 0;

  constructor(
    private readonly cwd: string,
    private readonly timer: PhaseTimer,
    /** The tree an image root's links resolve in. */
    private readonly imageTree: (rootAbs: string) => Tree,
    private readonly maxFileSize: number,
    private readonly nodeGroups?: NodeGroups,
  ) {}

  /** The node a placement names, created on first use (`complete`: a whole root filesystem). */
  node(p: Placement, complete: boolean): PendingNode {
    let n = this.pending.get(p.nodeId);
    if (!n) {
      n = { id: p.nodeId, label: p.root ?? p.nodeId.replace(/^dir:/, ''), root: p.root, rootAbs: p.root ? path.resolve(this.cwd, p.root) : undefined, complete, files: [] };
      if (!complete) n.dir = nodeDirectory(p);
      this.pending.set(p.nodeId, n);
      this.dueAt = 0;
    }
    return n;
  }

  /** A node group of the config file: a grouped file joins the node of each group that matches it. */
  private group(name: string, p: Placement): PendingNode {
    const id = groupNodeId(name);
    let n = this.pending.get(id);
    if (!n) {
      n = { id, label: name, complete: false, files: [], moduleRoots: new Set() };
      this.pending.set(id, n);
    }
    if (p.root) n.moduleRoots?.add(path.resolve(this.cwd, p.root));
    return n;
  }

  /** Adds what one file contributes (`input`: its index in the walk); `forced` places every file of it (`--root`). */
  add(abs: string, display: string, ex: Extraction, forced?: Placement, input?: number): void {
    for (const nf of ex.nodeFiles ?? []) {
      const placement = forced ?? nf.placement;
      const file = forced ? { ...nf.file, nodePath: placement.nodePath, name: placement.name, dirRank: placement.dirRank } : nf.file;
      const groups = forced ? [] : (this.nodeGroups?.groupsOf(abs) ?? []);
      if (groups.length === 0) {
        const n = this.node(placement, !!forced);
        if (n.from === undefined && input !== undefined) {
          n.from = input;
          this.dueAt = 0;
        }
        if (n.dir !== undefined && !isBelow(display, n.dir)) n.dir = undefined;
        n.files.push(file);
      }
      for (const g of groups) this.group(g, placement).files.push({ ...file });
    }
    this.standalone.push(...(ex.nodes ?? []));
  }

  /** A node the run adds itself (the cluster). */
  addNode(spec: NodeSpec): void {
    this.standalone.push(spec);
  }

  /** Nodes complete once input `index` of the walk is processed: sources' own nodes, and grouped nodes whose directory is done. */
  completeAfter(completion: NodeCompletion, index: number): readonly NodeSpec[] {
    let done: NodeSpec[] | undefined;
    if (this.standalone.length) {
      done = this.standalone;
      this.standalone = [];
    }
    if (index < this.dueAt) return done ?? NOTHING_DONE;
    let dueAt = Infinity;
    for (const n of this.pending.values()) {
      if (n.dir === undefined || n.from === undefined) continue;
      if (n.last === undefined) n.last = completion.lastBelow(n.dir, n.from) ?? null;
      if (n.last === null) continue;
      if (n.last > index) {
        dueAt = Math.min(dueAt, n.last);
        continue;
      }
      this.pending.delete(n.id);
      (done ??= []).push(this.spec(n));
    }
    this.dueAt = dueAt;
    return done ?? NOTHING_DONE;
  }

  /** Every node not judged yet: grouped nodes first, then whole nodes. */
  remaining(): NodeSpec[] {
    return [...[...this.pending.values()].map((n) => this.spec(n)), ...this.standalone];
  }

  private spec(n: PendingNode): NodeSpec {
    const bootModules = (rootAbs: string) => readBootModules(this.imageTree(rootAbs), this.maxFileSize);
    const modules = this.timer.time('model', () => (n.rootAbs ? bootModules(n.rootAbs) : n.moduleRoots?.size ? mergeModules([...n.moduleRoots].map(bootModules)) : undefined));
    return { id: n.id, label: n.label, root: n.root, complete: n.complete, files: n.files, modules: modules?.modules, modulesKnown: !!modules && modules.sources.length > 0 };
  }
}
