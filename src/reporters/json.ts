/**
 * `--format json`: the machine contract other tools rely on. Fields are only ever added.
 *   {"version": 1, "results": [{ruleId, severity, message, file, line, column, endLine,
 *    endColumn, key?, related: [{file, line, column, message}]}]}
 * Lines and columns are 1-based; endColumn is the column just after the last character.
 * Added later: `suppressed` (how many findings inline directives hid) and
 * `suppressedResults` (those findings, each with its `suppression`: kind, file, line, column,
 * reason, until?); `docsUrl` per result (the rule's section of the rules reference, absent for
 * user policies); `fingerprint` per result (stable across line moves, see src/baseline);
 * with a baseline, `baselined`, `baselinedResults` and `staleBaselineEntries`; `fixable` per
 * result (a fix sysctl-lint can make), with `fix` ({description, safe, edits: [{file, line,
 * column, endLine, endColumn, text}]}: `safe` fixes are applied by --fix, the others are
 * suggestions) or `notFixable` (why a fix the rule has cannot be made there).
 */
import type { Finding } from '../core/finding';
import type { LintResult } from '../result';
import { PositionResolver, type ReportContext } from './context';
import { jsonText } from './escape';
import { ruleLinks } from './rule-docs';
import { reportFingerprints } from './fingerprint';
import { writeJsonArray, type ReportSink } from './sink';

/** Writes the report result by result (see sink.ts); the text is what one JSON.stringify of the whole document gives. */
export function writeJsonReport(ctx: ReportContext, write: ReportSink): void {
  const pos = new PositionResolver(ctx.result.sources);
  const docsUrl = ruleLinks(ctx);
  const fingerprint = reportFingerprints(ctx);
  const toResult = (f: Finding) => {
    const r = pos.resolve(f.location);
    return {
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.location.file,
      line: r.start.line,
      column: r.start.column,
      endLine: r.end.line,
      endColumn: r.end.column,
      ...(f.key !== undefined ? { key: f.key } : {}),
      related: f.related.map((rel) => {
        const rr = pos.resolve(rel.location);
        return { file: rel.location.file, line: rr.start.line, column: rr.start.column, message: rel.message };
      }),
      ...(docsUrl(f.ruleId) ? { docsUrl: docsUrl(f.ruleId) } : {}),
      fingerprint: fingerprint(f).fingerprint,
      fixable: f.fix !== undefined,
      ...(f.fix
        ? {
            fix: {
              description: f.fix.description,
              safe: f.fix.safe,
              edits: f.fix.edits.map((e) => {
                const at = pos.resolve(e);
                return { file: e.file, line: at.start.line, column: at.start.column, endLine: at.end.line, endColumn: at.end.column, text: e.text };
              }),
            },
          }
        : {}),
      ...(f.notFixable ? { notFixable: f.notFixable } : {}),
    };
  };
  const suppressedResult = (s: NonNullable<LintResult['suppressed']>[number]) => {
    const at = pos.resolve({ file: s.suppression.file, span: s.suppression.span });
    const { kind, file, reason, until } = s.suppression;
    return { ...toResult(s.finding), suppression: { kind, file, line: at.start.line, column: at.start.column, reason, ...(until ? { until } : {}) } };
  };
  const suppressed = ctx.result.suppressed ?? [];
  const { baselined, staleBaselineEntries } = ctx.result;
  // Keys in the order of the contract's document: version, results, suppressed, suppressedResults, then the baseline's.
  write('{\n  "version": 1,\n  "results": ');
  writeJsonArray(write, ctx.result.findings, 1, toResult, jsonText);
  write(`,\n  "suppressed": ${suppressed.length},\n  "suppressedResults": `);
  writeJsonArray(write, suppressed, 1, suppressedResult, jsonText);
  if (baselined) {
    write(`,\n  "baselined": ${baselined.length},\n  "baselinedResults": `);
    writeJsonArray(write, baselined, 1, toResult, jsonText);
    write(`,\n  "staleBaselineEntries": ${staleBaselineEntries ?? 0}`);
  }
  write('\n}\n');
}
