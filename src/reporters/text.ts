/**
 * The default human format, laid out as ESLint's stylish formatter (see reportText).
 */
import type { Finding, Severity } from '../core/finding';
import { palette, type Palette } from './colors';
import { PositionResolver, type ReportContext } from './context';
import { logLineStartPath, logText } from './escape';
import { collectReport, type ReportSink } from './sink';

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
  // The line as the log may show it (control characters escaped), the carets under the same
  // characters; tabs before the marker keep their width.
  const before = logText(lineText.slice(0, r.start.column - 1));
  const marked = logText(lineText.slice(r.start.column - 1, Math.max(r.start.column, endCol) - 1));
  const shown = before + marked + logText(lineText.slice(Math.max(r.start.column, endCol) - 1));
  const width = Math.max(1, marked.length);
  const lead = before.replace(/[^\t]/g, ' ');
  return [`  ${c.dim(gutter + ' |')} ${shown}`, `  ${c.dim(pad + ' |')} ${lead}${c.red('^'.repeat(width))}`];
}

/** Messages longer than this are split into a first line and detail lines. */
const SHORT_MESSAGE = 90;
/** Rule ids are aligned after first lines up to this width. */
const ALIGN_LIMIT = 72;
/** A head shorter than this is too short to stand alone (`net.ipv4.x: "..." carries ...`). */
const MIN_HEAD = 40;

/**
 * A long message as a short first line and detail lines, with every word kept: the head ends at
 * the first top-level `: ` or `; ` after a few words, or before a closing parenthesised remark;
 * the rest is split at top-level `; `. Parentheses and double quotes are respected.
 */
export function splitMessage(message: string): { head: string; details: string[] } {
  if (message.length <= SHORT_MESSAGE) return { head: message, details: [] };
  const cuts: Array<{ at: number; sep: string }> = [];
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ';' || ch === ':') && message[i + 1] === ' ') cuts.push({ at: i, sep: ch });
  }
  const first = cuts.find((c) => c.at >= MIN_HEAD);
  let head = first ? message.slice(0, first.at) : message;
  const rest = first ? message.slice(first.at + 2) : '';
  const details: string[] = [];
  // A remark in parentheses closing the head: `... behind NAT (kernel version unknown: ...)`.
  if (head.endsWith(')')) {
    let d = 0;
    for (let i = head.length - 1; i >= 0; i--) {
      if (head[i] === ')') d++;
      else if (head[i] === '(' && --d === 0) {
        if (i >= MIN_HEAD && head[i - 1] === ' ') {
          details.push(head.slice(i + 1, -1));
          head = head.slice(0, i - 1);
        }
        break;
      }
    }
  }
  if (rest) {
    let part = '';
    depth = 0;
    quoted = false;
    for (let i = 0; i < rest.length; i++) {
      const ch = rest[i] as string;
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === '(') depth++;
      else if (!quoted && ch === ')') depth = Math.max(0, depth - 1);
      if (!quoted && depth === 0 && ch === ';' && rest[i + 1] === ' ') {
        details.push(part);
        part = '';
        i++;
      } else part += ch;
    }
    details.push(part);
  }
  return { head, details: details.filter((d) => d !== '') };
}

/**
 * ESLint's stylish layout: each file's path once, then one row per finding with its line and
 * column, severity, message and rule id in aligned columns; long messages continue on detail
 * lines, overridden assignments and other related locations on `note:` lines (with their full
 * path, clickable), a fix or suggestion on a `fix:` or `suggestion:` line, then the code frame; a summary at the end. Colour only when asked for
 * (a terminal, --color, FORCE_COLOR).
 */
export function reportText(ctx: ReportContext): string {
  return collectReport(writeTextReport, ctx);
}

/** Writes the report file by file (see sink.ts). */
export function writeTextReport(ctx: ReportContext, write: ReportSink): void {
  const c = palette(ctx.color);
  const pos = new PositionResolver(ctx.result.sources);
  const line = (l: string) => write(l + '\n');
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byFile = new Map<string, Finding[]>();
  for (const f of ctx.result.findings) {
    counts[f.severity]++;
    const list = byFile.get(f.location.file);
    if (list) list.push(f);
    else byFile.set(f.location.file, [f]);
  }
  const total = counts.error + counts.warning + counts.info;
  // Findings hidden by inline suppressions or a baseline are counted, never silently dropped.
  const suppressed = ctx.result.suppressed?.length ?? 0;
  const baselined = ctx.result.baselined?.length ?? 0;
  const hidden = `${suppressed ? `, ${suppressed} suppressed` : ''}${baselined ? `, ${baselined} in the baseline` : ''}`;
  const stale = ctx.result.staleBaselineEntries ?? 0;
  const staleLine = stale ? [c.dim(`${stale} baseline ${stale === 1 ? 'entry matches' : 'entries match'} no finding any more (--prune-baseline removes them)`)] : [];
  if (total === 0) {
    if (suppressed || baselined) line(c.dim(`0 problems${hidden} (--format json lists them${suppressed ? ' with their reasons' : ''})`));
    staleLine.forEach(line);
    return;
  }
  let firstFile = true;
  for (const [file, findings] of byFile) {
    if (!firstFile) line('');
    firstFile = false;
    line(c.underline(logLineStartPath(file)));
    const rows = findings.map((f) => {
      const r = pos.resolve(f.location);
      return { f, at: `${r.start.line}:${r.start.column}`, msg: splitMessage(logText(f.message)) };
    });
    const wAt = Math.max(...rows.map((r) => r.at.length));
    const wSev = Math.max(...rows.map((r) => r.f.severity.length));
    // Rule ids line up after messages of ordinary length; a longer first line just pushes its rule id out.
    const wHead = Math.min(ALIGN_LIMIT, Math.max(...rows.map((r) => r.msg.head.length)));
    const indent = ' '.repeat(2 + wAt + 2 + wSev + 2);
    for (const { f, at, msg } of rows) {
      line(`  ${c.dim(at.padEnd(wAt))}  ${sevLabel(f.severity, c)}${' '.repeat(wSev - f.severity.length)}  ${msg.head.padEnd(wHead)}  ${c.dim(logText(f.ruleId))}`);
      for (const d of msg.details) line(`${indent}${d}`);
      for (const rel of f.related) {
        const rr = pos.resolve(rel.location);
        line(`${indent}${c.dim('note:')} ${logText(rel.location.file)}:${rr.start.line}:${rr.start.column} ${logText(rel.message)}`);
      }
      if (f.fix) line(`${indent}${c.dim(f.fix.safe ? 'fix:' : 'suggestion:')} ${logText(f.fix.description)}${f.fix.safe ? '' : ' (not applied by --fix)'}`);
      if (ctx.codeFrame) for (const l of frame(pos, f, c)) line(`  ${l}`);
    }
  }
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  const tone = counts.error ? c.red : counts.warning ? c.yellow : c.blue;
  line('');
  line(tone(c.bold(`\u2716 ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info)${hidden}`)));
  staleLine.forEach(line);
  const fixable = ctx.result.findings.filter((f) => f.fix?.safe).length;
  if (fixable) line(tone(`  ${plural(fixable, 'problem')} potentially fixable with the --fix option (--fix-dry-run shows the changes)`));
}
