/**
 * Reads the kernel modules an image tree loads at boot (modules-load.d(5) and Debian's
 * /etc/modules). modules-load.d follows the same rules as sysctl.d: a same-named file in a
 * higher-priority directory masks the others, and a link to /dev/null masks a name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseModulesList, type ModulesFound } from '../model/modules';
import { resolveInRoot } from './root-links';

const MODULE_DIRS = ['etc/modules-load.d', 'run/modules-load.d', 'usr/local/lib/modules-load.d', 'usr/lib/modules-load.d', 'lib/modules-load.d'];

export function readBootModules(rootAbs: string): ModulesFound {
  const modules = new Set<string>();
  const sources: string[] = [];
  const chosen = new Map<string, string>();
  for (const d of MODULE_DIRS) {
    const dir = path.join(rootAbs, d);
    // Most images have one or none of these directories: existsSync costs far less than the
    // ENOENT error readdirSync throws (this runs once per image node).
    if (!fs.existsSync(dir)) continue;
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names) if (n.endsWith('.conf') && !chosen.has(n)) chosen.set(n, path.join(rootAbs, d, n));
  }
  const lists = [...chosen.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, f]) => f);
  const etcModules = path.join(rootAbs, 'etc/modules');
  if (fs.existsSync(etcModules)) lists.push(etcModules);
  for (const file of lists) {
    const target = resolveInRoot(file, rootAbs);
    sources.push(path.relative(rootAbs, file));
    if (target.devNull) continue;
    try {
      for (const m of parseModulesList(fs.readFileSync(target.path, 'utf8'))) modules.add(m);
    } catch {
      // unreadable: nothing loaded from it
    }
  }
  return { modules, sources };
}
