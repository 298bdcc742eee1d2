/** The operators that combine assertions (declared in define.ts, where Assertion is). */
import type { MessageVars } from '../message';
import { defineOperators } from './define';

const ASSERTIONS = { type: 'array', items: { $ref: '#/$defs/assertion' }, minItems: 1 };

export const LOGIC_OPERATORS = defineOperators({
  allOf: {
    schema: ASSERTIONS,
    nested: (list) => list.map((a, i) => [a, [i]]),
    evaluate: (subject, list, env, evaluate) => {
      const vars: MessageVars = {};
      for (const a of list) {
        const r = evaluate(a, subject, env);
        if (!r.holds) return { holds: false };
        Object.assign(vars, r.vars);
      }
      return { holds: true, vars };
    },
    mayHoldFor: (list, key, lists, mayHold) => list.every((a) => mayHold(a, key, lists)),
    // Every one must hold: the characters any one of them needs are needed.
    requiredInRaw: (list, required) => list.map(required).find((chars) => chars !== undefined),
  },
  anyOf: {
    schema: ASSERTIONS,
    nested: (list) => list.map((a, i) => [a, [i]]),
    evaluate: (subject, list, env, evaluate) => {
      for (const a of list) {
        const r = evaluate(a, subject, env);
        if (r.holds) return r;
      }
      return { holds: false };
    },
    mayHoldFor: (list, key, lists, mayHold) => list.some((a) => mayHold(a, key, lists)),
    // One must hold: a value needs one of the characters of each, so their union, when each needs some.
    requiredInRaw: (list, required) => {
      let all = '';
      for (const a of list) {
        const chars = required(a);
        if (chars === undefined) return undefined;
        for (const c of chars) if (!all.includes(c)) all += c;
      }
      return all;
    },
  },
  not: {
    schema: { $ref: '#/$defs/assertion' },
    nested: (a) => [[a, []]],
    evaluate: (subject, a, env, evaluate) => ({ holds: !evaluate(a, subject, env).holds }),
  },
});
