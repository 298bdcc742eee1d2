/**
 * Where symbolic links may lead. Every input belongs to a tree: the working directory (for
 * paths inside it), a directory or file named outside it, or an image root. Links are resolved
 * inside that tree and never on the host:
 *
 * - in an image root (`--root DIR`, or the `<root>` of `<root>/etc/sysctl.d/x.conf`), as in a
 *   chroot: an absolute target means `<root>/target`, and `..` at the root stays at the root,
 *   which is what the image itself sees when it boots;
 * - elsewhere the link's real path must lie inside the tree, or it is not followed.
 *
 * In no case is a file under the host's /proc, /sys or /dev reached through a link (unless the
 * tree itself lies there).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readRegularFile, ReadRefused, type FileRead } from './read-file';

/** Linux's limit on links followed while resolving one path. */
const MAX_LINK_HOPS = 40;

const SPECIAL_FILESYSTEMS = ['/proc', '/sys', '/dev'];

/** Image roots a tree keeps (see {@link Tree.forImageRoot}). */
const IMAGE_ROOTS_KEPT = 256;

export interface ResolvedPath {
  /** The path to open: inside the tree, with no link in any component. */
  path: string;
  /** The link chain ends at /dev/null (a masked sysctl.d or modules-load.d name). */
  devNull: boolean;
  /** At least one link was followed. */
  viaLink: boolean;
  /**
   * In an image root: a component of the path does not exist (and no link led there), so
   * there is nothing to open. Elsewhere a missing file is found when it is opened.
   */
  missing?: true;
}

/** The real path of `p` (one realpath(3) call), or `p` itself when it does not resolve. */
export function realPathOrSelf(p: string): string {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return p;
  }
}

export function isInside(file: string, dir: string): boolean {
  return file === dir || file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
}

export class Tree {
  private readonly images = new Map<string, Tree>();

  private constructor(
    /** The tree's root as named (lexical, absolute). */
    readonly abs: string,
    /** Its real path. */
    readonly real: string,
    /** An image root: absolute link targets and `..` resolve as in a chroot. */
    readonly chroot: boolean,
    /** Named by the user outside the working directory: an image root above it counts as its tree. */
    readonly named: boolean,
  ) {}

  /** A directory whose links must stay inside it. */
  static confining(dirAbs: string, named = false): Tree {
    return new Tree(dirAbs, realPathOrSelf(dirAbs), false, named);
  }

  /** An image root: links resolve as the booted image would resolve them. */
  static imageRoot(rootAbs: string): Tree {
    return new Tree(rootAbs, realPathOrSelf(rootAbs), true, false);
  }

  /**
   * The tree of a path named on the command line: the working directory when the path lies
   * in it (pull-request content), else the named directory or a named file's directory.
   */
  static ofNamedPath(abs: string, cwd: string, isDir: boolean): Tree {
    if (isInside(abs, cwd)) return Tree.confining(cwd);
    return Tree.confining(isDir ? abs : path.dirname(abs), true);
  }

  /** Does this real path lie inside the tree? */
  containsReal(real: string): boolean {
    return isInside(real, this.real);
  }

  /**
   * The tree links of a file below `rootAbs` (an image root found in its path) resolve in: the
   * image root when it lies inside this tree (or this tree was named outside the working
   * directory), else this tree.
   */
  forImageRoot(rootAbs: string | undefined): Tree {
    if (this.chroot || rootAbs === undefined) return this;
    if (!this.named && !isInside(rootAbs, this.abs)) return this;
    let t = this.images.get(rootAbs);
    if (!t) {
      t = Tree.imageRoot(rootAbs);
      // Inputs come in walk order, so the image roots asked for again are the recent ones.
      if (this.images.size >= IMAGE_ROOTS_KEPT) this.images.clear();
      this.images.set(rootAbs, t);
    }
    return t;
  }

  /**
   * Resolves `abs` (lexically inside the tree, its last component usually a link) to the file
   * to open. Throws {@link ReadRefused} when the link leads outside the tree, loops or dangles.
   */
  resolve(abs: string): ResolvedPath {
    const r = this.chroot ? this.resolveChroot(abs) : this.resolveConfined(abs);
    if (r.viaLink && !r.devNull) {
      for (const fsRoot of SPECIAL_FILESYSTEMS) {
        if (isInside(r.path, fsRoot) && !isInside(this.real, fsRoot)) throw new ReadRefused(`symbolic link leads to ${fsRoot}: not followed`, 'outside');
      }
    }
    return r;
  }

  private resolveConfined(abs: string): ResolvedPath {
    let target: string | undefined;
    try {
      if (fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink()) target = fs.readlinkSync(abs);
    } catch {
      // missing: reported when it is opened
    }
    if (target === undefined) return { path: abs, devNull: false, viaLink: false };
    if (target === '/dev/null') return { path: abs, devNull: true, viaLink: true };
    let real: string;
    try {
      real = fs.realpathSync.native(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') throw new ReadRefused('too many levels of symbolic links', 'special');
      throw new ReadRefused(`dangling symbolic link (to "${target}")`, 'missing');
    }
    if (!this.containsReal(real)) throw new ReadRefused(`symbolic link to "${target}" leads outside the linted tree: not followed`, 'outside');
    return { path: real, devNull: false, viaLink: true };
  }

  private resolveChroot(abs: string): ResolvedPath {
    const rel = path.relative(this.abs, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ReadRefused('outside the image root: not followed', 'outside');
    const pending = rel.split(path.sep).filter((s) => s !== '' && s !== '.').reverse();
    const done: string[] = [];
    let hops = 0;
    let viaLink = false;
    while (pending.length) {
      const name = pending.pop() as string;
      if (name === '.') continue;
      if (name === '..') {
        done.pop(); // at the root, `..` is the root
        continue;
      }
      const here = path.join(this.real, ...done, name);
      // Most lookups in an image are for directories and files it does not have (four of the
      // five modules-load.d directories): `throwIfNoEntry` answers those without building an
      // exception, which costs more than the lstat itself.
      // Only "no such entry" is `missing`: any other error (a directory that cannot be
      // searched) is left to the open, which reports it as unreadable, not absent.
      let st: fs.Stats | undefined;
      let noEntry = false;
      try {
        st = fs.lstatSync(here, { throwIfNoEntry: false });
        noEntry = st === undefined;
      } catch {
        st = undefined;
      }
      if (st === undefined) {
        if (!viaLink) return noEntry ? { path: here, devNull: false, viaLink, missing: true } : { path: here, devNull: false, viaLink };
        throw new ReadRefused(`dangling symbolic link: /${[...done, name, ...[...pending].reverse()].join('/')} does not exist in the image`, 'missing');
      }
      if (!st.isSymbolicLink()) {
        done.push(name);
        continue;
      }
      if (++hops > MAX_LINK_HOPS) throw new ReadRefused('too many levels of symbolic links', 'special');
      viaLink = true;
      const target = fs.readlinkSync(here);
      if (target === '/dev/null' && pending.length === 0) return { path: here, devNull: true, viaLink };
      if (path.posix.isAbsolute(target)) done.length = 0;
      const parts = target.split('/').filter((s) => s !== '' && s !== '.');
      for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i] as string);
    }
    return { path: path.join(this.real, ...done), devNull: false, viaLink };
  }
}

/** A directory inside a tree (`rel` from its root, links resolved inside it), or undefined. */
export function directoryInTree(tree: Tree, rel: string): string | undefined {
  try {
    const r = tree.resolve(path.join(tree.abs, rel));
    if (r.devNull || r.missing) return undefined;
    return fs.statSync(r.path, { throwIfNoEntry: false })?.isDirectory() ? r.path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A regular file inside a tree (`rel` from its root), read with the same checks as every
 * input. Undefined when it does not exist; `devNull` when it is masked by a link to /dev/null.
 * Throws {@link ReadRefused} for anything else that is not a readable regular file.
 */
export function readInTree(tree: Tree, rel: string, maxSize: number): (FileRead & { devNull?: false }) | { devNull: true } | undefined {
  const r = tree.resolve(path.join(tree.abs, rel));
  if (r.devNull) return { devNull: true };
  if (r.missing) return undefined;
  try {
    return readRegularFile(r.path, maxSize);
  } catch (e) {
    if (e instanceof ReadRefused && e.reason === 'missing') return undefined;
    throw e;
  }
}

/**
 * A file named by the user (`--live-snapshot`, `--config`, a policy file): the path to open,
 * resolved inside its tree (the working directory when it lies there). Throws
 * {@link ReadRefused} when it leads elsewhere through a link.
 */
export function resolveNamedFile(abs: string, cwd: string): string {
  const tree = Tree.ofNamedPath(abs, cwd, false);
  if (!tree.containsReal(realPathOrSelf(path.dirname(abs)))) throw new ReadRefused('leads outside the working directory through a symbolic link: not read', 'outside');
  const r = tree.resolve(abs);
  return r.devNull ? '/dev/null' : r.path;
}
