/**
 * The default human format: findings grouped by file, one `path:line:col severity message
 * rule-id` line each (clickable in terminals and editors), provenance as indented notes, an
 * optional code frame, and a summary line.
 */
import type { Finding, Severity } from '../core/finding';
import { palette, type Palette } from './colors';
import { PositionResolver, type ReportContext } from './context';

function sevLabel(s: Severity, c: Palette): string {
  return s === 'error' ? c.red('error') : s === 'warning' ? c.yellow('warning') : c.blue('info');
}

function frame(pos: PositionResolver, f: Finding, c: Palette): string[] {
  // No text to show: an unread file (too large, not a regular file), or one that changed since.
  if (!pos.hasText(f.location.file)) return [];
  const r = pos.resolve(f.location);
  const lineText = pos.lineText(f.location.file, r.start.line);
  const gutter = String(r.start.line);
  const pad = ' '.repeat(gutter.length);
  const endCol = r.end.line === r.start.line ? r.end.column : lineText.length + 1;
  const width = Math.max(1, endCol - r.start.column);
  // Tabs before the marker keep their width so the carets line up under the key.
  const lead = lineText.slice(0, r.start.column - 1).replace(/[^\t]/g, ' ');
  return [`  ${c.dim(gutter + ' |')} ${lineText}`, `  ${c.dim(pad + ' |')} ${lead}${c.red('^'.repeat(width))}`];
}

export function reportText(ctx: ReportContext): string {
  const c = palette(ctx.color);
  const pos = new PositionResolver(ctx.result.sources);
  const out: string[] = [];
  let current: string | undefined;
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of ctx.result.findings) {
    counts[f.severity]++;
    if (f.location.file !== current) {
      if (current !== undefined) out.push('');
      out.push(c.underline(f.location.file));
      current = f.location.file;
    }
    const r = pos.resolve(f.location);
    out.push(`${f.location.file}:${r.start.line}:${r.start.column} ${sevLabel(f.severity, c)} ${f.message} ${c.dim(f.ruleId)}`);
    if (ctx.codeFrame) out.push(...frame(pos, f, c));
    for (const rel of f.related) {
      const rr = pos.resolve(rel.location);
      out.push(`  ${c.dim('note:')} ${rel.location.file}:${rr.start.line}:${rr.start.column} ${rel.message}`);
    }
  }
  const total = counts.error + counts.warning + counts.info;
  // Findings hidden by inline suppressions are counted, never silently dropped (issue 5).
  const suppressed = ctx.result.suppressed?.length ?? 0;
  const baselined = ctx.result.baselined?.length ?? 0;
  const hidden = `${suppressed ? `, ${suppressed} suppressed` : ''}${baselined ? `, ${baselined} in the baseline` : ''}`;
  const stale = ctx.result.staleBaselineEntries ?? 0;
  const staleLine = stale ? [c.dim(`${stale} baseline ${stale === 1 ? 'entry matches' : 'entries match'} no finding any more (--prune-baseline removes them)`)] : [];
  if (total === 0) return suppressed || baselined || stale ? [...(suppressed || baselined ? [c.dim(`0 problems${hidden} (--format json lists them${suppressed ? ' with their reasons' : ''})`)] : []), ...staleLine].join('\n') + '\n' : '';
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  out.push('', c.bold(`${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)${hidden}`), ...staleLine);
  return out.join('\n') + '\n';
}
