/**
 * The closed set of assertion operators. Each takes the subject, its argument from the
 * policy and the evaluation environment, and answers whether the assertion holds, with
 * message variables it wants to offer. Adding an operator means adding it here, to
 * schemas/policy.schema.json and to the Assertion type; a meta-test checks all three agree.
 */
import type { Assertion } from '../types';
import type { Subject } from '../subject';
import type { EvalEnv } from '../env';
import type { MessageVars } from '../message';
import { equalsOp, notEqualsOp, oneOfOp, notOneOfOp } from './membership';
import { compareOp } from './compare';
import { matchesOp, notMatchesOp, invalidOp } from './text';
import { lowOp, highOp, overlapsOp, sameParityOp } from './ports';
import { moduleNotLoadedOp, moduleDefaultOp, keyStatusOp, valueShapeOp } from './kernel';
import { podSafeOp, kernelNamespaceOp, kubeletAllowedOp, keyMatchesOp } from './pod';

interface OpResult {
  holds: boolean;
  vars?: MessageVars;
}

export type Operator<A> = (subject: Subject, arg: A, env: EvalEnv, evaluate: Evaluate) => OpResult;
export type Evaluate = (a: Assertion, subject: Subject, env: EvalEnv) => OpResult;

type OperatorTable = { [K in keyof Assertion]-?: Operator<NonNullable<Assertion[K]>> };

export const OPERATORS: OperatorTable = {
  equals: equalsOp,
  notEquals: notEqualsOp,
  oneOf: oneOfOp,
  notOneOf: notOneOfOp,
  lt: compareOp((a, b) => a < b),
  lte: compareOp((a, b) => a <= b),
  gt: compareOp((a, b) => a > b),
  gte: compareOp((a, b) => a >= b),
  matches: matchesOp,
  notMatches: notMatchesOp,
  invalid: invalidOp,
  low: lowOp,
  high: highOp,
  overlaps: overlapsOp,
  sameParity: sameParityOp,
  moduleNotLoaded: moduleNotLoadedOp,
  moduleDefault: moduleDefaultOp,
  keyStatus: keyStatusOp,
  valueShape: valueShapeOp,
  podSafe: podSafeOp,
  kernelNamespace: kernelNamespaceOp,
  kubeletAllowed: kubeletAllowedOp,
  keyMatches: keyMatchesOp,
  allOf: (subject, list, env, evaluate) => {
    const vars: MessageVars = {};
    for (const a of list) {
      const r = evaluate(a, subject, env);
      if (!r.holds) return { holds: false };
      Object.assign(vars, r.vars);
    }
    return { holds: true, vars };
  },
  anyOf: (subject, list, env, evaluate) => {
    for (const a of list) {
      const r = evaluate(a, subject, env);
      if (r.holds) return r;
    }
    return { holds: false };
  },
  not: (subject, a, env, evaluate) => ({ holds: !evaluate(a, subject, env).holds }),
};

/** The operator an assertion names (its only key), without allocating a key array per call. */
function operatorName(a: Assertion): keyof Assertion | undefined {
  for (const k in a) return k as keyof Assertion;
  return undefined;
}

export const evaluateAssertion: Evaluate = (a, subject, env) => {
  const name = operatorName(a);
  if (!name) return { holds: false };
  const op = OPERATORS[name] as Operator<unknown> | undefined;
  if (!op) throw new Error(`unknown operator ${String(name)}`);
  return op(subject, a[name], env, evaluateAssertion);
};
