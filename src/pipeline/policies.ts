/**
 * The policies stage: the built-in catalogue plus the user's policy directories, loaded once per
 * run. A user policy cannot redefine a built-in id.
 */
import path from 'node:path';
import { displayPath } from '../inputs/discover';
import { Tree } from '../inputs/tree';
import { builtinCatalogue } from '../policy/builtin';
import type { PolicyLists } from '../policy/lists';
import { loadPolicyDir, type ConfigProblem } from '../policy/load';
import type { LoadedPolicy } from '../policy/types';

export interface LoadedPolicies {
  policies: LoadedPolicy[];
  lists: PolicyLists;
  problems: ConfigProblem[];
}

export function loadPolicies(options: { policyDirs?: string[]; cwd: string; maxFileSize?: number }): LoadedPolicies {
  const cat = builtinCatalogue();
  const policies = [...cat.policies];
  const problems = [...cat.problems];
  for (const dir of options.policyDirs ?? []) {
    const abs = path.resolve(options.cwd, dir);
    const r = loadPolicyDir(abs, (f) => displayPath(f, options.cwd), { tree: Tree.ofNamedPath(abs, options.cwd, true), maxFileSize: options.maxFileSize });
    problems.push(...r.problems);
    for (const p of r.items) {
      if (policies.some((q) => q.policy.id === p.policy.id)) {
        problems.push({ file: p.source, text: '', span: { start: 0, end: 0 }, message: `policy id "${p.policy.id}" is already defined` });
      } else policies.push(p);
    }
  }
  return { policies, lists: cat.lists, problems };
}
