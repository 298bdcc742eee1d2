import type { Operator } from './index';
import { compilePolicyRegex } from '../regex';

export const matchesOp: Operator<string> = (s, re) => ({ holds: compilePolicyRegex(re).test(s.raw) });
export const notMatchesOp: Operator<string> = (s, re) => ({ holds: !compilePolicyRegex(re).test(s.raw) });
export const invalidOp: Operator<true> = (s) => (s.parsed.ok ? { holds: false } : { holds: true, vars: { reason: s.parsed.reason } });
