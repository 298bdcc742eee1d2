/**
 * `sysctl-lint explain <rule>...` and `sysctl-lint --list-rules`: rule documentation from the
 * policies themselves (and the engine rule table), with examples from the test fixtures.
 */
import type { RuleSettings } from '../../config/rule-settings';
import type { LoadedPolicy } from '../../policy/types';
import { ruleDocs, type RuleDoc } from '../../rules/describe';
import { explainJson, explainText, listRulesJson, listRulesText, rulesMarkdown, type ListedRule } from '../../rules/render';
import { buildRuleRegistry } from '../../rules/registry';

export interface DocsIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

function configuredLevel(rules: RuleSettings | undefined, id: string, own: string): string | undefined {
  const s = rules?.base.get(id);
  return s && s.level !== own ? s.level : undefined;
}

export function runExplain(ids: string[], policies: readonly LoadedPolicy[], format: string, rules: RuleSettings | undefined, io: DocsIO): number {
  if (ids.length === 0) {
    io.stderr('sysctl-lint: explain needs a rule id (sysctl-lint --list-rules lists them)\n');
    return 2;
  }
  const catalog = buildRuleRegistry(policies);
  const docs = ruleDocs(policies);
  const found: RuleDoc[] = [];
  let status = 0;
  for (const id of ids) {
    const canonical = catalog.canonical(id);
    const doc = canonical ? docs.find((d) => d.id === canonical) : undefined;
    if (!doc) {
      const near = catalog.closest(id);
      io.stderr(`sysctl-lint: unknown rule "${id}"${near.length ? `; did you mean ${near.join(', ')}?` : ''} (sysctl-lint --list-rules lists every rule)\n`);
      status = 2;
      continue;
    }
    found.push(doc);
  }
  if (format === 'json') io.stdout(explainJson(found));
  else io.stdout(found.map((d) => explainText(d, configuredLevel(rules, d.id, d.severity))).join('\n'));
  return status;
}

export function runListRules(policies: readonly LoadedPolicy[], format: string, rules: RuleSettings | undefined, io: DocsIO): number {
  const docs = ruleDocs(policies);
  if (format === 'markdown') {
    io.stdout(rulesMarkdown(docs));
    return 0;
  }
  const listed: ListedRule[] = docs.map((doc) => ({ doc, configured: configuredLevel(rules, doc.id, doc.severity) }));
  io.stdout(format === 'json' ? listRulesJson(listed) : listRulesText(listed));
  return 0;
}
