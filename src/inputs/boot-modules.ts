/**
 * Reads the kernel modules an image tree loads at boot (modules-load.d(5) and Debian's
 * /etc/modules). modules-load.d follows the same rules as sysctl.d: a same-named file in a
 * higher-priority directory masks the others, and a link to /dev/null masks a name.
 */
import fs from 'node:fs';
import { parseModulesList, type ModulesFound } from '../model/modules';
import { decodeText, DEFAULT_MAX_FILE_SIZE } from './read-file';
import { directoryInTree, readInTree, type Tree } from './tree';

const MODULE_DIRS = ['etc/modules-load.d', 'run/modules-load.d', 'usr/local/lib/modules-load.d', 'usr/lib/modules-load.d', 'lib/modules-load.d'];

/**
 * The modules an image loads, read inside its root (links resolve in the image, never on the
 * host; unreadable or oversized lists count as empty).
 */
export function readBootModules(root: Tree, maxFileSize = DEFAULT_MAX_FILE_SIZE): ModulesFound {
  const modules = new Set<string>();
  const sources: string[] = [];
  const chosen = new Map<string, string>();
  for (const d of MODULE_DIRS) {
    // Most images have one or none of these directories.
    const dir = directoryInTree(root, d);
    if (dir === undefined) continue;
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) if (n.endsWith('.conf') && !chosen.has(n)) chosen.set(n, `${d}/${n}`);
  }
  const lists = [...chosen.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, f]) => f);
  lists.push('etc/modules');
  for (const rel of lists) {
    let read: ReturnType<typeof readInTree>;
    try {
      read = readInTree(root, rel, maxFileSize);
    } catch {
      sources.push(rel); // present but not a readable regular file: nothing loaded from it
      continue;
    }
    if (read === undefined) continue;
    sources.push(rel);
    if (read.devNull) continue;
    for (const m of parseModulesList(decodeText(read.bytes))) modules.add(m);
  }
  return { modules, sources };
}
