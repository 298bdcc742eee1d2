/**
 * Which node a sysctl file belongs to, and where on that node it sits. A path containing a
 * sysctl directory (`<root>/etc/sysctl.d/x.conf`, `<root>/usr/lib/sysctl.d/x.conf`,
 * `<root>/etc/sysctl.conf`) belongs to the image tree `<root>` and gets full precedence;
 * other files form a loose drop-in set per directory.
 */
import path from 'node:path';
import { SYSCTL_DIRS } from './types';

export interface Placement {
  /** Node key: the image root, or `dir:<directory>` for a loose set. */
  nodeId: string;
  root?: string;
  nodePath: string;
  name: string;
  dirRank: number;
}

const DIR_PATTERNS = SYSCTL_DIRS.map((d, rank) => ({ rank, re: new RegExp(`^(.*?)/?${d.slice(1).replace(/\//g, '\\/')}/([^/]+)$`) }));
const SYSCTL_CONF = /^(.*?)\/?etc\/sysctl\.conf$/;

export function placeFile(display: string): Placement {
  const p = display.split(path.sep).join('/');
  for (const { rank, re } of DIR_PATTERNS) {
    const m = re.exec(p);
    if (m) {
      const root = m[1] || '.';
      const name = m[2] as string;
      return { nodeId: `root:${root}`, root, nodePath: `${SYSCTL_DIRS[rank]}/${name}`, name, dirRank: rank };
    }
  }
  const m = SYSCTL_CONF.exec(p);
  if (m) {
    const root = m[1] || '.';
    return { nodeId: `root:${root}`, root, nodePath: '/etc/sysctl.conf', name: 'sysctl.conf', dirRank: -1 };
  }
  const dir = path.posix.dirname(p);
  const name = path.posix.basename(p);
  return { nodeId: `dir:${dir}`, nodePath: `${dir}/${name}`, name, dirRank: 0 };
}

/** Place a file relative to an explicit `--root` directory. */
export function placeUnderRoot(relToRoot: string, rootDisplay: string): Placement | undefined {
  const p = '/' + relToRoot.split(path.sep).join('/');
  for (let rank = 0; rank < SYSCTL_DIRS.length; rank++) {
    const d = SYSCTL_DIRS[rank] as string;
    if (p.startsWith(d + '/') && !p.slice(d.length + 1).includes('/')) {
      const name = p.slice(d.length + 1);
      return { nodeId: `root:${rootDisplay}`, root: rootDisplay, nodePath: p, name, dirRank: rank };
    }
  }
  if (p === '/etc/sysctl.conf') return { nodeId: `root:${rootDisplay}`, root: rootDisplay, nodePath: p, name: 'sysctl.conf', dirRank: -1 };
  return undefined;
}
