/**
 * Tells, while inputs are processed in walk order, when a node can receive no more files.
 * A node's files all lie below one directory (the image root for `<root>/etc/sysctl.d/x.conf`,
 * the directory itself for a loose drop-in set), so once the last input below that directory
 * has been processed the node is complete: it can be judged and its parsed files dropped.
 * This is what keeps memory flat however large the repository is.
 */
import type { Placement } from './node-layout';

export class NodeCompletion {
  /** Directory (display form, POSIX separators) -> index of the last input below it. */
  private readonly lastBelow = new Map<string, number>();

  constructor(displays: readonly string[]) {
    displays.forEach((display, i) => {
      for (let at = display.lastIndexOf('/'); at > 0; at = display.lastIndexOf('/', at - 1)) this.lastBelow.set(display.slice(0, at), i);
    });
  }

  /** Has input `index` been the last one below `dir`? Unknown directories never complete early. */
  completeAfter(dir: string | undefined, index: number): boolean {
    if (dir === undefined || dir === '.') return false;
    const last = this.lastBelow.get(dir);
    return last !== undefined && last <= index;
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
