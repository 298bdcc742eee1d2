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
  /**
   * The walk listed directory `dir` (absolute), before it asks about its entries: whether `.git`
   * and `.gitignore` are there is then known without a system call.
   */
  listed(dir: string, entries: Iterable<ListedEntry>): void;
}

/** An entry of a directory listing (fs.Dirent). */
interface ListedEntry {
  name: string;
  isSymbolicLink(): boolean;
}

/** One ignore file and the directory its patterns are relative to. */
interface Level {
  dir: string;
  /** `dir` with a trailing separator: the start of every path the level judges. */
  prefix: string;
  patterns: string;
  ig: Ignore;
  /** Paths tested since `ig` was made: the `ignore` package caches every path it is asked about. */
  tested: number;
}

/**
 * Paths a level tests before its matcher is made again from its patterns: the `ignore` package
 * keeps the answer for every path (and its parents) it was asked about, which would grow with
 * the repository; a walk asks about each path once, so the cache only ever helps with parents.
 */
const TESTS_PER_MATCHER = 4096;

/**
 * Entries kept per cache keyed by directory before it starts over: the walk is depth first, so
 * what it asks next is nearly always about the directories it is in, and what a cache forgot is
 * worked out again (with the system calls the walk's listings had saved).
 */
const DIRECTORIES_KEPT = 4096;

function remember<V>(cache: Map<string, V>, key: string, value: V): V {
  if (cache.size >= DIRECTORIES_KEPT) cache.clear();
  cache.set(key, value);
  return value;
}

/** What a listing showed of a directory: `.git` there, `.gitignore` there, `.git` a link. */
const HAS_GIT = 1;
const HAS_GITIGNORE = 2;
const GIT_LINK = 4;

const GITIGNORE_SIZE_LIMIT = 1024 * 1024;

class GitignoreRules {
  private readonly gitRoots = new Map<string, string | null>();
  private readonly levels = new Map<string, Level | null>();
  private readonly floors = new Map<string, boolean>();
  /** Directory -> its levels (null: not in a git work tree); asked once per walked entry. */
  private readonly levelLists = new Map<string, Level[] | null>();
  /** Directory -> what its listing showed ({@link HAS_GIT}, {@link HAS_GITIGNORE}). */
  private readonly listings = new Map<string, number>();

  listed(dir: string, entries: Iterable<ListedEntry>): void {
    let seen = 0;
    for (const e of entries) {
      // A link named .git counts when it leads somewhere: that is asked of the file system.
      if (e.name === '.git') seen |= e.isSymbolicLink() ? GIT_LINK : HAS_GIT;
      else if (e.name === '.gitignore') seen |= HAS_GITIGNORE;
    }
    remember(this.listings, dir, seen);
  }

  /** Is `name` (`.git` or `.gitignore`, as `flag` says) in `dir`? From the walk's listing when there is one. */
  private holds(dir: string, name: string, flag: number): boolean {
    const seen = this.listings.get(dir);
    if (seen === undefined || (flag === HAS_GIT && seen & GIT_LINK)) return fs.existsSync(path.join(dir, name));
    return (seen & flag) !== 0;
  }

  /** The nearest directory at or above `dir` holding `.git` (a directory, or a file for worktrees). */
  gitRoot(dir: string): string | undefined {
    const cached = this.gitRoots.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    let found: string | null;
    if (this.holds(dir, '.git', HAS_GIT)) found = dir;
    else {
      const parent = path.dirname(dir);
      found = parent === dir ? null : (this.gitRoot(parent) ?? null);
    }
    remember(this.gitRoots, dir, found);
    return found ?? undefined;
  }

  /** The ignore file `file` in `dir`, its patterns relative to `base` (default: `dir`). */
  private level(dir: string, file: string, base = dir): Level | undefined {
    const key = path.join(dir, file);
    const cached = this.levels.get(key);
    if (cached !== undefined) return cached ?? undefined;
    let level: Level | null = null;
    // Most directories of a repository hold no .gitignore: the walk's listing says so.
    if (file !== '.gitignore' || this.holds(dir, file, HAS_GITIGNORE)) {
      try {
        // As git does: a .gitignore that is a link, a FIFO or larger than any real one is not read.
        const patterns = decodeText(readRegularFile(key, GITIGNORE_SIZE_LIMIT).bytes);
        level = { dir: base, prefix: base.endsWith(path.sep) ? base : base + path.sep, patterns, ig: ignore().add(patterns), tested: 0 };
      } catch {
        level = null; // no such file at this level
      }
    }
    remember(this.levels, key, level);
    return level ?? undefined;
  }

  /** The ignore files that judge entries of `dir`, deepest first (computed once per directory). */
  private levelsOf(dir: string): Level[] | undefined {
    const cached = this.levelLists.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    const root = this.gitRoot(dir);
    if (!root) {
      remember(this.levelLists, dir, null);
      return undefined;
    }
    // Levels from the deepest .gitignore (the entry's own directory) up to the repository root,
    // then .git/info/exclude: the first level with a verdict decides (gitignore(5) precedence).
    // A directory's levels are its own .gitignore and its parent's levels.
    const own = this.level(dir, '.gitignore');
    const parent = path.dirname(dir);
    let above: Level[];
    if (dir === root || parent === dir) {
      // .git/info/exclude's patterns are relative to the repository root.
      const exclude = this.level(path.join(root, '.git', 'info'), 'exclude', root);
      above = exclude ? [exclude] : [];
    } else above = this.levelsOf(parent) ?? [];
    const levels = own ? [own, ...above] : above;
    remember(this.levelLists, dir, levels);
    return levels;
  }

  /** Whether git's rules (every level, parents included) ignore `abs` (absolute and normalised, as the walk makes it). */
  private ignoredByGit(abs: string, isDir: boolean): boolean {
    const levels = this.levelsOf(path.dirname(abs));
    if (!levels) return false;
    for (const l of levels) {
      // Below the level's directory (a prefix test: both paths are normalised).
      if (!abs.startsWith(l.prefix)) continue;
      const rel = toPosix(abs.slice(l.prefix.length));
      if (++l.tested > TESTS_PER_MATCHER) {
        l.ig = ignore().add(l.patterns);
        l.tested = 1;
      }
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

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
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
  const prefixes = roots.map((r) => (r.endsWith(path.sep) ? r : r + path.sep));
  /** The deepest named root strictly above `abs` (asked for every walked entry). */
  const floorOf = (abs: string): string | undefined => {
    let best: string | undefined;
    for (let i = 0; i < roots.length; i++) {
      const r = roots[i] as string;
      if (abs !== r && abs.startsWith(prefixes[i] as string) && (!best || r.length > best.length)) best = r;
    }
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
    listed(dir, names) {
      git?.listed(dir, names);
    },
  };
}
