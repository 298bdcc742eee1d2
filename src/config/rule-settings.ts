/**
 * Per-rule severities from the config file: `rules` for every file, then `overrides` in order
 * for the files their globs match (a later override wins). `off` drops the rule's findings;
 * a rule that is off everywhere is not even evaluated.
 */
import path from 'node:path';
import type { Finding } from '../core/finding';
import type { GlobSet } from './globs';
import type { RuleLevel } from './types';

export interface RuleSetting {
  level: RuleLevel;
  /** Where it was set (`.sysctl-lint.yaml:12`). */
  source: string;
}

export interface RuleOverride {
  files: GlobSet;
  rules: Map<string, RuleSetting>;
  source: string;
}

export class RuleSettings {
  constructor(
    readonly base: Map<string, RuleSetting>,
    readonly overrides: RuleOverride[],
    private readonly cwd: string,
  ) {}

  get isEmpty(): boolean {
    return this.base.size === 0 && this.overrides.length === 0;
  }

  /** The configured level of a rule for a file (a path as shown, relative to the working directory), or undefined for the rule's own. */
  levelFor(ruleId: string, file: string): RuleLevel | undefined {
    let level = this.base.get(ruleId)?.level;
    if (this.overrides.length) {
      const abs = path.resolve(this.cwd, file);
      for (const o of this.overrides) {
        const l = o.rules.get(ruleId);
        if (l && o.files.matches(abs)) level = l.level;
      }
    }
    return level;
  }

  /** False when the rule is off everywhere: it need not run. */
  evaluates(ruleId: string): boolean {
    if (this.base.get(ruleId)?.level !== 'off') return true;
    return this.overrides.some((o) => {
      const l = o.rules.get(ruleId);
      return !!l && l.level !== 'off';
    });
  }

  /** Applies the configured levels: drops findings of rules that are off, re-grades the rest. */
  apply(findings: Finding[]): Finding[] {
    if (this.isEmpty) return findings;
    const out: Finding[] = [];
    for (const f of findings) {
      const level = this.levelFor(f.ruleId, f.location.file);
      if (level === 'off') continue;
      out.push(level && level !== f.severity ? { ...f, severity: level } : f);
    }
    return out;
  }
}
