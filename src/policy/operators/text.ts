import type { Operator } from './index';

const cache = new Map<string, RegExp>();
export function compileRegex(src: string): RegExp {
  let re = cache.get(src);
  if (!re) {
    re = new RegExp(src);
    cache.set(src, re);
  }
  return re;
}

export const matchesOp: Operator<string> = (s, re) => ({ holds: compileRegex(re).test(s.raw) });
export const notMatchesOp: Operator<string> = (s, re) => ({ holds: !compileRegex(re).test(s.raw) });
export const invalidOp: Operator<true> = (s) => (s.parsed.ok ? { holds: false } : { holds: true, vars: { reason: s.parsed.reason } });
