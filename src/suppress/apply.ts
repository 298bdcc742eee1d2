/**
 * Applies suppression directives to the findings of a run, after evaluation and before
 * reporting. Directives are collected from the text of every linted file while it is read
 * (the text is dropped afterwards), so unused directives are found in files without findings.
 */
import type { RuleLookup } from '../core/engine-rule';
import type { Finding, RuleId, Severity } from '../core/finding';
import { LineIndex, type Span } from '../core/span';
import { parseDirectives, type Directive, type DirectiveKind } from './directives';
import { SUPPRESSION_RULE_IDS, SUPPRESSION_RULES } from './rules';

/** A finding a directive suppressed, and the directive that did. */
export interface SuppressedFinding {
  finding: Finding;
  suppression: { kind: DirectiveKind; file: string; span: Span; reason: string; until?: string };
}

interface FileDirectives {
  file: string;
  realFile: string;
  isSymlink: boolean;
  directives: Directive[];
  lines: LineIndex;
}

/** Directives per file, gathered while files are read. */
export class DirectiveIndex {
  private readonly byFile = new Map<string, FileDirectives>();

  observe(file: string, text: string, realFile = file, isSymlink = false): void {
    const directives = parseDirectives(text);
    if (directives.length === 0) return;
    this.byFile.set(file, { file, realFile, isSymlink, directives, lines: new LineIndex(text) });
  }

  get(file: string): FileDirectives | undefined {
    return this.byFile.get(file);
  }

  files(): FileDirectives[] {
    return [...this.byFile.values()];
  }
}

export interface SuppressOptions {
  catalog: RuleLookup;
  /** Today as YYYY-MM-DD: a directive with until=D works through D. */
  today: string;
  /** Whether a rule runs for a file at all (enabled, not off in the config): unused directives for other rules are not reported. */
  isActive(ruleId: string, file: string): boolean;
}

export interface SuppressResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** Findings about the directives themselves (engine rules sysctl-lint/suppression-*). */
  directiveFindings: Finding[];
}

interface ActiveRule {
  fd: FileDirectives;
  directive: Directive;
  ruleId: RuleId;
  span: Span;
  used: boolean;
}

/** Local calendar date, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

function directiveText(d: Directive): string {
  return `sysctl-lint ${d.kind} ${d.rules.map((r) => r.id).join(', ')}`;
}

export function applySuppressions(findings: Finding[], index: DirectiveIndex, opts: SuppressOptions): SuppressResult {
  const directiveFindings: Finding[] = [];
  const files = index.files();
  // A file reached through a symlink and its target carry the same directives: report on them
  // once, at the path that is not a link.
  const reportAt = new Map<string, string>();
  for (const fd of files) {
    const prev = reportAt.get(fd.realFile);
    if (prev === undefined || (!fd.isSymlink && index.get(prev)?.isSymlink)) reportAt.set(fd.realFile, fd.file);
  }
  const reports = (fd: FileDirectives) => reportAt.get(fd.realFile) === fd.file;
  const meta = (fd: FileDirectives, ruleId: RuleId, severity: Severity, span: Span, message: string) => {
    if (reports(fd)) directiveFindings.push({ ruleId, severity, message, location: { file: fd.file, span }, related: [] });
  };

  const active: ActiveRule[] = [];
  for (const fd of files) {
    for (const d of fd.directives) {
      if (d.malformed) {
        meta(fd, SUPPRESSION_RULES.invalid.id, 'warning', d.malformed.span, `invalid suppression: ${d.malformed.message}; it suppresses nothing`);
        continue;
      }
      if (!d.reason) {
        meta(fd, SUPPRESSION_RULES.missingReason.id, 'warning', d.span, `suppression without a reason: add " -- <why>" after the rule ids (${directiveText(d)} suppresses nothing until it says why)`);
        continue;
      }
      if (d.until && d.until.date < opts.today) {
        meta(fd, SUPPRESSION_RULES.expired.id, 'warning', d.until.span, `suppression of ${d.rules.map((r) => r.id).join(', ')} expired on ${d.until.date} (reason given: ${d.reason}); the findings it hid are reported again`);
        continue;
      }
      for (const r of d.rules) {
        if (SUPPRESSION_RULE_IDS.includes(r.id)) {
          meta(fd, SUPPRESSION_RULES.invalid.id, 'warning', r.span, `${r.id} cannot be suppressed by a directive: set its severity in .sysctl-lint.yaml (rules:)`);
          continue;
        }
        const canonical = opts.catalog.canonical(r.id);
        if (!canonical) {
          const near = opts.catalog.closest(r.id);
          meta(fd, SUPPRESSION_RULES.unknownRule.id, 'warning', r.span, `unknown rule "${r.id}" in suppression${near.length ? `; did you mean ${near.join(', ')}?` : ''}`);
          continue;
        }
        active.push({ fd, directive: d, ruleId: canonical, span: r.span, used: false });
      }
    }
  }

  const byFile = new Map<string, ActiveRule[]>();
  for (const a of active) {
    const list = byFile.get(a.fd.file) ?? [];
    list.push(a);
    byFile.set(a.fd.file, list);
  }
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const candidates = byFile.get(f.location.file);
    const fd = candidates?.[0]?.fd;
    if (!candidates || !fd) {
      kept.push(f);
      continue;
    }
    const line = fd.lines.position(f.location.span.start).line;
    const matching = candidates.filter((a) => a.ruleId === f.ruleId && (a.directive.kind === 'disable' || a.directive.targetLine === line));
    if (matching.length === 0) {
      kept.push(f);
      continue;
    }
    for (const m of matching) m.used = true;
    // The closest directive explains the suppression: a line directive over a file-wide one.
    const by = matching.find((m) => m.directive.kind === 'disable-next-line') ?? (matching[0] as ActiveRule);
    suppressed.push({
      finding: f,
      suppression: { kind: by.directive.kind, file: fd.file, span: by.directive.span, reason: by.directive.reason ?? '', ...(by.directive.until ? { until: by.directive.until.date } : {}) },
    });
  }

  // Unused: per directive rule of the file behind the path (a symlink and its target share them).
  const usedKeys = new Set(active.filter((a) => a.used).map((a) => `${a.fd.realFile}\0${a.span.start}`));
  for (const a of active) {
    if (a.used || usedKeys.has(`${a.fd.realFile}\0${a.span.start}`) || !reports(a.fd)) continue;
    if (!opts.isActive(a.ruleId, a.fd.file)) continue;
    const where = a.directive.kind === 'disable' ? 'in this file' : `on line ${a.directive.targetLine}`;
    meta(a.fd, SUPPRESSION_RULES.unused.id, 'info', a.span, `unused suppression: no ${a.ruleId} finding ${where}; delete the directive`);
  }
  return { findings: kept, suppressed, directiveFindings };
}
