/**
 * A policy's `cases`: the first whose conditions (context, and value for setting checks) hold
 * decides the severity and the message; without one the policy's own apply.
 */
import type { Severity } from '../core/finding';
import type { Applier, NodeModel } from '../model/types';
import { conditionHolds } from './conditions';
import type { EvalEnv } from './env';
import { renderMessage, type MessageVars } from './message';
import { evaluateAssertion } from './operators/index';
import type { Subject } from './subject';
import type { Policy } from './types';

export interface Outcome {
  severity: Severity;
  message: string;
  /** The case that decided (its index in `cases`), or undefined for the policy's own. */
  caseIndex?: number;
}

/** Applies `cases`: the first whose conditions hold decides severity and message. */
export function decide(p: Policy, node: NodeModel, vars: MessageVars, subject?: Subject, env?: EvalEnv, appliers?: Applier[]): Outcome | undefined {
  const cases = p.cases ?? [];
  for (let i = 0; i < cases.length; i++) {
    const c = cases[i] as NonNullable<Policy['cases']>[number];
    if (!conditionHolds(c.when, node, appliers)) continue;
    if (c.value) {
      if (!subject || !env) continue;
      const r = evaluateAssertion(c.value, subject, env);
      if (!r.holds) continue;
      Object.assign(vars, r.vars);
    }
    if (c.severity === 'off') return undefined;
    return { severity: c.severity ?? p.severity, message: renderMessage(c.message ?? p.message, vars), caseIndex: i };
  }
  return { severity: p.severity, message: renderMessage(p.message, vars) };
}

