/**
 * gitignore-style globs relative to a base directory (the config file's), with the `ignore`
 * package: the same dialect for `ignore`, `overrides[].files` and `nodes[].files`, so users
 * learn one. A pattern without a slash matches at any depth (`*.bak`), a leading slash anchors
 * it (`/build`), a trailing slash matches directories only, `**` spans directories and `!`
 * re-includes.
 */
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

export class GlobSet {
  private readonly ig: Ignore;

  constructor(
    readonly baseDir: string,
    readonly patterns: readonly string[],
  ) {
    this.ig = ignore().add([...patterns]);
  }

  /** The path relative to the base directory in the form `ignore` expects, or undefined outside it. */
  relative(abs: string, isDir = false): string | undefined {
    const rel = path.relative(this.baseDir, abs);
    if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
    const posix = rel.split(path.sep).join('/');
    return isDir ? `${posix}/` : posix;
  }

  /** Whether the patterns select `abs` (a file, or a directory with isDir). Paths outside the base never match. */
  matches(abs: string, isDir = false): boolean {
    const rel = this.relative(abs, isDir);
    return rel !== undefined && this.ig.ignores(rel);
  }
}
