/**
 * Repository-relative paths for code scanning and annotations. GitHub places a SARIF result
 * or an annotation on a file only when its path is relative to the repository root, while
 * findings carry paths relative to the working directory (which is a sub-directory when the
 * Action runs with `working-directory`). Files outside the repository (a live /proc/sys, a
 * corpus next to the clone) keep an absolute `file:` URI instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The directory results are relative to: GITHUB_WORKSPACE when the working directory is inside
 * it (the checkout in a workflow), else the nearest ancestor holding `.git`, else the working
 * directory itself.
 */
export function findSourceRoot(cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const abs = path.resolve(cwd);
  const ws = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : undefined;
  if (ws && isInside(abs, ws)) return ws;
  for (let dir = abs; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return abs;
  }
}

function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function realOrSelf(p: string): string {
  try {
    // One realpath(3) call: the JavaScript implementation lstats every component of the path,
    // for every file with a finding.
    return fs.realpathSync.native(p);
  } catch {
    return p;
  }
}

export interface RepoPath {
  /** POSIX path relative to the source root, when the file is inside it. */
  relative?: string;
  /** Absolute path on this machine. */
  absolute: string;
}

export class RepoPaths {
  private readonly cache = new Map<string, RepoPath>();
  private readonly realRoot: string;

  constructor(
    private readonly cwd: string,
    readonly root: string,
  ) {
    this.realRoot = realOrSelf(root);
  }

  /** Resolves a finding's path (relative to the working directory, or absolute). */
  resolve(file: string): RepoPath {
    let r = this.cache.get(file);
    if (!r) {
      const absolute = path.resolve(this.cwd, file);
      // A symlinked path is not shown by code scanning: prefer the real file when it is in the
      // repository too.
      const real = realOrSelf(absolute);
      const base = isInside(real, this.realRoot) ? path.relative(this.realRoot, real) : isInside(absolute, this.root) ? path.relative(this.root, absolute) : undefined;
      r = { absolute, relative: base === undefined ? undefined : base.split(path.sep).join('/') };
      this.cache.set(file, r);
    }
    return r;
  }

  /** A URI reference for SARIF `artifactLocation.uri` (relative to %SRCROOT% when possible). */
  uri(file: string): { uri: string; uriBaseId?: string } {
    const r = this.resolve(file);
    if (r.relative !== undefined && r.relative !== '') return { uri: encodeRelativeUri(r.relative), uriBaseId: '%SRCROOT%' };
    return { uri: pathToFileURL(r.absolute).href };
  }

  /** The path to show to GitHub (annotations, summary links): repository-relative if possible. */
  display(file: string): string {
    const r = this.resolve(file);
    return r.relative || file;
  }
}

/**
 * Percent-encodes a relative POSIX path as a URI reference: `encodeURI` plus `?`, `#` and `:`
 * (a colon in the first segment would read as a scheme).
 */
export function encodeRelativeUri(p: string): string {
  return encodeURI(p).replace(/[?#:]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** The root as a directory URI, for SARIF `originalUriBaseIds`. */
export function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : href + '/';
}
