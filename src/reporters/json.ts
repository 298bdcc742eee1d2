/**
 * `--format json`: the machine contract other tools rely on. Fields are only ever added.
 *   {"version": 1, "results": [{ruleId, severity, message, file, line, column, endLine,
 *    endColumn, key?, related: [{file, line, column, message}]}]}
 * Lines and columns are 1-based; endColumn is the column just after the last character.
 * Added later: `suppressed` (how many findings inline directives hid) and
 * `suppressedResults` (those findings, each with its `suppression`: kind, file, line, column,
 * reason, until?); `docsUrl` per result (the rule's section of the rules reference, absent for
 * user policies); `fingerprint` per result (stable across line moves, see src/baseline);
 * with a baseline, `baselined`, `baselinedResults` and `staleBaselineEntries`.
 */
import type { Finding } from '../core/finding';
import { PositionResolver, type ReportContext } from './context';
import { jsonText } from './escape';
import { ruleLinks } from './rule-docs';
import { reportFingerprints } from './fingerprint';

export function reportJson(ctx: ReportContext): string {
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
    };
  };
  const results = ctx.result.findings.map(toResult);
  const suppressed = ctx.result.suppressed ?? [];
  const suppressedResults = suppressed.map((s) => {
    const at = pos.resolve({ file: s.suppression.file, span: s.suppression.span });
    const { kind, file, reason, until } = s.suppression;
    return { ...toResult(s.finding), suppression: { kind, file, line: at.start.line, column: at.start.column, reason, ...(until ? { until } : {}) } };
  });
  const { baselined, staleBaselineEntries } = ctx.result;
  const baseline = baselined ? { baselined: baselined.length, baselinedResults: baselined.map(toResult), staleBaselineEntries: staleBaselineEntries ?? 0 } : {};
  return jsonText(JSON.stringify({ version: 1, results, suppressed: suppressed.length, suppressedResults, ...baseline }, null, 2)) + '\n';
}
