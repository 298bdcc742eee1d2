import path from 'node:path';
import { placeFile } from '../../model/node-layout';
import { SYSCTL_DIRS } from '../../model/types';
import type { SourceHandler } from '../types';
import { parseSysctl } from './parse';
import { readTemplateAsSysctl } from '../template/sysctl-template';
import { looksLikeShellScript } from '../script/detect';

const SYSCTL_DIR = /(^|\/)sysctl\.d\/[^/]+$/;
const SYSCTL_CONF = /(^|\/)sysctl\.conf$/;
const SYSCTL_NAMED = /sysctl[^/]*\.conf(\.(j2|jinja2?|tpl|tmpl|tftpl|gotmpl|erb|add|dist|example|sample))?$/i;
/**
 * Files that live in sysctl.d directories without being meant as configuration: Debian's
 * README.sysctl and package-manager or editor leftovers. Not reporting them as "ignored".
 */
const EXPECTED_NON_CONFIG = /^README|\.(dpkg-[a-z]+|rpmnew|rpmsave|rpmorig|ucf-[a-z]+|bak|orig|swp)$|~$/;
const ASSIGNMENT_LINE = /^\s*-?\s*[A-Za-z][\w-]*[./][\w./*?[\]:@-]*\s*=/;

/** Content sniffing: a sysctl file is mostly comments and `a.b.c = value` lines. */
export function looksLikeSysctl(text: string): boolean {
  let assignments = 0;
  let other = 0;
  // The first 400 lines, as text.split('\n', 400) would give them, without making the array:
  // every YAML file a walk declines is asked this, and most fail after a few lines.
  let count = 1;
  for (let p = text.indexOf('\n'); p !== -1 && count < 400; p = text.indexOf('\n', p + 1)) count++;
  let start = 0;
  for (let i = 0; i < count; i++) {
    const nl = text.indexOf('\n', start);
    const line = (nl === -1 ? text.slice(start) : text.slice(start, nl)).trim();
    start = nl + 1;
    if (!line || line.startsWith('#') || line.startsWith(';') || line.startsWith('{%') || line.startsWith('{#')) continue;
    if (ASSIGNMENT_LINE.test(line)) assignments++;
    else {
      other++;
      // Stop as soon as the remaining lines cannot make three assignments per other line
      // (every YAML file a walk meets is asked this; most fail after a few lines).
      if (assignments + (count - i - 1) < other * 3) return false;
    }
  }
  return assignments > 0 && assignments >= other * 3;
}

export const sysctlConfHandler: SourceHandler = {
  kind: 'sysctl-conf',
  label: 'sysctl.conf or a sysctl.d drop-in',
  selfContained: true,
  // Only the directories an applier reads: walking all of /usr on a real root costs seconds.
  rootPaths: { role: 'image', paths: ['etc/sysctl.conf', ...SYSCTL_DIRS.map((d) => d.slice(1))] },
  claimsPath(display) {
    return SYSCTL_DIR.test(display) || SYSCTL_CONF.test(display) || SYSCTL_NAMED.test(path.posix.basename(display));
  },
  claimsContent(text) {
    // A script that writes sysctl files with here-documents has more `key = value` lines than
    // commands: shell syntax is asked first.
    return looksLikeSysctl(text) && !looksLikeShellScript(text);
  },
  extract(input) {
    const placement = placeFile(input.display);
    // Debian's README.sysctl and package leftovers in sysctl.d are documentation, not settings.
    if (/\/sysctl\.d\//.test(placement.nodePath) && EXPECTED_NON_CONFIG.test(placement.name)) return {};
    const inSysctlDir = placement.dirRank >= 0 && /\/sysctl\.d\//.test(placement.nodePath);
    return {
      nodeFiles: [
        {
          placement,
          file: {
            file: input.display,
            nodePath: placement.nodePath,
            name: placement.name,
            dirRank: placement.dirRank,
            devNull: input.devNull,
            // A template (by its name, or by its syntax) is read with template lines absent.
            parsed: input.devNull ? parseSysctl('') : readTemplateAsSysctl(input.text, input.display),
            realFile: input.realFile,
            isSymlink: input.isSymlink,
            ignoredName: inSysctlDir && !placement.name.endsWith('.conf') && !EXPECTED_NON_CONFIG.test(placement.name),
          },
        },
      ],
    };
  },
};
