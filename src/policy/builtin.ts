/**
 * The built-in catalogue. In the bundled CLI the policies are embedded at build time (after
 * validation, see scripts/build.mjs), so start-up reads no files and compiles no schema. From
 * sources (tests, development) they are loaded and validated from policies/.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadListsDir, loadPolicyDir, policyRegexSources, type ConfigProblem } from './load';
import { trustBuiltinRegex } from './regex';
import type { PolicyLists } from './lists';
import type { LoadedPolicy } from './types';

export interface Catalogue {
  policies: LoadedPolicy[];
  lists: PolicyLists;
  problems: ConfigProblem[];
}

declare const __SYSCTL_LINT_BUILTINS__: { policies: LoadedPolicy[]; lists: PolicyLists } | undefined;

let cached: Catalogue | undefined;

export function builtinPolicyDir(): string {
  return fileURLToPath(new URL('../../policies/', import.meta.url));
}

export function loadCatalogueFromDisk(dir: string): Catalogue {
  const root = path.resolve(dir, '..');
  const display = (abs: string) => path.relative(root, abs).split(path.sep).join('/');
  const p = loadPolicyDir(dir, display, { builtin: true });
  const l = loadListsDir(dir, display);
  return { policies: p.items, lists: l.lists, problems: [...p.problems, ...l.problems] };
}

export function builtinCatalogue(): Catalogue {
  if (cached) return cached;
  if (typeof __SYSCTL_LINT_BUILTINS__ !== 'undefined') {
    cached = { ...__SYSCTL_LINT_BUILTINS__, problems: [] };
  } else {
    cached = loadCatalogueFromDisk(builtinPolicyDir());
  }
  // Reviewed expressions: they run on JavaScript's engine (see regex.ts).
  for (const p of cached.policies) for (const re of policyRegexSources(p.policy)) trustBuiltinRegex(re);
  return cached;
}
