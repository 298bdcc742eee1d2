/**
 * `--format github`: findings as GitHub Actions annotations, and the Markdown job summary.
 *
 * GitHub keeps at most 10 annotations per severity in a step and silently drops the rest, so
 * at most `annotationLimit` (default 10) are printed per severity, errors first, followed by
 * one notice that counts the others; the job summary lists every finding (within a byte budget,
 * since GitHub rejects summaries over 1 MiB per step). Paths are repository-relative, so the
 * annotations land on the pull request's diff.
 */
import { SEVERITY_RANK, type Finding, type Severity } from '../core/finding';
import { PositionResolver, type ReportContext, type ResolvedRange } from './context';
import { encodeRelativeUri, findSourceRoot, RepoPaths } from './repo-paths';
import { collectRuleDocs, ruleLinks } from './rule-docs';
import { annotationCommand } from './workflow-commands';
import { logText, markdownCell } from './escape';

const DEFAULT_ANNOTATION_LIMIT = 10;
const DEFAULT_SUMMARY_BUDGET = 900 * 1024;

const ANNOTATION_LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

function bySeverity(findings: Finding[]): Finding[] {
  // Array.prototype.sort is stable: within a severity the findings keep file and line order.
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
}

function countBy(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

function describeCounts(c: Record<Severity, number>): string {
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info`;
}

/** How many findings of each severity become annotations. */
export function annotationQuota(counts: Record<Severity, number>, limit: number): Record<Severity, number> {
  const n = Math.max(0, limit);
  const overflow = SEVERITIES.some((s) => counts[s] > n);
  // The closing notice is itself a notice annotation: keep a slot free for it.
  const infoSlots = overflow ? Math.max(0, n - 1) : n;
  return { error: Math.min(counts.error, n), warning: Math.min(counts.warning, n), info: Math.min(counts.info, infoSlots) };
}

export function reportGithub(ctx: ReportContext): string {
  const pos = new PositionResolver(ctx.result.sources);
  const paths = new RepoPaths(ctx.cwd, ctx.sourceRoot ?? findSourceRoot(ctx.cwd));
  const findings = bySeverity(ctx.result.findings);
  const counts = countBy(findings);
  const quota = annotationQuota(counts, ctx.github?.annotationLimit ?? DEFAULT_ANNOTATION_LIMIT);
  const used: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const docsUrl = ruleLinks(ctx);
  const lines: string[] = [];
  const rest: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    if (used[f.severity] >= quota[f.severity]) {
      rest[f.severity]++;
      continue;
    }
    used[f.severity]++;
    const r = pos.resolve(f.location);
    const oneLine = r.start.line === r.end.line && f.location.span.end > f.location.span.start;
    const notes = f.related.map((rel) => {
      const rr = pos.resolve(rel.location);
      return logText(`${rel.message} (${paths.display(rel.location.file)}:${rr.start.line}:${rr.start.column})`);
    });
    const docs = docsUrl(f.ruleId);
    lines.push(
      // Each part log-safe (the runner echoes annotations into the log); the line breaks between them are ours.
      annotationCommand(ANNOTATION_LEVEL[f.severity], [logText(f.message), ...notes, ...(docs ? [`Docs: ${docs}`] : [])].join('\n'), {
        title: logText(f.ruleId),
        file: logText(paths.display(f.location.file)),
        startLine: r.start.line,
        endLine: r.end.line,
        // GitHub rejects columns on an annotation that spans several lines.
        startColumn: oneLine ? r.start.column : undefined,
        endColumn: oneLine ? r.end.column : undefined,
      }),
    );
  }
  const hidden = rest.error + rest.warning + rest.info;
  if (hidden > 0) {
    lines.push(
      annotationCommand(
        'notice',
        `${plural(hidden, 'more finding')} (${describeCounts(rest)}) not shown as annotations: at most ${ctx.github?.annotationLimit ?? DEFAULT_ANNOTATION_LIMIT} are printed per severity (GitHub shows 10 per severity in a step). The job summary lists them all.`,
        { title: 'sysctl-lint' },
      ),
    );
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

const cell = markdownCell;

/** A rule id as code (ids are `[a-z0-9/-]`; anything else is shown escaped rather than as code). */
function ruleCode(id: string): string {
  return /^[\w./-]+$/.test(id) ? `\`${id}\`` : markdownCell(id);
}

function lineAnchor(r: ResolvedRange): string {
  return r.end.line > r.start.line ? `#L${r.start.line}-L${r.end.line}` : `#L${r.start.line}`;
}

/** The job summary: counts per rule and severity, then one row per finding with a link to its line. */
export function renderJobSummary(ctx: ReportContext): string {
  const { result } = ctx;
  const budget = ctx.github?.summaryBudget ?? DEFAULT_SUMMARY_BUDGET;
  const pos = new PositionResolver(result.sources);
  const paths = new RepoPaths(ctx.cwd, ctx.sourceRoot ?? findSourceRoot(ctx.cwd));
  const gh = ctx.github;
  const blobBase = gh?.serverUrl && gh.repository && gh.sha ? `${gh.serverUrl.replace(/\/$/, '')}/${gh.repository}/blob/${gh.sha}/` : undefined;
  const findings = bySeverity(result.findings);
  const counts = countBy(findings);
  const total = findings.length;
  const files = new Set(findings.map((f) => f.location.file)).size;

  const out: string[] = ['## sysctl-lint', ''];
  if (total === 0) out.push(`No problems found (${plural(result.stats.filesLinted, 'file')} checked).`, '');
  else out.push(`**${plural(total, 'problem')}** (${describeCounts(counts)}) in ${plural(files, 'file')}; ${plural(result.stats.filesLinted, 'file')} checked.`, '');
  if (result.baselined) {
    const stale = result.staleBaselineEntries ?? 0;
    out.push(`${plural(result.baselined.length, 'known finding')} in the baseline not listed${stale ? `; ${plural(stale, 'baseline entry', 'baseline entries')} no longer ${stale === 1 ? 'matches' : 'match'} (\`--prune-baseline\` removes ${stale === 1 ? 'it' : 'them'})` : ''}.`, '');
  }

  const trouble = [...result.problems.map((p) => `invalid policy ${p.file}: ${p.message}`), ...result.inputErrors.map((e) => `${e.path}: ${e.message}`)];
  if (trouble.length) {
    out.push(`**${plural(trouble.length, 'configuration or input error')}** (exit code 2): not everything was checked.`, '');
    for (const t of trouble) out.push(`- ${cell(t)}`);
    out.push('');
  }

  if (total > 0) {
    const titles = new Map(collectRuleDocs(result.policies, findings.map((f) => f.ruleId)).map((d) => [d.id, d.title]));
    const docsUrl = ruleLinks(ctx);
    // Parentheses would end a Markdown link destination early.
    const ruleCell = (id: string) => (docsUrl(id) ? `[${ruleCode(id)}](${docsUrl(id)?.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : ruleCode(id));
    const perRule = new Map<string, Record<Severity, number>>();
    for (const f of findings) {
      const c = perRule.get(f.ruleId) ?? { error: 0, warning: 0, info: 0 };
      c[f.severity]++;
      perRule.set(f.ruleId, c);
    }
    const ruleRows = [...perRule.entries()].sort(([a, x], [b, y]) => y.error - x.error || y.warning - x.warning || y.info - x.info || (a < b ? -1 : 1));
    out.push('| Rule | Errors | Warnings | Info |', '| :--- | ---: | ---: | ---: |');
    for (const [id, c] of ruleRows) out.push(`| ${ruleCell(id)} ${cell(titles.get(id) ?? '')} | ${c.error} | ${c.warning} | ${c.info} |`);
    out.push(`| **Total** | ${counts.error} | ${counts.warning} | ${counts.info} |`, '');

    out.push('### Findings', '', '| Severity | Location | Rule | Message |', '| :--- | :--- | :--- | :--- |');
    let text = out.join('\n') + '\n';
    let size = Buffer.byteLength(text);
    const footerReserve = 256;
    let listed = 0;
    for (const f of findings) {
      const r = pos.resolve(f.location);
      const shown = paths.display(f.location.file);
      const label = cell(`${shown}:${r.start.line}:${r.start.column}`);
      const rel = paths.resolve(f.location.file).relative;
      const where = blobBase && rel ? `[${label}](${blobBase}${encodeRelativeUri(rel)}${lineAnchor(r)})` : label;
      const notes = f.related.map((x) => {
        const rr = pos.resolve(x.location);
        return `\n${x.message} (${paths.display(x.location.file)}:${rr.start.line}:${rr.start.column})`;
      });
      const row = `| ${f.severity} | ${where} | ${ruleCode(f.ruleId)} | ${cell(f.message + notes.join(''))} |\n`;
      const rowSize = Buffer.byteLength(row);
      if (size + rowSize + footerReserve > budget) break;
      text += row;
      size += rowSize;
      listed++;
    }
    if (listed < total) text += `\n_${plural(total - listed, 'more finding')} not listed to keep this summary within GitHub's size limit: see the SARIF or JSON report._\n`;
    return text;
  }
  return out.join('\n') + '\n';
}
