/**
 * Where the configuration comes from: `--config FILE`, else `.sysctl-lint.yaml` (or `.yml`)
 * in the working directory or the nearest parent that has one. The search stops at the root
 * of the git repository the working directory is in (the directory holding `.git`), so a
 * checkout lints the same wherever it is cloned, and at the filesystem root outside a
 * repository. Both names in one directory is an error: which one counts would be a guess.
 */
import fs from 'node:fs';
import path from 'node:path';

const CONFIG_NAMES = ['.sysctl-lint.yaml', '.sysctl-lint.yml'] as const;

export type ConfigLocation = { abs: string; problem?: undefined } | { abs?: undefined; problem: string } | { abs?: undefined; problem?: undefined };

/** Any entry of that name counts (a FIFO or a link elsewhere is reported when it is read, not skipped). */
function isFile(p: string): boolean {
  try {
    return !fs.lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function findConfig(cwd: string): ConfigLocation {
  for (let dir = path.resolve(cwd); ; ) {
    const present = CONFIG_NAMES.map((n) => path.join(dir, n)).filter(isFile);
    if (present.length > 1) return { problem: `${present.join(' and ')} both exist; keep one` };
    if (present[0]) return { abs: present[0] };
    const parent = path.dirname(dir);
    if (parent === dir || fs.existsSync(path.join(dir, '.git'))) return {};
    dir = parent;
  }
}
