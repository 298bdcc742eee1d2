import { lookup } from '../../model/precedence';
import { parseValue } from '../../model/values';
import { asInteger } from '../subject';
import type { Operand } from '../types';
import type { EvalEnv } from '../env';
import type { Operator } from './index';

interface Resolved {
  value: number;
  describe: string;
}

export function resolveOperand(op: Operand, env: EvalEnv): Resolved | undefined {
  if (typeof op === 'number') return { value: op, describe: String(op) };
  if ('context' in op) {
    const r = env.node.context.nodePortRange.value;
    const value = op.context === 'nodePortRange.lo' ? r.lo : r.hi;
    return { value, describe: `${value} (NodePort range ${op.context.endsWith('lo') ? 'start' : 'end'})` };
  }
  const setting = env.state ? lookup(env.state, op.setting) : undefined;
  if (setting) {
    const p = parseValue(setting.winner.value.replace(/\s+[#;].*$/, ''), 'integer');
    if (p.ok && p.value.type === 'integer') return { value: p.value.value, describe: `${p.value.value} (${op.setting})` };
    return undefined;
  }
  if (op.default !== undefined) return { value: op.default, describe: `${op.default} (${op.setting}, kernel default)` };
  return undefined;
}

export function compareOp(test: (a: number, b: number) => boolean): Operator<Operand> {
  return (subject, operand, env) => {
    const actual = asInteger(subject);
    if (actual === undefined) return { holds: false };
    const resolved = resolveOperand(operand, env);
    if (!resolved) return { holds: false };
    return { holds: test(actual, resolved.value), vars: { operand: resolved.describe } };
  };
}
