/**
 * `--format gitlab`: GitLab Code Quality (`artifacts: reports: codequality:`), the subset of the
 * Code Climate issue format GitLab reads: an array of issues, each with `description`,
 * `check_name`, `fingerprint`, `severity` (info | minor | major | critical | blocker) and
 * `location` {path relative to the repository, lines.begin}. GitLab validates every issue
 * against its own schema and drops issues whose fingerprint it has seen in the report already,
 * so the fingerprint is the baseline one (stable across line moves) made unique per occurrence:
 * the n-th finding with the same fingerprint (the same rule, file, key and line text) gets a
 * hash of it and n.
 */
import { sha256 } from '../core/sha256';
import type { Severity } from '../core/finding';
import { PositionResolver, type ReportContext } from './context';
import { jsonText } from './escape';
import { reportFingerprints } from './fingerprint';
import { findSourceRoot, RepoPaths } from './repo-paths';
import { ruleLinks } from './rule-docs';

/**
 * GitLab ranks issues by these in the merge request widget. Errors are `major` (not `critical`
 * or `blocker`, which Code Climate keeps for security and breaking problems a linter of settings
 * cannot assert), as ESLint's and Ruff's GitLab formats map them.
 */
const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

interface CodeQualityIssue {
  type: 'issue';
  check_name: string;
  description: string;
  content?: { body: string };
  categories: string[];
  severity: 'major' | 'minor' | 'info';
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

/** Makes fingerprints unique within one report: repeats get a hash of the fingerprint and their index. */
export function uniqueFingerprints(): (fingerprint: string) => string {
  const seen = new Map<string, number>();
  return (fp) => {
    const n = seen.get(fp) ?? 0;
    seen.set(fp, n + 1);
    return n === 0 ? fp : sha256(`${fp}\0${n}`).toString('hex').slice(0, 32);
  };
}

export function reportGitlab(ctx: ReportContext): string {
  const pos = new PositionResolver(ctx.result.sources);
  const paths = new RepoPaths(ctx.cwd, ctx.sourceRoot ?? findSourceRoot(ctx.cwd));
  const fingerprint = reportFingerprints(ctx);
  const unique = uniqueFingerprints();
  const docsUrl = ruleLinks(ctx);
  const issues = ctx.result.findings.map((f): CodeQualityIssue => {
    const r = pos.resolve(f.location);
    const body = [
      ...f.related.map((rel) => `${paths.display(rel.location.file)}:${pos.resolve(rel.location).start.line}: ${rel.message}`),
      ...(f.fix ? [`${f.fix.safe ? 'Fix' : 'Suggestion'}: ${f.fix.description}`] : []),
      ...(docsUrl(f.ruleId) ? [`Docs: ${docsUrl(f.ruleId)}`] : []),
    ];
    return {
      type: 'issue',
      check_name: f.ruleId,
      description: f.message,
      ...(body.length ? { content: { body: body.join('\n\n') } } : {}),
      categories: ['Bug Risk'],
      severity: SEVERITY[f.severity],
      fingerprint: unique(fingerprint(f).fingerprint),
      // Lines end where the span ends, without counting the line break after its last character.
      location: { path: paths.display(f.location.file), lines: { begin: r.start.line, end: r.end.column === 1 && r.end.line > r.start.line ? r.end.line - 1 : r.end.line } },
    };
  });
  return jsonText(JSON.stringify(issues, null, 2)) + '\n';
}
