/**
 * Kernel modules an image loads at boot, from modules-load.d(5) and Debian's /etc/modules.
 * systemd-modules-load runs before systemd-sysctl, so keys of these modules exist when the
 * sysctl files are applied. The files are read by src/inputs/boot-modules.ts.
 */
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
