/**
 * Which inputs a run skips: the config file's `ignore` globs, and what git ignores.
 *
 * - Config `ignore` applies to every input, walked or named on the command line (a pre-commit
 *   hook names files one by one, and the project's ignore list must hold there too).
 * - `.gitignore` applies only while walking directories, only inside a git work tree (a
 *   directory with `.git` above the walked path: git gives .gitignore no meaning elsewhere),
 *   with git's precedence: `.gitignore` of the entry's own directory over its parents', up to
 *   the repository root, then `.git/info/exclude`. The user's global excludesFile is not read
 *   (a lint must not depend on the machine). A directory named on the command line is walked
 *   even when git ignores it (a build output such as `out/rootfs/` is exactly what users lint
 *   after an image build); then no .gitignore rule applies below it.
 */
import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { GlobSet } from './globs';
import { decodeText, readRegularFile } from '../inputs/read-file';

/** What lint() asks about inputs (absolute paths). */
export interface InputFilter {
  /** Keep this entry found while walking? */
  walk(abs: string, isDir: boolean): boolean;
  /** Keep this file named on the command line? */
  named(abs: string): boolean;
}

interface Level {
  dir: string;
  ig: Ignore;
}

const GITIGNORE_SIZE_LIMIT = 1024 * 1024;

class GitignoreRules {
  private readonly gitRoots = new Map<string, string | null>();
  private readonly levels = new Map<string, Level | null>();
  private readonly floors = new Map<string, boolean>();
  /** Directory -> its levels (null: not in a git work tree); asked once per walked entry. */
  private readonly levelLists = new Map<string, Level[] | null>();

  /** The nearest directory at or above `dir` holding `.git` (a directory, or a file for worktrees). */
  gitRoot(dir: string): string | undefined {
    const cached = this.gitRoots.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    let found: string | null;
    if (fs.existsSync(path.join(dir, '.git'))) found = dir;
    else {
      const parent = path.dirname(dir);
      found = parent === dir ? null : (this.gitRoot(parent) ?? null);
    }
    this.gitRoots.set(dir, found);
    return found ?? undefined;
  }

  private level(dir: string, file: string): Level | undefined {
    const key = path.join(dir, file);
    const cached = this.levels.get(key);
    if (cached !== undefined) return cached ?? undefined;
    let level: Level | null;
    try {
      // As git does: a .gitignore that is a link, a FIFO or larger than any real one is not read.
      level = { dir, ig: ignore().add(decodeText(readRegularFile(key, GITIGNORE_SIZE_LIMIT).bytes)) };
    } catch {
      level = null; // no such file at this level
    }
    this.levels.set(key, level);
    return level ?? undefined;
  }

  /** The ignore files that judge entries of `dir`, deepest first (computed once per directory). */
  private levelsOf(dir: string): Level[] | undefined {
    let levels = this.levelLists.get(dir);
    if (levels !== undefined) return levels ?? undefined;
    const root = this.gitRoot(dir);
    if (!root) {
      this.levelLists.set(dir, null);
      return undefined;
    }
    // Levels from the deepest .gitignore (the entry's own directory) up to the repository root,
    // then .git/info/exclude: the first level with a verdict decides (gitignore(5) precedence).
    levels = [];
    for (let d = dir; ; d = path.dirname(d)) {
      const l = this.level(d, '.gitignore');
      if (l) levels.push(l);
      if (d === root || path.dirname(d) === d) break;
    }
    const exclude = this.level(path.join(root, '.git', 'info'), 'exclude');
    if (exclude) levels.push({ dir: root, ig: exclude.ig });
    this.levelLists.set(dir, levels);
    return levels;
  }

  /** Whether git's rules (every level, parents included) ignore `abs`. */
  private ignoredByGit(abs: string, isDir: boolean): boolean {
    const levels = this.levelsOf(path.dirname(abs));
    if (!levels) return false;
    for (const l of levels) {
      const rel = toPosix(path.relative(l.dir, abs));
      if (!rel || rel.startsWith('..')) continue;
      const r = l.ig.test(isDir ? `${rel}/` : rel);
      if (r.ignored) return true;
      if (r.unignored) return false;
    }
    return false;
  }

  /**
   * Whether git ignores `abs`, found while walking `floor` (a directory the user named). When
   * git ignores the named directory itself, the user asked for it anyway: nothing below it is
   * judged by .gitignore. Otherwise the walk already pruned ignored parents, so each entry is
   * judged on its own.
   */
  ignores(abs: string, isDir: boolean, floor: string): boolean {
    let floorIgnored = this.floors.get(floor);
    if (floorIgnored === undefined) {
      floorIgnored = this.ignoredByGit(floor, true);
      this.floors.set(floor, floorIgnored);
    }
    return !floorIgnored && this.ignoredByGit(abs, isDir);
  }
}

/** `inner` is `outer` or below it; both absolute and normalised (a prefix test, asked per walked entry). */
function isInside(outer: string, inner: string): boolean {
  if (inner === outer) return true;
  return inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

export interface InputFilterOptions {
  /** Absolute paths named on the command line (and --root): the floors of .gitignore checks. */
  roots: string[];
  configIgnore?: GlobSet;
  respectGitignore: boolean;
}

export function createInputFilter(opts: InputFilterOptions): InputFilter {
  const git = opts.respectGitignore ? new GitignoreRules() : undefined;
  const roots = opts.roots.map((r) => path.resolve(r));
  const floorOf = (abs: string): string | undefined => {
    let best: string | undefined;
    for (const r of roots) if (isInside(r, abs) && r !== abs && (!best || r.length > best.length)) best = r;
    return best;
  };
  const configIgnored = (abs: string, isDir: boolean) => !!opts.configIgnore?.matches(abs, isDir);
  return {
    walk(abs, isDir) {
      if (configIgnored(abs, isDir)) return false;
      const floor = floorOf(abs);
      return !(git && floor && git.ignores(abs, isDir, floor));
    },
    named(abs) {
      return !configIgnored(abs, false);
    },
  };
}
