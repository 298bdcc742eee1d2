/**
 * Node groups (`nodes:` in the config file): which files make up one node, for repositories
 * that hold several images.
 *
 * Semantics:
 * - A sysctl file matched by a group's globs joins the node named after the group, at the
 *   place its path gives it (`images/worker/etc/sysctl.d/50-x.conf` is /etc/sysctl.d/50-x.conf,
 *   `images/worker/usr/lib/sysctl.d/...` is /usr/lib/sysctl.d/..., a file in no sysctl
 *   directory is a drop-in like any loose file), and the node gets full precedence over all
 *   its files: same-name masking, ordering by file name across directories, /etc/sysctl.conf
 *   last for procps.
 * - Two files of a group that land at the same place (the same name in the same directory
 *   rank, from two trees) mask each other like same-name files: the first in path order is
 *   applied, the other is reported as masked.
 * - A file matched by several groups belongs to each of them: it is evaluated once per node,
 *   and identical findings at one place are reported once.
 * - A file matched by no group keeps the default grouping (its image tree, or its directory).
 * - modules-load.d files are read from every image tree that contributes files to the group.
 * - Groups apply to files found from the paths given; `--root DIR` is one node by definition.
 */
import type { ModulesFound } from '../model/modules';
import type { GlobSet } from './globs';

export interface NodeGroup {
  name: string;
  files: GlobSet;
  /** Where it was defined (`.sysctl-lint.yaml:14`). */
  source: string;
}

export class NodeGroups {
  constructor(readonly groups: NodeGroup[]) {}

  /** Names of the groups an input file (absolute path) belongs to, in config order. */
  groupsOf(abs: string): string[] {
    return this.groups.filter((g) => g.files.matches(abs)).map((g) => g.name);
  }
}

/** The node id of a group: distinct from image roots (`root:`) and loose sets (`dir:`). */
export function groupNodeId(name: string): string {
  return `group:${name}`;
}

/** The modules a group's node loads: those of every image tree it takes files from. */
export function mergeModules(found: ModulesFound[]): ModulesFound {
  return { modules: new Set(found.flatMap((f) => [...f.modules])), sources: found.flatMap((f) => f.sources) };
}
