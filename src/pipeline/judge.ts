/**
 * The judge stage: a node's model is built (precedence, effective values, context) and every
 * policy evaluated on it. With live values, every file node is compared with the running
 * kernel, so all models are built before any is judged.
 */
import type { Finding } from '../core/finding';
import { attachLive, liveNodeModel } from '../live/node';
import type { LiveObservation } from '../live/observe';
import { buildNode, type NodeSpec } from '../model/build';
import type { ContextOptions } from '../model/context';
import { evaluateNode } from '../policy/evaluate';
import type { PolicyLists } from '../policy/lists';
import type { LoadedPolicy } from '../policy/types';
import type { PhaseTimer } from './timer';

export class Judge {
  /** Nodes judged so far. */
  judged = 0;

  constructor(
    private readonly policies: LoadedPolicy[],
    private readonly lists: PolicyLists,
    private readonly timer: PhaseTimer,
    private readonly emit: (f: Finding) => void,
  ) {}

  /** Builds one node's model and judges it; its parsed files can be dropped afterwards. */
  judge(spec: NodeSpec, context: ContextOptions): void {
    this.judged++;
    const node = this.timer.time('model', () => buildNode(spec, context));
    this.timer.time('evaluate', () => evaluateNode(node, this.policies, { lists: this.lists }, this.emit));
  }

  /** Judges the file nodes together with the running kernel's values, which every one is compared with. */
  judgeWithLive(specs: NodeSpec[], context: ContextOptions, live: LiveObservation): void {
    const nodes = specs.map((spec) => this.timer.time('model', () => buildNode(spec, context)));
    for (const n of nodes) attachLive(n, live);
    if (live.values.size) nodes.push(liveNodeModel(live, context, nodes));
    this.judged += nodes.length;
    this.timer.time('evaluate', () => {
      for (const node of nodes) evaluateNode(node, this.policies, { lists: this.lists }, this.emit);
    });
  }
}
