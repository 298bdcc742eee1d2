/**
 * Engine rules: findings the engine raises about its inputs (an unreadable file, invalid YAML,
 * a malformed suppression) rather than about settings. Each is declared with its documentation
 * in the module that emits it and listed once in the rule registry (src/rules/registry.ts),
 * which --list-rules, `explain`, the config file, suppressions and SARIF read.
 */
import type { RuleId, Severity } from './finding';

export interface EngineRule {
  id: RuleId;
  title: string;
  severity: Severity;
  appliesTo: string;
  /** Markdown. */
  rationale: string;
  /** Markdown. */
  fix: string;
}

/** Declares an engine rule; its id is `sysctl-lint/<name>`. */
export function defineEngineRule(rule: Omit<EngineRule, 'id'> & { id: `sysctl-lint/${string}` }): EngineRule {
  return rule as EngineRule;
}

/** What suppressions and the config file need to know about rule ids. */
export interface RuleLookup {
  /** The canonical id for an id or alias, or undefined when unknown. */
  canonical(id: string): RuleId | undefined;
  /** Closest known ids, for "did you mean". */
  closest(id: string): string[];
}
