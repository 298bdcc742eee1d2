/**
 * The regular expressions of policies (`matches`, `notMatches`) are applied to values from the
 * linted files, which may be hostile: a backtracking engine takes exponential time on a pattern
 * such as `(a+)+$` and a long enough value, and even `.*a.*a.*b` is polynomial on a 10 MB line.
 *
 * Policies are therefore written in RE2 syntax (no backreferences, no lookaround), and user
 * policies run on re2js, a JavaScript port of RE2 whose matching time is linear in the value
 * whatever the pattern (no native binary, loaded only when a user policy has a regular
 * expression). A load-time check for nested quantifiers was the alternative: it is a heuristic
 * that still admits polynomial patterns. The built-in policies' few expressions are reviewed,
 * valid RE2 as well (a meta-test checks both) and run on JavaScript's engine, which is faster
 * per match and costs nothing to load.
 */
import { re2Lib } from '../core/lazy-deps';

export interface PolicyRegex {
  test(text: string): boolean;
}

const builtinSources = new Set<string>();

/** Registers an expression of a built-in policy (run on JavaScript's engine). */
export function trustBuiltinRegex(source: string): void {
  builtinSources.add(source);
}

const cache = new Map<string, PolicyRegex>();

export function compilePolicyRegex(source: string): PolicyRegex {
  let re = cache.get(source);
  if (!re) {
    if (builtinSources.has(source)) re = new RegExp(source);
    else {
      const compiled = re2Lib().RE2JS.compile(source);
      re = { test: (text) => compiled.test(text) };
    }
    if (cache.size >= 1000) cache.clear();
    cache.set(source, re);
  }
  return re;
}

/** Why `source` is not a valid policy expression (RE2 syntax; also JavaScript's, for built-ins). */
export function policyRegexProblem(source: string, builtin: boolean): string | undefined {
  try {
    re2Lib().RE2JS.compile(source);
    if (builtin) new RegExp(source);
    return undefined;
  } catch (e) {
    return `invalid regular expression (policies use RE2 syntax, matched in linear time: no backreferences or lookaround): ${(e as Error).message}`;
  }
}
