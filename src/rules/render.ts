/**
 * Renders rule documentation: `explain` (text, json), `--list-rules` (text, json, markdown)
 * and docs/rules.md (the markdown form). Pure functions of RuleDoc data.
 */
import { CONTEXT_LABELS, CONTEXT_SHORT, type RuleDoc } from './describe';
import { exampleCommand, ruleTestFolder, type ExampleCase } from './examples';
import { ruleAnchor } from './links';

function indent(text: string, pad: string): string {
  return text
    .replace(/\s+$/, '')
    .split('\n')
    .map((l) => (l ? pad + l : l))
    .join('\n');
}

function exampleFilesText(c: ExampleCase, pad: string): string[] {
  const out: string[] = [];
  for (const f of c.files) {
    if (f.link !== undefined) {
      out.push(`${pad}${f.path} -> ${f.link}`);
      continue;
    }
    out.push(`${pad}${f.path}:`);
    const body = (f.text ?? '').replace(/\r?\n$/, '');
    for (const l of body.split(/\r?\n/)) out.push(`${pad}  | ${l}`);
  }
  return out;
}

/** `sysctl-lint explain <rule>` as text. */
export function explainText(d: RuleDoc, configured?: string): string {
  const out: string[] = [];
  out.push(`${d.id}: ${d.title}`, '');
  const row = (k: string, v: string) => out.push(`  ${k.padEnd(22)}${v}`);
  row('Default severity', d.severity + (configured ? ` (configured here: ${configured})` : ''));
  row('Applies to', d.appliesTo);
  if (d.cases.length) {
    row('Severity by context', d.cases[0] as string);
    for (const c of d.cases.slice(1)) row('', c);
  }
  row('Context it reads', d.context.length ? d.context.map((c) => CONTEXT_LABELS[c]).join(', ') : 'none');
  if (d.tags.length) row('Tags', d.tags.join(', '));
  if (d.aliases.length) row('Also known as', d.aliases.join(', '));
  row('Defined in', d.source);
  out.push('', 'Why', indent(d.rationale, '  '), '', 'Fix', indent(d.fix, '  '));
  if (d.references.length) {
    out.push('', 'References');
    for (const r of d.references) out.push(`  - ${r.title}`, `    ${r.url}`);
  }
  const ex = d.examples;
  if (ex.invalid) {
    out.push('', `Example (${ruleTestFolder(d.id)}/${ex.invalid.name}, run by the test suite)`);
    out.push(...exampleFilesText(ex.invalid, '  '));
    if (ex.invalid.output !== undefined) {
      out.push('', `  $ ${exampleCommand(ex.invalid)}    # this rule's findings`);
      out.push(indent(ex.invalid.output, '  '));
    }
  }
  if (ex.valid) {
    out.push('', `Passes (${ruleTestFolder(d.id)}/${ex.valid.name})`);
    out.push(...exampleFilesText(ex.valid, '  '));
  }
  if (d.kind === 'policy' && !ex.invalid && !ex.valid) out.push('', 'Example: none yet (the policy has no test fixtures).');
  return out.join('\n') + '\n';
}

export function explainJson(docs: RuleDoc[]): string {
  return JSON.stringify({ version: 1, rules: docs }, null, 2) + '\n';
}

export interface ListedRule {
  doc: RuleDoc;
  /** Severity set in the config file, when it differs from the rule's own. */
  configured?: string;
}

/** `--list-rules` as an aligned table. */
export function listRulesText(rules: ListedRule[]): string {
  const rows = rules.map((r) => [r.doc.id, r.configured ? `${r.doc.severity}->${r.configured}` : r.doc.severity, r.doc.context.map((c) => CONTEXT_SHORT[c]).join(', ') || '-', r.doc.title]);
  const header = ['RULE', 'SEVERITY', 'CONTEXT', 'TITLE'];
  const widths = [0, 1, 2].map((i) => Math.max(header[i]?.length ?? 0, ...rows.map((r) => r[i]?.length ?? 0)));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i < 3 ? c.padEnd(widths[i] ?? 0) : c))
      .join('  ')
      .trimEnd();
  const policies = rules.filter((r) => r.doc.kind === 'policy').length;
  return [fmt(header), ...rows.map(fmt), '', `${policies} policies, ${rules.length - policies} engine rules. sysctl-lint explain <rule> for details.`].join('\n') + '\n';
}

export function listRulesJson(rules: ListedRule[]): string {
  const out = rules.map((r) => ({
    id: r.doc.id,
    kind: r.doc.kind,
    title: r.doc.title,
    severity: r.doc.severity,
    ...(r.configured ? { configuredSeverity: r.configured } : {}),
    context: r.doc.context,
    appliesTo: r.doc.appliesTo,
    tags: r.doc.tags,
    aliases: r.doc.aliases,
    source: r.doc.source,
  }));
  return JSON.stringify({ version: 1, rules: out }, null, 2) + '\n';
}

function fence(text: string, lang = ''): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return [`${f}${lang}`, text.replace(/\r?\n$/, ''), f];
}

function exampleMarkdown(id: string, c: ExampleCase, label: string): string[] {
  const out: string[] = [`${label} — \`${ruleTestFolder(id)}/${c.name}\`${c.args.length ? ` (flags: \`${c.args.join(' ')}\`)` : ''}:`, ''];
  for (const f of c.files) {
    if (f.link !== undefined) out.push(`- \`${f.path}\` → \`${f.link}\``, '');
    else {
      out.push(`\`${f.path}\`:`, '');
      out.push(...fence(f.text ?? '', f.path.endsWith('.yaml') || f.path.endsWith('.yml') ? 'yaml' : 'ini'), '');
    }
  }
  if (c.output !== undefined) out.push(...fence(`$ ${exampleCommand(c)}\n${c.output}`, 'text'), '');
  return out;
}

/** docs/rules.md: an index table, then one section per rule with an explicit anchor. */
export function rulesMarkdown(docs: RuleDoc[]): string {
  const out: string[] = [];
  out.push('<!-- Generated from policies/ and test/policies/ by `npm run docs:rules`; do not edit by hand. -->', '');
  out.push('# sysctl-lint rules', '');
  out.push('Every rule sysctl-lint knows: the built-in policies (`policies/`), then the engine\'s own rules. Each example is a case the test suite runs (`test/policies/<rule>/`, `test/engine-rules/<name>/`), with the output it must produce. The same text is printed by `sysctl-lint explain <rule>`; change a rule\'s severity or turn it off in `.sysctl-lint.yaml` (`rules:`), or suppress one finding with `# sysctl-lint disable-next-line <rule> -- <reason>`.', '');
  out.push('| Rule | Severity | Context it reads | Title |', '| --- | --- | --- | --- |');
  for (const d of docs) out.push(`| [\`${d.id}\`](#${ruleAnchor(d.id)}) | ${d.severity} | ${d.context.map((c) => CONTEXT_SHORT[c]).join(', ') || '–'} | ${d.title.replace(/\|/g, '\\|')} |`);
  for (const d of docs) {
    out.push('', `<a id="${ruleAnchor(d.id)}"></a>`, '', `## ${d.id}`, '', `**${d.title}**`, '');
    out.push(`- Default severity: \`${d.severity}\``);
    out.push(`- Applies to: ${d.appliesTo}`);
    if (d.cases.length) {
      out.push('- Severity by context:');
      for (const c of d.cases) out.push(`  - ${c}`);
    }
    out.push(`- Context it reads: ${d.context.length ? d.context.map((c) => CONTEXT_LABELS[c]).join(', ') : 'none'}`);
    if (d.tags.length) out.push(`- Tags: ${d.tags.join(', ')}`);
    if (d.aliases.length) out.push(`- Also known as: ${d.aliases.map((a) => `\`${a}\``).join(', ')}`);
    out.push(`- Defined in: ${d.kind === 'policy' ? `[\`${d.source}\`](../${d.source})` : d.source}`, '');
    out.push('**Why.** ' + d.rationale, '', '**Fix.** ' + d.fix, '');
    if (d.references.length) {
      out.push('**References.**', '');
      for (const r of d.references) out.push(`- [${r.title}](${r.url})`);
      out.push('');
    }
    if (d.examples.invalid) out.push(...exampleMarkdown(d.id, d.examples.invalid, '**Example**'));
    if (d.examples.valid) out.push(...exampleMarkdown(d.id, d.examples.valid, '**Passes**'));
    if (d.kind === 'policy' && !d.examples.invalid && !d.examples.valid) out.push('_No example yet: the policy has no test fixtures._', '');
  }
  // Collapse runs of empty entries (never inside a fenced example, which is one entry).
  const lines = out.filter((l, i) => !(l === '' && out[i - 1] === ''));
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}
