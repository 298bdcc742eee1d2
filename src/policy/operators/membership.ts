import { asInteger, type Subject } from '../subject';
import { defineOperators } from './define';

declare module './define' {
  interface OperatorArgs {
    equals: string | number;
    notEquals: string | number;
    oneOf: Array<string | number>;
    notOneOf: Array<string | number>;
  }
}

/** Numbers compare as the kernel reads them; strings compare with whitespace runs folded. */
function sameValue(subject: Subject, expected: string | number): boolean {
  if (typeof expected === 'number') return asInteger(subject) === expected;
  return subject.raw.trim().split(/\s+/).join(' ') === expected.trim().split(/\s+/).join(' ');
}

const SCALARS = { type: 'array', items: { $ref: '#/$defs/scalar' }, minItems: 1 };

export const MEMBERSHIP_OPERATORS = defineOperators({
  equals: { schema: { $ref: '#/$defs/scalar' }, evaluate: (s, arg) => ({ holds: sameValue(s, arg) }) },
  notEquals: { schema: { $ref: '#/$defs/scalar' }, evaluate: (s, arg) => ({ holds: !sameValue(s, arg) }) },
  oneOf: { schema: SCALARS, evaluate: (s, list) => ({ holds: list.some((v) => sameValue(s, v)) }) },
  notOneOf: { schema: SCALARS, evaluate: (s, list) => ({ holds: !list.some((v) => sameValue(s, v)) }) },
});
