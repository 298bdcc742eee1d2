/**
 * The closed set of assertion operators, from the modules that define them (define.ts says
 * what a definition holds). A new operator is a definition in one of these modules; a new
 * module is one more line here.
 */
import type { ContextNeed } from '../conditions';
import type { Assertion, Evaluate, MayHold, OperatorDefinition, OperatorName, OperatorTable, RequiredInRaw } from './define';
import { MEMBERSHIP_OPERATORS } from './membership';
import { COMPARE_OPERATORS } from './compare';
import { TEXT_OPERATORS } from './text';
import { PORT_OPERATORS } from './ports';
import { KERNEL_OPERATORS } from './kernel';
import { POD_OPERATORS } from './pod';
import { LOGIC_OPERATORS } from './logic';

/** In the order the policy schema lists them. */
export const OPERATORS: OperatorTable = { ...MEMBERSHIP_OPERATORS, ...COMPARE_OPERATORS, ...TEXT_OPERATORS, ...PORT_OPERATORS, ...KERNEL_OPERATORS, ...POD_OPERATORS, ...LOGIC_OPERATORS };

/** The operator an assertion names (its only key), without allocating a key array per call. */
function operatorName(a: Assertion): OperatorName | undefined {
  for (const k in a) return k as OperatorName;
  return undefined;
}

function definitionOf(name: OperatorName): OperatorDefinition<unknown> {
  const def = OPERATORS[name] as OperatorDefinition<unknown> | undefined;
  if (!def) throw new Error(`unknown operator ${String(name)}`);
  return def;
}

export const evaluateAssertion: Evaluate = (a, subject, env) => {
  const name = operatorName(a);
  if (!name) return { holds: false };
  return definitionOf(name).evaluate(subject, a[name], env, evaluateAssertion);
};

type Holds = (subject: Parameters<Evaluate>[1], env: Parameters<Evaluate>[2]) => ReturnType<Evaluate>;

// Rules judge thousands of lines with one assertion: its operator is looked up once.
const compiledCache = new WeakMap<Assertion, Holds>();

/** The assertion as a function of subject and environment, the same as evaluateAssertion. */
export function compiledAssertion(a: Assertion): Holds {
  let holds = compiledCache.get(a);
  if (!holds) {
    const name = operatorName(a);
    if (!name) holds = () => ({ holds: false });
    else {
      const def = definitionOf(name);
      const arg = a[name];
      holds = (subject, env) => def.evaluate(subject, arg, env, evaluateAssertion);
    }
    compiledCache.set(a, holds);
  }
  return holds;
}

/**
 * False when the assertion cannot hold for any value of the key on any node (each operator's
 * `mayHoldFor`; one without it may hold for every key).
 */
export const assertionMayHold: MayHold = (a, key, lists) => {
  const name = operatorName(a);
  if (!name) return false;
  const def = definitionOf(name);
  return def.mayHoldFor ? def.mayHoldFor(a[name], key, lists, assertionMayHold) : true;
};

/**
 * Characters one of which a line's raw value must hold for the assertion to hold (each
 * operator's `requiredInRaw`), or undefined when any value may. Kept per assertion: a rule asks
 * once, then scans every line's value for them.
 */
export const assertionRequiredInRaw: RequiredInRaw = (a) => {
  let chars = requiredCache.get(a);
  if (chars === undefined) {
    const name = operatorName(a);
    const def = name && definitionOf(name);
    chars = (name && def && def.requiredInRaw?.(a[name], assertionRequiredInRaw)) || null;
    requiredCache.set(a, chars);
  }
  return chars ?? undefined;
};

const requiredCache = new WeakMap<Assertion, string | null>();

/** Whether what the lists say about a key can rule the assertion out (an operator in it answers `mayHoldFor` on its own). */
export function assertionReadsKey(a: Assertion): boolean {
  let reads = false;
  walkAssertions(a, [], (x, _path, name, def) => {
    if (def.mayHoldFor && !def.nested) reads = true;
  });
  return reads;
}

/** Visits an assertion and every assertion nested in it, each with its path. */
export function walkAssertions(a: Assertion, path: Array<string | number>, visit: (a: Assertion, path: Array<string | number>, op: OperatorName, def: OperatorDefinition<unknown>) => void): void {
  const name = operatorName(a);
  if (!name) return;
  const def = definitionOf(name);
  visit(a, path, name, def);
  for (const [inner, below] of def.nested?.(a[name]) ?? []) walkAssertions(inner, [...path, name, ...below], visit);
}

/** The context an assertion reads (operand from the NodePort range, modules, kernel). */
export function assertionNeeds(a: Assertion | undefined, out: Set<ContextNeed>): void {
  if (!a) return;
  walkAssertions(a, [], (x, _path, name, def) => {
    for (const n of def.needs?.(x[name]) ?? []) out.add(n);
  });
}
