/**
 * Turns the command line's paths into the files to lint. Directories are walked; files that
 * cannot matter are skipped by name before anything is read. Files named explicitly are
 * always considered, and reported when they cannot be understood.
 */
import fs from 'node:fs';
import path from 'node:path';
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
  /** A symlink to /dev/null (masks a same-named sysctl.d file). */
  devNull: boolean;
  isSymlink: boolean;
  /** The tree the file's links must stay in (see tree.ts). */
  tree: Tree;
  /** The text itself when it comes from no file (standard input): never read from disk. */
  content?: Buffer;
}

export interface DiscoveryError {
  path: string;
  message: string;
}

export interface Discovery {
  files: InputFile[];
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
  /** Does some source kind want this path? Asked for walked files only; named files are always taken. */
  claimPath: (display: string) => boolean;
  /** Prune the walk (ignore globs, --root layout). `abs` is the entry's absolute path. */
  walkFilter?: (display: string, isDir: boolean, abs: string) => boolean;
  /** The tree of every named path (`--root`: the image root); default: see Tree.ofNamedPath. */
  tree?: Tree;
  /**
   * A glob that matches nothing, or a directory with no file any source kind reads, is an
   * error unless this is set (`--no-error-on-unmatched-pattern`): no silent success.
   */
  allowUnmatched?: boolean;
}

/** A display path made only of `..` segments names a directory that contains the working directory. */
const ANCESTOR_OF_CWD = /^\.\.(\/\.\.)*$/;

export function discover(paths: string[], cwd: string, opts: DiscoverOptions): Discovery {
  const walkFilter = opts.walkFilter;
  const files: InputFile[] = [];
  const errors: DiscoveryError[] = [];
  const seen = new Set<string>();
  let visited = 0;
  /** Files taken, also again (a path named twice): what a named directory matched. */
  let taken = 0;
  /** `link`: what the directory entry said (walked files), so regular files cost no lstat. */
  const add = (abs: string, display: string, explicit: boolean, tree: Tree, link?: boolean) => {
    const claimedByPath = opts.claimPath(display);
    if (!explicit && !claimedByPath) return;
    taken++;
    if (seen.has(abs)) return;
    seen.add(abs);
    const symlink = link ?? isSymlink(abs);
    files.push({ abs, display, explicit, claimedByPath, devNull: symlink && isDevNullLink(abs), isSymlink: symlink, tree });
  };
  // Display paths are built by appending names while walking (path.relative for each of
  // 100k files is a measurable part of the walk), except below a directory that contains the
  // working directory, where relative paths do not simply extend the directory's.
  const childDisplay = (dirDisplay: string, abs: string, name: string) =>
    dirDisplay === '.' ? name : ANCESTOR_OF_CWD.test(dirDisplay) ? displayPath(abs, cwd) : `${dirDisplay}/${name}`;
  const walk = (dir: string, dirDisplay: string, tree: Tree) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ path: dirDisplay, message: (e as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // dir is absolute and normalised: appending the name is what path.join would return.
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const ent of entries) {
      const abs = prefix + ent.name;
      if (ent.isDirectory()) {
        if (SKIP_DIRS.has(ent.name)) continue;
        const display = childDisplay(dirDisplay, abs, ent.name);
        if (walkFilter && !walkFilter(display, true, abs)) continue;
        walk(abs, display, tree);
      } else {
        // Links to directories are not walked. Links to files (99-sysctl.conf -> ../sysctl.conf)
        // are resolved inside their tree when read; a FIFO, socket or device named like an
        // input is taken too, to be reported (never read).
        visited++;
        const display = childDisplay(dirDisplay, abs, ent.name);
        if (walkFilter && !walkFilter(display, false, abs)) continue;
        add(abs, display, false, tree, ent.isSymbolicLink());
      }
    }
  };
  const named: string[] = [];
  for (const arg of paths) {
    const e = expandPathArgument(arg, cwd);
    if (e.glob && e.paths.length === 0 && !opts.allowUnmatched) errors.push({ path: arg, message: 'no file or directory matches this pattern (--no-error-on-unmatched-pattern allows this)' });
    named.push(...e.paths);
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
      walk(abs, displayPath(abs, cwd), tree);
      if (taken === before && !opts.allowUnmatched) {
        const met = visited - seenBefore;
        errors.push({
          path: p,
          message: `nothing to lint: ${met === 0 ? 'no files here' : `none of the ${met} file${met === 1 ? '' : 's'} here is of a kind sysctl-lint reads, or all are ignored`} (--no-error-on-unmatched-pattern allows this)`,
        });
      }
    } else {
      visited++;
      add(abs, displayPath(abs, cwd), true, tree);
    }
  }
  return { files, errors, visited };
}
