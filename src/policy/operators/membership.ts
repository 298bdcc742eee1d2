import { asInteger, type Subject } from '../subject';
import type { Operator } from './index';

/** Numbers compare as the kernel reads them; strings compare with whitespace runs folded. */
function sameValue(subject: Subject, expected: string | number): boolean {
  if (typeof expected === 'number') return asInteger(subject) === expected;
  return subject.raw.trim().split(/\s+/).join(' ') === expected.trim().split(/\s+/).join(' ');
}

export const equalsOp: Operator<string | number> = (s, arg) => ({ holds: sameValue(s, arg) });
export const notEqualsOp: Operator<string | number> = (s, arg) => ({ holds: !sameValue(s, arg) });
export const oneOfOp: Operator<Array<string | number>> = (s, list) => ({ holds: list.some((v) => sameValue(s, v)) });
export const notOneOfOp: Operator<Array<string | number>> = (s, list) => ({ holds: !list.some((v) => sameValue(s, v)) });
