/**
 * Turns the command line's paths into the files to lint. Directories are walked; files that
 * cannot matter are skipped by name before anything is read. Files named explicitly are
 * always considered, and reported when they cannot be understood.
 */
import fs from 'node:fs';
import path from 'node:path';
import { InputList } from './input-list';
import { expandPathArgument } from './path-globs';
import { realPathOrSelf, Tree } from './tree';

export interface InputFile {
  /** Absolute path. */
  abs: string;
  /** Path relative to the working directory, POSIX separators: what users see. */
  display: string;
  /** Named on the command line (not found by walking). */
  explicit: boolean;
  /** Claimed by a source kind from its path alone. */
  claimedByPath: boolean;
  /** Which kinds claim it by its path (sources/registry.ts `claimsOf`), when the walk worked that out. */
  claims?: number;
  /** A symlink to /dev/null (masks a same-named sysctl.d file). */
  devNull: boolean;
  isSymlink: boolean;
  /** The tree the file's links must stay in (see tree.ts). */
  tree: Tree;
  /** The text itself when it comes from no file (standard input): never read from disk. */
  content?: Buffer;
  /**
   * The real path of its directory, with a trailing separator, when the walk knows it: a
   * directory the walk entered is its parent's real path plus its name, as the walk never
   * follows a link to a directory.
   */
  realDir?: string;
}

export interface DiscoveryError {
  path: string;
  message: string;
}

export interface Discovery {
  files: InputList;
  errors: DiscoveryError[];
  /** Files met: every file entry of the walk (claimed or not) and every file named explicitly. */
  visited: number;
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs) || '.';
  return rel.split(path.sep).join('/');
}

function isSymlink(abs: string): boolean {
  try {
    return fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink() ?? false;
  } catch {
    return false;
  }
}


function isDevNullLink(abs: string): boolean {
  try {
    return !!fs.lstatSync(abs, { throwIfNoEntry: false })?.isSymbolicLink() && fs.readlinkSync(abs) === '/dev/null';
  } catch {
    return false;
  }
}

export interface DiscoverOptions {
  /**
   * Does some source kind want this path? Asked for walked files only; named files are always
   * taken. A number is the mask of the kinds that claim it (0: none), kept with the input.
   */
  claimPath: (display: string) => boolean | number;
  /**
   * The provisioning read-ahead's rank of a walked file whose claims `claimPath` gave as a
   * mask (sources/registry.ts `readAheadRankOf`), kept with the input: the read-ahead then
   * finds its inputs without making every input's path.
   */
  rankPath?: (display: string, claims: number) => number | undefined;
  /** Prune the walk (ignore globs, --root layout). `abs` is the entry's absolute path. */
  walkFilter?: (display: string, isDir: boolean, abs: string) => boolean;
  /** Told each directory's entries (`dir` absolute) before `walkFilter` is asked about them. */
  listed?: (dir: string, entries: readonly fs.Dirent[]) => void;
  /** The tree of every named path (`--root`: the image root); default: see Tree.ofNamedPath. */
  tree?: Tree;
  /** Named files to leave out (config `ignore`); they still count as met and as taken. */
  skipNamed?: (abs: string) => boolean;
  /**
   * A glob that matches nothing, or a directory with no file any source kind reads, is an
   * error unless this is set (`--no-error-on-unmatched-pattern`): no silent success.
   */
  allowUnmatched?: boolean;
}

/** A display path made only of `..` segments names a directory that contains the working directory. */
const ANCESTOR_OF_CWD = /^\.\.(\/\.\.)*$/;

/** Does any named path contain another, or is one named twice? Only then can the walk meet a file twice. */
function overlapping(absPaths: string[]): boolean {
  const named = new Set<string>();
  for (const p of absPaths) {
    if (named.has(p)) return true;
    named.add(p);
  }
  for (const p of absPaths) {
    for (let d = path.dirname(p); ; d = path.dirname(d)) {
      if (named.has(d)) return true;
      if (d === path.dirname(d)) break;
    }
  }
  return false;
}

export function discover(paths: string[], cwd: string, opts: DiscoverOptions): Discovery {
  const walkFilter = opts.walkFilter;
  const files = new InputList();
  const errors: DiscoveryError[] = [];
  /** Files taken so far, when named paths overlap (otherwise no file can be met twice, and none is kept). */
  let seen: Set<string> | undefined;
  let visited = 0;
  /** Files taken, also again (a path named twice): what a named directory matched. */
  let taken = 0;
  /** Is the file new? Counts it as taken when it is claimed (`claim`: a walked file's claimPath answer). */
  const take = (abs: string, explicit: boolean, claim: boolean | number): boolean => {
    if (!explicit && !claim) return false;
    taken++;
    if (seen) {
      if (seen.has(abs)) return false;
      seen.add(abs);
    }
    return !(explicit && opts.skipNamed?.(abs));
  };
  const addNamed = (abs: string, display: string, tree: Tree) => {
    if (!take(abs, true, true)) return;
    const claimedByPath = !!opts.claimPath(display);
    const symlink = isSymlink(abs);
    files.addWhole({ abs, display, explicit: true, claimedByPath, devNull: symlink && isDevNullLink(abs), isSymlink: symlink, tree });
  };
  // Display paths are built by appending names while walking (path.relative for each of
  // 100k files is a measurable part of the walk), except below a directory that contains the
  // working directory, where relative paths do not simply extend the directory's.
  /** `listed`: this directory in the input list (made on first use: most directories hold no input). */
  const walk = (dir: string, dirDisplay: string, tree: Tree, listed: () => number) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ path: dirDisplay, message: (e as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    opts.listed?.(dir, entries);
    // dir is absolute and normalised: appending the name is what path.join would return.
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    const composed = !ANCESTOR_OF_CWD.test(dirDisplay);
    const childDisplay = (name: string, abs: string) => (dirDisplay === '.' ? name : composed ? `${dirDisplay}/${name}` : displayPath(abs, cwd));
    for (const ent of entries) {
      const abs = prefix + ent.name;
      if (ent.isDirectory()) {
        if (SKIP_DIRS.has(ent.name)) continue;
        const display = childDisplay(ent.name, abs);
        if (walkFilter && !walkFilter(display, true, abs)) continue;
        let sub: number | undefined;
        // Below a directory that contains the working directory, display paths are not made by appending names.
        walk(abs, display, tree, () => (sub ??= composed ? files.addDirectory(listed(), ent.name) : files.addWalkRoot(abs, display, tree)));
      } else {
        // Links to directories are not walked. Links to files (99-sysctl.conf -> ../sysctl.conf)
        // are resolved inside their tree when read; a FIFO, socket or device named like an
        // input is taken too, to be reported (never read).
        visited++;
        const display = childDisplay(ent.name, abs);
        if (walkFilter && !walkFilter(display, false, abs)) continue;
        const claim = opts.claimPath(display);
        if (!take(abs, false, claim)) continue;
        const link = ent.isSymbolicLink();
        const claims = typeof claim === 'number' ? claim : undefined;
        const f = { claimedByPath: true, claims, rank: claims !== undefined && opts.rankPath ? (opts.rankPath(display, claims) ?? null) : undefined, devNull: link && isDevNullLink(abs), isSymlink: link };
        if (!composed) files.addWhole({ abs, display, explicit: false, tree, claimedByPath: true, claims, devNull: f.devNull, isSymlink: link });
        else files.addEntry(listed(), ent.name, f);
      }
    }
  };
  const named: string[] = [];
  for (const arg of paths) {
    const e = expandPathArgument(arg, cwd);
    if (e.glob && e.paths.length === 0 && !opts.allowUnmatched) errors.push({ path: arg, message: 'no file or directory matches this pattern (--no-error-on-unmatched-pattern allows this)' });
    named.push(...e.paths);
  }
  if (overlapping(named.map((p) => path.resolve(cwd, p)))) {
    seen = new Set();
    files.overlapping = true;
  }
  for (const p of named) {
    const abs = path.resolve(cwd, p);
    let st: fs.Stats;
    try {
      st = fs.lstatSync(abs);
    } catch (e) {
      errors.push({ path: p, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message });
      continue;
    }
    // A named link to a directory is walked when the directory lies inside the tree.
    let isDir = st.isDirectory();
    if (st.isSymbolicLink()) {
      try {
        isDir = fs.statSync(abs).isDirectory();
      } catch {
        isDir = false;
      }
    }
    const tree = opts.tree ?? Tree.ofNamedPath(abs, cwd, isDir);
    // The named path itself (a directory, or the directory of a named file) must not lead
    // out of its tree through a link in one of its components.
    const own = isDir ? abs : path.dirname(abs);
    if (!tree.chroot && !tree.containsReal(realPathOrSelf(own))) {
      errors.push({ path: p, message: 'leads outside the working directory through a symbolic link: not read (name the real path instead)' });
      continue;
    }
    if (isDir) {
      const before = taken;
      const seenBefore = visited;
      const rootDisplay = displayPath(abs, cwd);
      let root: number | undefined;
      walk(abs, rootDisplay, tree, () => (root ??= files.addWalkRoot(abs, rootDisplay, tree)));
      if (taken === before && !opts.allowUnmatched) {
        const met = visited - seenBefore;
        errors.push({
          path: p,
          message: `nothing to lint: ${met === 0 ? 'no files here' : `none of the ${met} file${met === 1 ? '' : 's'} here is of a kind sysctl-lint reads, or all are ignored`} (--no-error-on-unmatched-pattern allows this)`,
        });
      }
    } else {
      visited++;
      addNamed(abs, displayPath(abs, cwd), tree);
    }
  }
  return { files, errors, visited };
}
