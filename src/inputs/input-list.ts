/**
 * The inputs of a run, in walk order, kept compactly. A run lists every claimed file before
 * any is read (the read-aheads and node completion need the whole list), and a repository can
 * hold hundreds of thousands of them: an {@link InputFile} per file with its absolute and
 * display paths is about 300 bytes, so the list alone would make memory grow with the
 * repository. Here a walked file is its name (UTF-8 bytes in a shared buffer), the index of its
 * directory and a byte of flags (about 25 bytes), and a directory its name and its parent's
 * index; its {@link InputFile} is made again each time it is asked for and dropped after use.
 * Files that are not a directory entry plus a name (named on the command line, standard input,
 * entries below a directory that contains the working directory) are kept whole: there are as
 * many of them as the command line names.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InputFile } from './discover';
import type { Tree } from './tree';

const CLAIMED_BY_PATH = 1;
const DEV_NULL = 2;
const SYMLINK = 4;
/**
 * The upper five bits of an input's flags: its provisioning read-ahead rank as worked out by the
 * walk (0: not worked out, 1: none, else the rank plus 2; a rank past what fits is not kept).
 */
const RANK_SHIFT = 3;
const RANK_CODES = 31;

/** A growable array of small integers (an index per input). */
class IntColumn<T extends Int32Array | Uint16Array | Uint8Array> {
  private data: T;
  length = 0;

  constructor(private readonly make: (n: number) => T) {
    this.data = make(1024);
  }

  push(v: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = v;
  }

  at(i: number): number {
    return this.data[i] as number;
  }

  set(i: number, v: number): void {
    this.data[i] = v;
  }
}

/**
 * Strings stored as UTF-8 bytes in one buffer (names of files and directories): a string of
 * its own costs V8 about 20 bytes more than its characters, and lives in the heap the garbage
 * collector sizes itself by. File names come from readdir decoded as UTF-8, so they read back
 * exactly.
 */
class PackedStrings {
  private bytes = Buffer.allocUnsafe(16384);
  private used = 0;
  /** Per string: where it ends (it starts where the one before ends). */
  private readonly ends = new IntColumn((n) => new Int32Array(n));

  get length(): number {
    return this.ends.length;
  }

  push(s: string): void {
    // Room for the longest UTF-8 form (3 bytes per UTF-16 unit), so that one call writes it.
    const most = this.used + 3 * s.length;
    if (most > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(most, this.bytes.length * 2));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.used += this.bytes.write(s, this.used);
    this.ends.push(this.used);
  }

  at(i: number): string {
    return this.bytes.toString(undefined, i === 0 ? 0 : this.ends.at(i - 1), this.ends.at(i));
  }
}

/** A directory's paths (a walk's root or a directory below one): what its entries' paths are made from. */
interface DirectoryPaths {
  /** Absolute path with a trailing separator. */
  prefix: string;
  /** Display path ('.' for the working directory). */
  display: string;
  tree: Tree;
  /** Real path with a trailing separator (undefined when it cannot be resolved). */
  real: string | undefined;
}

/** A walk root's real path with a trailing separator (one realpath(3) call per walk). */
function realPrefix(prefix: string): string | undefined {
  try {
    const real = fs.realpathSync.native(prefix);
    return real.endsWith(path.sep) ? real : real + path.sep;
  } catch {
    return undefined;
  }
}

/** The display path of `name` in a directory shown as `dir`. */
function entryDisplay(dir: string, name: string): string {
  return dir === '.' ? name : `${dir}/${name}`;
}

/** Directories whose paths are kept made: the walk is depth first, so the next input is nearly always in one of the last few. */
const DIRECTORY_PATHS_KEPT = 64;

export class InputList implements Iterable<InputFile> {
  private readonly roots: DirectoryPaths[] = [];
  /**
   * Directories that hold inputs, and the directories between them and the walk's root: per
   * directory its name and its parent (or, for a walk's root, `-1 - root`), so that a path is
   * stored once however many entries extend it.
   */
  private readonly dirNames = new PackedStrings();
  private readonly dirParent = new IntColumn((n) => new Int32Array(n));
  /** Per directory: the index of the last input directly in it, or -1. */
  private readonly dirLast = new IntColumn((n) => new Int32Array(n));
  private readonly names = new PackedStrings();
  /** Per input: its directory, or -1 when it is kept whole. */
  private readonly dirOf = new IntColumn((n) => new Int32Array(n));
  private readonly flags = new IntColumn((n) => new Uint8Array(n));
  /** Per input: the kinds that claim its path (a mask, see `claimsOf`), 0 when not worked out. */
  private readonly claims = new IntColumn((n) => new Uint16Array(n));
  private readonly whole = new Map<number, InputFile>();
  private readonly made = new Map<number, DirectoryPaths>();
  /** The directory asked for last and its paths: consecutive inputs nearly always share one. */
  private lastDir = -1;
  private lastPaths: DirectoryPaths | undefined;

  get length(): number {
    return this.dirOf.length;
  }

  /** The directory a walk starts from; `abs` is absolute and normalised. */
  addWalkRoot(abs: string, display: string, tree: Tree): number {
    const prefix = abs.endsWith(path.sep) ? abs : abs + path.sep;
    this.roots.push({ prefix, display, tree, real: realPrefix(prefix) });
    return this.newDirectory('', -this.roots.length);
  }

  /** Directory `name` in directory `parent` (from {@link addWalkRoot} or this). */
  addDirectory(parent: number, name: string): number {
    return this.newDirectory(name, parent);
  }

  private newDirectory(name: string, parent: number): number {
    this.dirNames.push(name);
    this.dirParent.push(parent);
    this.dirLast.push(-1);
    return this.dirNames.length - 1;
  }

  /** A walked file, `name` in directory `dir`: its paths are the directory's plus its name. */
  addEntry(dir: number, name: string, f: { claimedByPath: boolean; claims?: number; rank?: number | null; devNull: boolean; isSymlink: boolean }): void {
    this.dirLast.set(dir, this.length);
    this.names.push(name);
    this.dirOf.push(dir);
    const rank = f.rank === undefined ? 0 : f.rank === null ? 1 : f.rank >= 0 && f.rank + 2 <= RANK_CODES ? f.rank + 2 : 0;
    this.flags.push((f.claimedByPath ? CLAIMED_BY_PATH : 0) | (f.devNull ? DEV_NULL : 0) | (f.isSymlink ? SYMLINK : 0) | (rank << RANK_SHIFT));
    this.claims.push(f.claims ?? 0);
  }

  /** An input kept as it is. */
  addWhole(f: InputFile): void {
    this.whole.set(this.length, f);
    this.names.push('');
    this.dirOf.push(-1);
    this.flags.push(0);
    this.claims.push(0);
  }

  private paths(dir: number): DirectoryPaths {
    if (dir === this.lastDir) return this.lastPaths as DirectoryPaths;
    const p = this.madePaths(dir);
    this.lastDir = dir;
    this.lastPaths = p;
    return p;
  }

  private madePaths(dir: number): DirectoryPaths {
    let p = this.made.get(dir);
    if (p) return p;
    const parent = this.dirParent.at(dir);
    if (parent < 0) {
      p = this.roots[-parent - 1] as DirectoryPaths;
    } else {
      const up = this.paths(parent);
      const name = this.dirNames.at(dir);
      p = { prefix: `${up.prefix}${name}${path.sep}`, display: entryDisplay(up.display, name), tree: up.tree, real: up.real === undefined ? undefined : `${up.real}${name}${path.sep}` };
    }
    if (this.made.size >= DIRECTORY_PATHS_KEPT) this.made.clear();
    this.made.set(dir, p);
    return p;
  }

  get(i: number): InputFile {
    const dir = this.dirOf.at(i);
    if (dir < 0) return this.whole.get(i) as InputFile;
    const d = this.paths(dir);
    const name = this.names.at(i);
    const flags = this.flags.at(i);
    const claims = this.claims.at(i);
    return {
      abs: d.prefix + name,
      display: entryDisplay(d.display, name),
      explicit: false,
      claimedByPath: (flags & CLAIMED_BY_PATH) !== 0,
      claims: claims === 0 ? undefined : claims,
      devNull: (flags & DEV_NULL) !== 0,
      isSymlink: (flags & SYMLINK) !== 0,
      tree: d.tree,
      realDir: d.real,
    };
  }

  /** Input `i`'s absolute path. */
  abs(i: number): string {
    const dir = this.dirOf.at(i);
    return dir < 0 ? (this.whole.get(i) as InputFile).abs : this.paths(dir).prefix + this.names.at(i);
  }

  /** Was input `i` named on the command line (or given as standard input)? */
  explicit(i: number): boolean {
    return this.dirOf.at(i) < 0 && (this.whole.get(i) as InputFile).explicit;
  }

  /** Is input `i` claimed by a kind from its path and not a link to /dev/null? */
  claimedNotMasked(i: number): boolean {
    if (this.dirOf.at(i) >= 0) return (this.flags.at(i) & (CLAIMED_BY_PATH | DEV_NULL)) === CLAIMED_BY_PATH;
    const f = this.whole.get(i) as InputFile;
    return f.claimedByPath && !f.devNull;
  }

  /**
   * The kinds that claim walked input `i` by its path (a `claimsOf` mask, 0 when none claims
   * it), or undefined when the walk did not work it out (inputs kept whole, walks that claim
   * by placement): the caller then asks its {@link InputFile}.
   */
  claimsAt(i: number): number | undefined {
    if (this.dirOf.at(i) < 0) return undefined;
    const flags = this.flags.at(i);
    if ((flags & CLAIMED_BY_PATH) === 0) return 0;
    const claims = this.claims.at(i);
    return claims === 0 ? undefined : claims;
  }

  /**
   * Walked input `i`'s provisioning read-ahead rank as the walk worked it out: null when no
   * kind ranks it, undefined when the walk did not work it out (the caller asks its path).
   */
  rankAt(i: number): number | null | undefined {
    if (this.dirOf.at(i) < 0) return undefined;
    const code = this.flags.at(i) >>> RANK_SHIFT;
    return code === 0 ? undefined : code === 1 ? null : code - 2;
  }

  /** Is input `i` a link to /dev/null (a masked file, never read)? */
  devNull(i: number): boolean {
    return this.dirOf.at(i) < 0 ? (this.whole.get(i) as InputFile).devNull : (this.flags.at(i) & DEV_NULL) !== 0;
  }

  /** The display path of input `i`. */
  display(i: number): string {
    const dir = this.dirOf.at(i);
    if (dir < 0) return (this.whole.get(i) as InputFile).display;
    return entryDisplay(this.paths(dir).display, this.names.at(i));
  }

  /**
   * The index of the last input below directory `dir` (a display path), found from input
   * `from`, which lies below it; undefined when no input lies below it. Directories inside a
   * walk are looked up through `from`'s own directories, so no table of every directory's path
   * is kept: only the directories above the walks' roots and above inputs kept whole are.
   */
  lastBelow(dir: string, from: number): number | undefined {
    const below = (this.below ??= this.indexBelow());
    if (!this.overlapping) {
      for (let d = this.dirOf.at(from); d >= 0; ) {
        const parent = this.dirParent.at(d);
        // A walk's root: other walks and named files can lie below it too (`above` has them all).
        if (parent < 0) break;
        const display = this.paths(d).display;
        if (display === dir) return below.subtree[d] as number;
        if (display.length <= dir.length) break;
        d = parent;
      }
    }
    return below.above.get(dir);
  }

  /**
   * Set by the walk when named paths overlap (one inside another): inputs below one directory
   * can then come from several walks, and every directory is indexed by path.
   */
  overlapping = false;
  private below?: { subtree: Int32Array; above: Map<string, number> };

  private indexBelow(): { subtree: Int32Array; above: Map<string, number> } {
    const n = this.dirNames.length;
    // Directories come after their parents: one pass from the end gives each the last input of its subtree.
    const subtree = new Int32Array(n).fill(-1);
    for (let d = n - 1; d >= 0; d--) {
      const last = Math.max(subtree[d] as number, this.dirLast.at(d));
      subtree[d] = last;
      const parent = this.dirParent.at(d);
      if (parent >= 0 && last > (subtree[parent] as number)) subtree[parent] = last;
    }
    const above = new Map<string, number>();
    const mark = (p: string, i: number) => {
      const was = above.get(p);
      if (was === undefined || was < i) above.set(p, i);
    };
    /** `p` itself (a directory) when `self`, and every directory above it, as far as display paths name them. */
    const markUp = (p: string, i: number, self: boolean) => {
      if (self && p !== '.') mark(p, i);
      for (let at = p.lastIndexOf('/'); at > 0; at = p.lastIndexOf('/', at - 1)) mark(p.slice(0, at), i);
    };
    if (this.overlapping) {
      for (let i = 0; i < this.length; i++) markUp(this.display(i), i, false);
    } else {
      for (let d = 0; d < n; d++) {
        const parent = this.dirParent.at(d);
        if (parent < 0 && (subtree[d] as number) >= 0) markUp((this.roots[-parent - 1] as DirectoryPaths).display, subtree[d] as number, true);
      }
      for (const [i, f] of this.whole) markUp(f.display, i, false);
    }
    return { subtree, above };
  }

  *[Symbol.iterator](): Iterator<InputFile> {
    for (let i = 0; i < this.length; i++) yield this.get(i);
  }
}

/**
 * The display paths of the inputs a run considered, in the order it considered them (for
 * baselines and the JUnit report): an index into the run's {@link InputList} per input, so that
 * the paths are not kept twice; inputs that are not in the list (below `--root`) by path.
 */
export class ConsideredInputs implements Iterable<string> {
  private readonly order = new IntColumn((n) => new Int32Array(n));
  private readonly others: string[] = [];
  private list: InputList | undefined;

  /** Input `i` of `list` (one list per run). */
  addListed(list: InputList, i: number): void {
    if (this.list && this.list !== list) throw new Error('ConsideredInputs: inputs of two lists');
    this.list = list;
    this.order.push(i);
  }

  add(display: string): void {
    this.others.push(display);
    this.order.push(-this.others.length);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let k = 0; k < this.order.length; k++) {
      const i = this.order.at(k);
      yield i < 0 ? (this.others[-i - 1] as string) : (this.list as InputList).display(i);
    }
  }
}
