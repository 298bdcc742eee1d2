/**
 * modules-load.d lists kept in a repository outside an image tree (an Ansible role's
 * `files/modules-load.d/k8s.conf` or `templates/modules-load.d/k8s.conf.j2`, a `modules-load.d/`
 * folder a build copies into the image): the modules they name are loaded at boot on the nodes
 * of the same role, or of the whole repository when the file belongs to no role. Lists inside an
 * image tree (`etc/modules-load.d`, `usr/lib/modules-load.d`...) are that tree's own, read with
 * their masking rules (../../inputs/boot-modules.ts), and are not taken here. Lines with
 * template syntax are not known and are left out.
 */
import { parseModulesList } from '../../model/modules';
import type { SourceHandler } from '../types';

const LIST_PATH = /(^|\/)modules-load\.d\/[^/]+\.conf(\.(j2|jinja2?|tpl|tmpl))?$/;
/** A system modules-load.d directory: the file belongs to an image tree. */
const IN_IMAGE_TREE = /(^|\/)(etc|run|usr\/local\/lib|usr\/lib|lib)\/modules-load\.d\/[^/]+$/;
const ROLE = /^(.*?(^|\/)roles\/[^/]+)\//;
const TEMPLATE = /\{\{|\{%|\$\{|%\{/;

/** Where the modules a list loads count: an Ansible role, or `''` (the repository). */
function moduleListScope(display: string): string {
  const role = ROLE.exec(display);
  return role ? (role[1] as string) : '';
}

export const modulesLoadHandler: SourceHandler = {
  kind: 'modules-load',
  label: 'a modules-load.d list',
  claimsPath: (display) => LIST_PATH.test(display) && !IN_IMAGE_TREE.test(display),
  claimsContent: () => false,
  // Every list is tiny and read ahead, so nodes judged early already know what it loads.
  clusterFactTrigger: /\S/,
  extract(input) {
    const text = input.text
      .split('\n')
      .filter((l) => !TEMPLATE.test(l))
      .join('\n');
    const modules = parseModulesList(text);
    return { clusterFacts: [{ kind: 'moduleLoad', modules, file: input.display, span: { start: 0, end: 0 }, source: `${input.display}`, scope: moduleListScope(input.display) }] };
  },
};
