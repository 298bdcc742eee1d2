import { lookup } from '../../model/precedence';
import { formatIntervals, intersect, parseDashRange, parseValue, subtractIntervals, type PortInterval } from '../../model/values';
import type { Subject } from '../subject';
import { defineOperators, type Assertion, type Operator, type OperatorDefinition } from './define';

interface RangeOperand {
  context?: 'nodePortRange';
  range?: string;
}

interface OverlapsArg {
  range: RangeOperand;
  excludeSetting?: string;
}

declare module './define' {
  interface OperatorArgs {
    overlaps: OverlapsArg;
    sameParity: true;
    low: Assertion;
    high: Assertion;
  }
}

function range(s: Subject): PortInterval | undefined {
  if (!s.parsed.ok) return undefined;
  const v = s.parsed.value;
  if (v.type === 'portRange') return v.value;
  if (v.type === 'integers' && v.value.length === 2) return { lo: v.value[0] as number, hi: v.value[1] as number };
  return undefined;
}

function end(which: 'lo' | 'hi'): Operator<Assertion> {
  return (s, inner, env, evaluate) => {
    const r = range(s);
    if (!r) return { holds: false };
    const n = r[which];
    const sub: Subject = { key: s.key, raw: String(n), valueType: 'integer', parsed: { ok: true, value: { type: 'integer', value: n } } };
    return evaluate(inner, sub, env);
  };
}

const overlapsOp: Operator<OverlapsArg> = (s, arg, env) => {
  const r = range(s);
  if (!r) return { holds: false };
  const other = arg.range.context ? env.node.context.nodePortRange.value : parseDashRange(arg.range.range ?? '');
  if (!other) return { holds: false };
  const common = intersect(r, other);
  if (!common) return { holds: false };
  let reserved: PortInterval[] = [];
  if (arg.excludeSetting && env.state) {
    const setting = lookup(env.state, arg.excludeSetting);
    if (setting) {
      const p = parseValue(setting.winner.value, 'portList');
      if (p.ok && p.value.type === 'portList') reserved = p.value.value;
    }
  }
  const left = subtractIntervals(common, reserved);
  if (left.length === 0) return { holds: false };
  return { holds: true, vars: { overlap: formatIntervals(left) } };
};

const sameParityOp: Operator<true> = (s) => {
  const r = range(s);
  return { holds: !!r && r.lo % 2 === r.hi % 2 };
};

/** The operators that read a value as a range of two integers. */
const RANGE_TYPES = { accepted: ['portRange', 'integers'], problem: 'overlaps, sameParity, low and high need valueType portRange (or integers)' } as const;

function rangeEnd(which: 'lo' | 'hi'): OperatorDefinition<Assertion> {
  return { schema: { $ref: '#/$defs/assertion' }, valueTypes: RANGE_TYPES, nested: (inner) => [[inner, []]], evaluate: end(which) };
}

export const PORT_OPERATORS = defineOperators({
  low: rangeEnd('lo'),
  high: rangeEnd('hi'),
  overlaps: {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['range'],
      properties: {
        range: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          maxProperties: 1,
          properties: {
            context: { const: 'nodePortRange' },
            range: { type: 'string', pattern: '^\\d+-\\d+$' },
          },
        },
        excludeSetting: { $ref: '#/$defs/selector' },
      },
    },
    valueTypes: RANGE_TYPES,
    needs: (arg) => (arg.range.context ? ['nodePortRange'] : []),
    evaluate: overlapsOp,
  },
  sameParity: { schema: { const: true }, valueTypes: RANGE_TYPES, evaluate: sameParityOp },
});
