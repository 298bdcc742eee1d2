/**
 * Symbolic links inside an image tree point into the image, not into the host: an absolute
 * target such as /etc/sysctl.conf means <root>/etc/sysctl.conf. Links are followed here by hand
 * (at most 40 hops, like the kernel's limit) so a mounted or unpacked image never reads host files.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ResolvedLink {
  /** The file to read. */
  path: string;
  /** The chain ends at /dev/null (masking). */
  devNull: boolean;
  isSymlink: boolean;
}

export function resolveInRoot(abs: string, rootAbs: string | undefined): ResolvedLink {
  let current = abs;
  let isSymlink = false;
  for (let hops = 0; hops < 40; hops++) {
    let st: fs.Stats;
    try {
      st = fs.lstatSync(current);
    } catch {
      return { path: current, devNull: false, isSymlink };
    }
    if (!st.isSymbolicLink()) return { path: current, devNull: false, isSymlink };
    isSymlink = true;
    const target = fs.readlinkSync(current);
    if (target === '/dev/null') return { path: current, devNull: true, isSymlink };
    if (path.isAbsolute(target)) current = rootAbs ? path.join(rootAbs, target) : target;
    else current = path.resolve(path.dirname(current), target);
  }
  return { path: current, devNull: false, isSymlink };
}
