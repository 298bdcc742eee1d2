import type { ValueType } from '../../model/values';
import { compilePolicyRegex } from '../regex';
import { requiredCharacters } from '../required-chars';
import { defineOperators } from './define';

declare module './define' {
  interface OperatorArgs {
    matches: string;
    notMatches: string;
    invalid: true;
  }
}

const TYPED: readonly ValueType[] = ['integer', 'integers', 'portRange', 'portList'];

export const TEXT_OPERATORS = defineOperators({
  matches: { schema: { type: 'string' }, regex: (re) => re, evaluate: (s, re) => ({ holds: compilePolicyRegex(re).test(s.raw) }), requiredInRaw: (re) => requiredCharacters(re) },
  notMatches: { schema: { type: 'string' }, regex: (re) => re, evaluate: (s, re) => ({ holds: !compilePolicyRegex(re).test(s.raw) }) },
  invalid: {
    schema: { const: true },
    valueTypes: { accepted: TYPED, problem: 'invalid needs a valueType other than string' },
    evaluate: (s) => (s.parsed.ok ? { holds: false } : { holds: true, vars: { reason: s.parsed.reason } }),
  },
});
