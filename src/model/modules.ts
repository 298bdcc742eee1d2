/**
 * Kernel modules an image loads at boot, from modules-load.d(5) (`*.conf`, one module per
 * line, `#`/`;` comments) and Debian's /etc/modules. systemd-modules-load runs before
 * systemd-sysctl, so keys of these modules exist when the sysctl files are applied.
 */
import fs from 'node:fs';
import path from 'node:path';

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
  const readList = (file: string) => {
    try {
      for (const m of parseModulesList(fs.readFileSync(file, 'utf8'))) modules.add(m);
      sources.push(path.relative(rootAbs, file));
    } catch {
      // unreadable or missing: nothing loaded from it
    }
  };
  for (const d of MODULE_DIRS) {
    const dir = path.join(rootAbs, d);
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      continue;
    }
    for (const n of names.sort()) if (n.endsWith('.conf')) readList(path.join(dir, n));
  }
  const etcModules = path.join(rootAbs, 'etc/modules');
  if (fs.existsSync(etcModules) && fs.statSync(etcModules).isFile()) readList(etcModules);
  return { modules, sources };
}
