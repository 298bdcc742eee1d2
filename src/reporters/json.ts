/**
 * `--format json`: the machine contract other tools rely on. Fields are only ever added.
 *   {"version": 1, "results": [{ruleId, severity, message, file, line, column, endLine,
 *    endColumn, key?, related: [{file, line, column, message}]}]}
 * Lines and columns are 1-based; endColumn is the column just after the last character.
 */
import { PositionResolver, type ReportContext } from './context';

export function reportJson(ctx: ReportContext): string {
  const pos = new PositionResolver(ctx.result.sources);
  const results = ctx.result.findings.map((f) => {
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
    };
  });
  return JSON.stringify({ version: 1, results }, null, 2) + '\n';
}
