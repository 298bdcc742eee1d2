/**
 * Turns the command line's paths into the files to lint. Directories are walked; files that
 * cannot matter are skipped by name before anything is read. Files named explicitly are
 * always considered, and reported when they cannot be understood.
 */
import fs from 'node:fs';
import path from 'node:path';

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
}

export interface DiscoveryError {
  path: string;
  message: string;
}

export interface Discovery {
  files: InputFile[];
  errors: DiscoveryError[];
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);

export function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs) || '.';
  return rel.split(path.sep).join('/');
}

function isSymlink(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
}

function isDevNullLink(abs: string): boolean {
  try {
    return fs.lstatSync(abs).isSymbolicLink() && fs.readlinkSync(abs) === '/dev/null';
  } catch {
    return false;
  }
}

export interface DiscoverOptions {
  /** Does some source kind want this path? Asked for walked files only; named files are always taken. */
  claimPath: (display: string) => boolean;
  /** Prune the walk (ignore globs, --root layout). */
  walkFilter?: (display: string, isDir: boolean) => boolean;
}

export function discover(paths: string[], cwd: string, opts: DiscoverOptions): Discovery {
  const walkFilter = opts.walkFilter;
  const files: InputFile[] = [];
  const errors: DiscoveryError[] = [];
  const seen = new Set<string>();
  const add = (abs: string, explicit: boolean) => {
    if (seen.has(abs)) return;
    const display = displayPath(abs, cwd);
    const claimedByPath = opts.claimPath(display);
    if (!explicit && !claimedByPath) return;
    seen.add(abs);
    files.push({ abs, display, explicit, claimedByPath, devNull: isDevNullLink(abs), isSymlink: isSymlink(abs) });
  };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      errors.push({ path: displayPath(dir, cwd), message: (e as Error).message });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      const abs = path.join(dir, ent.name);
      if (ent.isDirectory()) {
        if (SKIP_DIRS.has(ent.name)) continue;
        if (walkFilter && !walkFilter(displayPath(abs, cwd), true)) continue;
        walk(abs);
      } else if (ent.isFile() || ent.isSymbolicLink()) {
        if (ent.isSymbolicLink()) {
          // Follow links to files (99-sysctl.conf -> ../sysctl.conf), never to directories.
          let st: fs.Stats | undefined;
          try {
            st = fs.statSync(abs);
          } catch {
            st = undefined;
          }
          // A link whose target does not resolve on this host may still resolve inside the
          // image tree (absolute links); it is read later relative to the image root.
          if (st?.isDirectory()) continue;
        }
        if (walkFilter && !walkFilter(displayPath(abs, cwd), false)) continue;
        add(abs, false);
      }
    }
  };
  for (const p of paths) {
    const abs = path.resolve(cwd, p);
    let st: fs.Stats;
    try {
      st = fs.statSync(abs);
    } catch (e) {
      if (isDevNullLink(abs)) {
        add(abs, true);
        continue;
      }
      errors.push({ path: p, message: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message });
      continue;
    }
    if (st.isDirectory()) walk(abs);
    else add(abs, true);
  }
  return { files, errors };
}
