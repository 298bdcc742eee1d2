/**
 * Kernel modules an image loads at boot, from modules-load.d(5) and Debian's /etc/modules.
 * systemd-modules-load runs before systemd-sysctl, so keys of these modules exist when the
 * sysctl files are applied. modules-load.d follows the same rules as sysctl.d: a same-named
 * file in a higher-priority directory masks the others, and a link to /dev/null masks a name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveInRoot } from '../inputs/root-links';

const MODULE_DIRS = ['etc/modules-load.d', 'run/modules-load.d', 'usr/local/lib/modules-load.d', 'usr/lib/modules-load.d', 'lib/modules-load.d'];

export function parseModulesList(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const name = line.split(/\s+/)[0];
    if (name) out.push(name.replace(/-/g, '_'));
  }
  return out;
}

export interface ModulesFound {
  modules: Set<string>;
  /** Files consulted (relative to the root); empty when the tree has none. */
  sources: string[];
}

export function readBootModules(rootAbs: string): ModulesFound {
  const modules = new Set<string>();
  const sources: string[] = [];
  const chosen = new Map<string, string>();
  for (const d of MODULE_DIRS) {
    let names: string[];
    try {
      names = fs.readdirSync(path.join(rootAbs, d));
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
