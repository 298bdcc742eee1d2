/**
 * Tells, while inputs are processed in walk order, when a node can receive no more files.
 * A node's files all lie below one directory (the image root for `<root>/etc/sysctl.d/x.conf`,
 * the directory itself for a loose drop-in set), so once the last input below that directory
 * has been processed the node is complete: it can be judged and its parsed files dropped.
 * This is what keeps memory flat however large the repository is.
 */
import type { Placement } from './node-layout';

/** Where the inputs of a run lie (src/inputs/input-list.ts). */
export interface InputPlaces {
  /** The index of the last input below `dir` (a display path), found from input `from`, which lies below it. */
  lastBelow(dir: string, from: number): number | undefined;
}

export class NodeCompletion {
  constructor(private readonly inputs: InputPlaces) {}

  /**
   * The index of the input after which a node whose files lie below `dir` is complete (`from`:
   * the input of one of them); undefined for the working directory and unknown directories,
   * which never complete early.
   */
  lastBelow(dir: string, from: number): number | undefined {
    return dir === '.' ? undefined : this.inputs.lastBelow(dir, from);
  }
}

/** The directory all files of a node lie below, from the placement of one of them. */
export function nodeDirectory(p: Placement): string | undefined {
  if (p.root !== undefined) return p.root;
  return p.nodeId.startsWith('dir:') ? p.nodeId.slice('dir:'.length) : undefined;
}

export function isBelow(display: string, dir: string): boolean {
  return dir === '.' ? !display.startsWith('../') && !display.startsWith('/') : display.startsWith(dir + '/');
}
