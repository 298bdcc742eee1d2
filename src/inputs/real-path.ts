/**
 * Real paths (symlinks resolved), used to recognise one file reached by two paths (a link and
 * its target). fs.realpathSync re-resolves every component of every path, which costs more
 * than reading a small file; the walk never follows symlinked directories, so the real path of
 * a file that is not itself a link is its directory's real path plus its name. Walked files
 * bring their directory's real path (InputFile.realDir, one realpath(3) per walk); for other
 * files each directory is resolved once.
 */
import fs from 'node:fs';
import path from 'node:path';

/** `realDir`: the real path of `abs`'s directory with a trailing separator, when the caller knows it (see InputFile.realDir). */
export type RealPathOf = (abs: string, isSymlink: boolean, realDir?: string) => string;

/** `name` in the directory `dir` (both already normal: path.join's normalisation would find nothing to do). */
function below(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

/**
 * Directories whose real paths are kept. The walk is depth first, so the directories asked
 * about again are the recent ones and their parents: when the cache is full it starts over,
 * which costs one lstat per directory above the next one asked about, and memory stays the same
 * however many directories the tree has.
 */
export const REAL_DIRS_KEPT = 4096;

/** A resolver with its own directory cache (one per run: trees can change between runs). */
export function realPathResolver(dirs = new Map<string, string>()): RealPathOf {
  const resolve = (abs: string): string => {
    try {
      // One realpath(3) call; the JavaScript implementation lstats every component.
      return fs.realpathSync.native(abs);
    } catch {
      return abs;
    }
  };
  /**
   * A directory's real path from its parent's: realpath(3) checks every component of the
   * path again (the working directory's own components for each of thousands of directories),
   * while a directory that is not a link adds its name to its parent's real path, known after
   * one lstat. Links (and anything lstat cannot answer) go to realpath(3).
   */
  const realDir = (dir: string): string => {
    let real = dirs.get(dir);
    if (real !== undefined) return real;
    const parent = path.dirname(dir);
    if (parent === dir) real = resolve(dir);
    else {
      let st: fs.Stats | undefined;
      try {
        st = fs.lstatSync(dir, { throwIfNoEntry: false });
      } catch {
        st = undefined;
      }
      real = st?.isDirectory() ? below(realDir(parent), path.basename(dir)) : resolve(dir);
    }
    if (dirs.size >= REAL_DIRS_KEPT) dirs.clear();
    dirs.set(dir, real);
    return real;
  };
  return (abs, isSymlink, knownDir) => {
    if (isSymlink) return resolve(abs);
    return knownDir === undefined ? below(realDir(path.dirname(abs)), path.basename(abs)) : knownDir + abs.slice(abs.lastIndexOf(path.sep) + 1);
  };
}
