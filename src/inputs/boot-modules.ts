/**
 * Reads the kernel modules an image tree loads at boot (modules-load.d(5) and Debian's
 * /etc/modules). modules-load.d follows the same rules as sysctl.d: a same-named file in a
 * higher-priority directory masks the others, and a link to /dev/null masks a name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseModulesList, type ModulesFound } from '../model/modules';
import { decodeText, DEFAULT_MAX_FILE_SIZE } from './read-file';
import { directoryInTree, readInTree, type Tree } from './tree';

const MODULE_DIRS = ['etc/modules-load.d', 'run/modules-load.d', 'usr/local/lib/modules-load.d', 'usr/lib/modules-load.d', 'lib/modules-load.d'];

/**
 * Answers "can `rel` exist in the image?" from directory listings: most images have none of the
 * six places, and resolving each inside the image costs an lstat per component, for every node
 * of a repository. A path is certainly absent when a component is missing from the listing of
 * a parent reached through real directories only (no link can lead there); anything else (a
 * link on the way, a directory that cannot be listed) is left to the lookup inside the image.
 */
function absenceProbe(real: string): (rel: string) => boolean {
  const listings = new Map<string, Map<string, fs.Dirent> | null>();
  const listing = (dir: string) => {
    let entries = listings.get(dir);
    if (entries === undefined) {
      try {
        entries = new Map(fs.readdirSync(dir, { withFileTypes: true }).map((e) => [e.name, e]));
      } catch {
        entries = null;
      }
      listings.set(dir, entries);
    }
    return entries;
  };
  return (rel) => {
    let dir = real;
    const parts = rel.split('/');
    for (let k = 0; k < parts.length; k++) {
      const entries = listing(dir);
      if (entries === null) return false;
      const entry = entries.get(parts[k] as string);
      if (!entry) return true;
      if (k === parts.length - 1 || !entry.isDirectory()) return false;
      dir = path.join(dir, entry.name);
    }
    return false;
  };
}

/**
 * The modules an image loads, read inside its root (links resolve in the image, never on the
 * host; unreadable or oversized lists count as empty).
 */
export function readBootModules(root: Tree, maxFileSize = DEFAULT_MAX_FILE_SIZE): ModulesFound {
  const modules = new Set<string>();
  const sources: string[] = [];
  const chosen = new Map<string, string>();
  const absent = absenceProbe(root.real);
  for (const d of MODULE_DIRS) {
    if (absent(d)) continue;
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
  if (!absent('etc/modules')) lists.push('etc/modules');
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
