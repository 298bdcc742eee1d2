/**
 * The shared/ directory CI places beside the clone (`../shared` from the project root). In a
 * git worktree the clone is the main checkout, so its sibling is tried too.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './cli';

function candidates(): string[] {
  const list = [path.resolve(projectRoot, '../shared')];
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    list.push(path.resolve(path.dirname(common), '../shared'));
  } catch {
    // not a git checkout: only the sibling of the project root
  }
  return list;
}

export function sharedPath(...parts: string[]): string {
  const tried = candidates();
  const dir = tried.find((d) => fs.existsSync(path.join(d, ...parts)));
  if (!dir) throw new Error(`${path.join('../shared', ...parts)} not found (looked in ${tried.join(', ')}): CI places shared/ beside the clone`);
  return path.join(dir, ...parts);
}
