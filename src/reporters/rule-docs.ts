/**
 * What a report says about a rule (SARIF rule metadata, job-summary titles): taken from the
 * policy for policy rules, from the rule registry (src/rules/registry.ts) for the findings the
 * engine raises itself.
 */
import type { Severity } from '../core/finding';
import { ENGINE_RULES, engineRule as documentedEngineRule } from '../rules/registry';
import { defaultDocsBase, ruleDocsUrl } from '../rules/links';
import type { LoadedPolicy, Reference } from '../policy/types';
import type { ReportContext } from './context';

type Precision = 'very-high' | 'high' | 'medium' | 'low';

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
  /** Described in the rules reference (docs/rules.md): built-in policies and engine rules, not user policies. */
  documented: boolean;
}

function policyRuleDoc(lp: LoadedPolicy): RuleDoc {
  const p = lp.policy;
  return { id: p.id, title: p.title, severity: p.severity, rationale: p.rationale, fix: p.fix, tags: p.tags ?? [], references: p.references ?? [], precision: 'high', documented: lp.builtin };
}

function engineRuleDoc(id: string): RuleDoc {
  const d = documentedEngineRule(id);
  if (d) return { id, title: d.title, severity: d.severity, rationale: d.rationale, fix: d.fix, tags: ['engine'], references: [], precision: 'very-high', documented: true };
  // A rule id nobody described yet (a test requires docs for every engine rule): still a valid descriptor.
  return { id, title: id, severity: 'warning', rationale: `Findings of ${id}.`, fix: 'See the finding message.', tags: [], references: [], precision: 'medium', documented: false };
}

/**
 * The rules of a run, in a stable order: every loaded policy, then every documented engine
 * rule, then any other rule id that appears in the findings.
 */
export function collectRuleDocs(policies: LoadedPolicy[], findingRuleIds: Iterable<string>): RuleDoc[] {
  const docs = new Map<string, RuleDoc>();
  for (const lp of policies) docs.set(lp.policy.id, policyRuleDoc(lp));
  for (const d of ENGINE_RULES) docs.set(d.id, engineRuleDoc(d.id));
  for (const id of [...findingRuleIds].sort()) if (!docs.has(id)) docs.set(id, engineRuleDoc(id));
  return [...docs.values()];
}

/** The base URL of the rules reference for a report. */
export function docsBase(ctx: Pick<ReportContext, 'docsBaseUrl' | 'toolVersion'>): string {
  return ctx.docsBaseUrl ?? defaultDocsBase(ctx.toolVersion);
}

/**
 * Each rule's link into the rules reference, for the rules of a run; undefined for rules it does
 * not describe (user policies).
 */
export function ruleLinks(ctx: Pick<ReportContext, 'docsBaseUrl' | 'toolVersion' | 'result'>): (ruleId: string) => string | undefined {
  const base = docsBase(ctx);
  const builtin = new Set<string>(ctx.result.policies.filter((p) => p.builtin).map((p) => p.policy.id));
  return (id) => (builtin.has(id) || documentedEngineRule(id) ? ruleDocsUrl(base, id) : undefined);
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
