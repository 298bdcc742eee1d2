/**
 * The walk stage: the inputs of a run. Paths named on the command line are walked (files are
 * claimed by their path, nothing is read); with `--root`, only the directories the source kinds
 * name below a root filesystem are walked.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { InputFilter } from '../config/ignore-filter';
import { discover, displayPath, type DiscoveryError, type InputFile } from '../inputs/discover';
import { InputList } from '../inputs/input-list';
import { isInside, Tree } from '../inputs/tree';
import { placeUnderRoot, type Placement } from '../model/node-layout';
import { claimsOf, handlerForPath, readAheadRankOf, SOURCES } from '../sources/registry';
import type { SourceHandler } from '../sources/types';
import type { PhaseTimer } from './timer';

export interface Walked {
  files: InputList;
  errors: DiscoveryError[];
  /** Files met, claimed or not. */
  visited: number;
}

/**
 * The files below the paths named on the command line (named files are always taken);
 * `allowUnmatched`: a path with nothing to lint is not an error.
 */
export function walkPaths(paths: string[], cwd: string, filter: InputFilter | undefined, allowUnmatched: boolean | undefined, timer: PhaseTimer): Walked {
  const d = timer.time('discover', () =>
    discover(paths, cwd, {
      claimPath: claimsOf,
      rankPath: readAheadRankOf,
      allowUnmatched,
      walkFilter: filter && ((_display, isDir, abs) => filter.walk(abs, isDir)),
      listed: filter && ((dir, entries) => filter.listed(dir, entries)),
      skipNamed: filter && ((abs) => !filter.named(abs)),
    }),
  );
  return { files: d.files, errors: d.errors, visited: d.visited };
}

/** Standard input as an input file named by `--stdin-filename` (or `<stdin>`), subject to the same filter as named files. */
export function walkStdin(stdin: { bytes: Buffer; filename?: string }, cwd: string, filter: InputFilter | undefined): Walked {
  const abs = path.resolve(cwd, stdin.filename ?? '<stdin>');
  const display = stdin.filename === undefined ? '<stdin>' : displayPath(abs, cwd);
  const file: InputFile = { abs, display, explicit: true, claimedByPath: stdin.filename !== undefined && !!handlerForPath(display), devNull: false, isSymlink: false, tree: Tree.confining(cwd), content: stdin.bytes };
  const files = new InputList();
  if (!filter || filter.named(abs)) files.addWhole(file);
  return { files, errors: [], visited: 1 };
}

export interface RootWalk {
  rootDisplay: string;
  /** The image's own files, each with the kind that reads it and its place on the node. */
  image: Array<{ file: InputFile; handler: SourceHandler; placement: Placement }>;
  /** Files that feed the context (static pods, kubelet configuration), read as named. */
  context: InputFile[];
  errors: DiscoveryError[];
  visited: number;
}

function inside(rel: string, paths: readonly string[]): boolean {
  return rel === '' || paths.some((p) => p === rel || p.startsWith(rel + '/') || rel.startsWith(p + '/'));
}

/**
 * The files of a root filesystem (`--root DIR`) that the source kinds name, read inside the
 * image (`tree`); an input error when the root itself leads outside the working directory.
 */
export function walkRoot(root: string, cwd: string, tree: Tree, filter: InputFilter | undefined, timer: PhaseTimer): RootWalk | { error: DiscoveryError } {
  const rootAbs = path.resolve(cwd, root);
  if (isInside(rootAbs, cwd) && !Tree.confining(cwd).containsReal(tree.real)) {
    return { error: { path: root, message: 'leads outside the working directory through a symbolic link: not read (name the real path instead)' } };
  }
  const rootDisplay = displayPath(rootAbs, cwd);
  const imageKinds = SOURCES.filter((s) => s.rootPaths?.role === 'image');
  const imagePaths = imageKinds.flatMap((s) => s.rootPaths?.paths ?? []);
  const d = timer.time('discover', () =>
    discover([rootAbs], cwd, {
      tree,
      // An image without sysctl files is a finding of its own, not a usage error.
      allowUnmatched: true,
      claimPath: (display) => !!placeUnderRoot(path.relative(rootAbs, path.resolve(cwd, display)), rootDisplay),
      walkFilter: (_display, isDir, abs) => {
        if (filter && !filter.walk(abs, isDir)) return false;
        return inside(path.relative(rootAbs, abs).split(path.sep).join('/'), imagePaths);
      },
      listed: filter && ((dir, entries) => filter.listed(dir, entries)),
    }),
  );
  const image: RootWalk['image'] = [];
  for (const file of d.files) {
    const rel = path.relative(rootAbs, file.abs);
    const placement = placeUnderRoot(rel, rootDisplay);
    const handler = imageKinds.find((s) => inside(rel.split(path.sep).join('/'), s.rootPaths?.paths ?? []));
    if (placement && handler) image.push({ file, handler, placement });
  }
  // Resolved inside the image: a link to the host's /etc/kubernetes is not followed there.
  const contextPaths = SOURCES.flatMap((s) => (s.rootPaths?.role === 'context' ? s.rootPaths.paths : [])).flatMap((p) => {
    try {
      const r = tree.resolve(path.join(rootAbs, p));
      return !r.devNull && fs.existsSync(r.path) ? [r.path] : [];
    } catch {
      return [];
    }
  });
  let context: InputFile[] = [];
  let visited = d.visited;
  if (contextPaths.length) {
    const k = timer.time('discover', () => discover(contextPaths, cwd, { claimPath: () => true, tree, allowUnmatched: true }));
    visited += k.visited;
    context = [...k.files].map((f) => ({ ...f, explicit: false, claimedByPath: !!handlerForPath(f.display) }));
  }
  return { rootDisplay, image, context, errors: d.errors, visited };
}
