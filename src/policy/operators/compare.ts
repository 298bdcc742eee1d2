import { lookup } from '../../model/precedence';
import { parseValue } from '../../model/values';
import { asInteger } from '../subject';
import type { EvalEnv } from '../env';
import type { ContextNeed } from '../conditions';
import { defineOperators, type Operator, type OperatorDefinition } from './define';

/** A number, or a value taken from another setting or from the context. */
export type Operand = number | { setting: string; default?: number; appliedBefore?: boolean } | { context: 'nodePortRange.lo' | 'nodePortRange.hi' };

declare module './define' {
  interface OperatorArgs {
    lt: Operand;
    lte: Operand;
    gt: Operand;
    gte: Operand;
  }
}

interface Resolved {
  value: number;
  describe: string;
}

function resolveOperand(op: Operand, env: EvalEnv): Resolved | undefined {
  if (typeof op === 'number') return { value: op, describe: String(op) };
  if ('context' in op) {
    const r = env.node.context.nodePortRange.value;
    const value = op.context === 'nodePortRange.lo' ? r.lo : r.hi;
    return { value, describe: `${value} (NodePort range ${op.context.endsWith('lo') ? 'start' : 'end'})` };
  }
  let value: string | undefined;
  // A running kernel holds every value at once: a live value is compared with the current one.
  if (op.appliedBefore && env.state && env.assignment && env.state.applier !== 'live') {
    const writes = env.state.writes;
    const at = writes.lastIndexOf(env.assignment);
    for (let i = (at < 0 ? writes.length : at) - 1; i >= 0; i--) {
      if (writes[i]?.key === op.setting) {
        value = writes[i]?.value;
        break;
      }
    }
  } else if (env.state) value = lookup(env.state, op.setting)?.winner.value;
  if (value !== undefined) {
    const p = parseValue(value.replace(/\s+[#;].*$/, ''), 'integer');
    if (p.ok && p.value.type === 'integer') return { value: p.value.value, describe: `${p.value.value} (${op.setting})` };
    return undefined;
  }
  if (op.default !== undefined) return { value: op.default, describe: `${op.default} (${op.setting}, kernel default)` };
  return undefined;
}

function compareOp(test: (a: number, b: number) => boolean): Operator<Operand> {
  return (subject, operand, env) => {
    const actual = asInteger(subject);
    if (actual === undefined) return { holds: false };
    const resolved = resolveOperand(operand, env);
    if (!resolved) return { holds: false };
    return { holds: test(actual, resolved.value), vars: { operand: resolved.describe } };
  };
}

function comparison(test: (a: number, b: number) => boolean): OperatorDefinition<Operand> {
  return {
    schema: { $ref: '#/$defs/operand' },
    needs: (operand): ContextNeed[] => (typeof operand === 'object' && 'context' in operand ? ['nodePortRange'] : []),
    evaluate: compareOp(test),
  };
}

export const COMPARE_OPERATORS = defineOperators({
  lt: comparison((a, b) => a < b),
  lte: comparison((a, b) => a <= b),
  gt: comparison((a, b) => a > b),
  gte: comparison((a, b) => a >= b),
});
