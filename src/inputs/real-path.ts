/**
 * Real paths (symlinks resolved), used to recognise one file reached by two paths (a link and
 * its target). fs.realpathSync re-resolves every component of every path, which costs more
 * than reading a small file; the walk never follows symlinked directories, so the real path of
 * a file that is not itself a link is its directory's real path plus its name, and each
 * directory is resolved once.
 */
import fs from 'node:fs';
import path from 'node:path';

export type RealPathOf = (abs: string, isSymlink: boolean) => string;

/** A resolver with its own directory cache (one per run: trees can change between runs). */
export function realPathResolver(): RealPathOf {
  const dirs = new Map<string, string>();
  const resolve = (abs: string): string => {
    try {
      // One realpath(3) call; the JavaScript implementation lstats every component.
      return fs.realpathSync.native(abs);
    } catch {
      return abs;
    }
  };
  return (abs, isSymlink) => {
    if (isSymlink) return resolve(abs);
    const dir = path.dirname(abs);
    let real = dirs.get(dir);
    if (real === undefined) {
      real = resolve(dir);
      dirs.set(dir, real);
    }
    return path.join(real, path.basename(abs));
  };
}
