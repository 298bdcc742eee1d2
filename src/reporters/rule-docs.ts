/**
 * What a report says about a rule (SARIF rule metadata, job-summary links): taken from the
 * policy for policy rules, from the table below for the findings the engine raises itself.
 */
import type { Severity } from '../core/finding';
import type { ENGINE_RULES } from '../lint';
import type { LoadedPolicy, Reference } from '../policy/types';

export type Precision = 'very-high' | 'high' | 'medium' | 'low';

export interface RuleDoc {
  id: string;
  title: string;
  severity: Severity;
  /** Markdown. */
  rationale: string;
  /** Markdown. */
  fix: string;
  tags: string[];
  references: Reference[];
  precision: Precision;
}

type EngineRuleId = (typeof ENGINE_RULES)[keyof typeof ENGINE_RULES];

/** Every engine rule must be described here (a test checks it against ENGINE_RULES). */
export const ENGINE_RULE_DOCS: Record<EngineRuleId, Omit<RuleDoc, 'id' | 'references' | 'precision'>> = {
  'sysctl-lint/unrecognized-file': {
    title: 'Files named on the command line are sysctl configuration',
    severity: 'info',
    rationale:
      'The file was named explicitly but is neither a sysctl.conf nor a sysctl.d drop-in by its path, and its content does not look like sysctl assignments, so it was skipped.',
    fix: 'Remove the path from the command line, or rename the file so its path says what it is (`sysctl.conf`, `sysctl.d/*.conf`).',
    tags: ['input'],
  },
  'sysctl-lint/unreadable-file': {
    title: 'Input files are readable',
    severity: 'error',
    rationale: 'The file could not be read (permissions, a dangling link, a directory where a file was expected), so none of its settings were checked.',
    fix: 'Make the file readable by the user running sysctl-lint, or remove it from the inputs.',
    tags: ['input'],
  },
  'sysctl-lint/live-snapshot-line': {
    title: 'A sysctl snapshot holds only `key = value` lines',
    severity: 'info',
    rationale:
      'A `--live-snapshot` file is the output of `sysctl -a`: one `key = value` line per value. Other lines (error messages captured with `2>&1`, truncated output) are skipped, so the keys on them are not checked.',
    fix: 'Capture the snapshot with `sysctl -a 2>/dev/null > FILE`.',
    tags: ['input', 'live'],
  },
};

export function isEngineRule(id: string): id is EngineRuleId {
  return Object.prototype.hasOwnProperty.call(ENGINE_RULE_DOCS, id);
}

export function policyRuleDoc(lp: LoadedPolicy): RuleDoc {
  const p = lp.policy;
  return { id: p.id, title: p.title, severity: p.severity, rationale: p.rationale, fix: p.fix, tags: p.tags ?? [], references: p.references ?? [], precision: 'high' };
}

export function engineRuleDoc(id: string): RuleDoc {
  if (isEngineRule(id)) return { id, ...ENGINE_RULE_DOCS[id], references: [], precision: 'very-high' };
  // A rule id nobody described (a newer engine finding): still a valid, honest descriptor.
  return { id, title: id, severity: 'warning', rationale: `Findings of ${id}.`, fix: 'See the finding message.', tags: [], references: [], precision: 'medium' };
}

/**
 * The rules of a run, in a stable order: every loaded policy, then every engine rule, then
 * any other rule id that appears in the findings.
 */
export function collectRuleDocs(policies: LoadedPolicy[], findingRuleIds: Iterable<string>): RuleDoc[] {
  const docs = new Map<string, RuleDoc>();
  for (const lp of policies) docs.set(lp.policy.id, policyRuleDoc(lp));
  for (const id of Object.keys(ENGINE_RULE_DOCS)) docs.set(id, engineRuleDoc(id));
  for (const id of [...findingRuleIds].sort()) if (!docs.has(id)) docs.set(id, engineRuleDoc(id));
  return [...docs.values()];
}

/** The first paragraph of a Markdown text, on one line. */
export function firstParagraph(markdown: string): string {
  const para = markdown.trim().split(/\n\s*\n/)[0] ?? '';
  return para.replace(/\s*\n\s*/g, ' ').trim();
}

/** Shortens to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function truncateText(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '') + '…';
}
