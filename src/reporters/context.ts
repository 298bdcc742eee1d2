import { RecentValues } from '../core/memo';
import { LineIndex, type Location, type Position } from '../core/span';
import type { LintResult } from '../result';
import { TEXTS_READ_BACK, type SourceStore } from '../inputs/source-store';

export interface ReportContext {
  result: LintResult;
  cwd: string;
  toolVersion: string;
  color: boolean;
  codeFrame: boolean;
  // --- delivery: SARIF and GitHub ---
  /** Directory that SARIF URIs and annotation paths are relative to (default: found from cwd). */
  sourceRoot?: string;
  /** Settings of `--format github` and the job summary. */
  github?: GithubReportOptions;
  /** Base URL of the rules reference (docs/rules.md); default: the one of this version (src/rules/links.ts). */
  docsBaseUrl?: string;
}

export interface GithubReportOptions {
  /** Annotations per severity before the rest is summed up in one notice (default 10). */
  annotationLimit?: number;
  /** GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA: summary rows link to the lines. */
  serverUrl?: string;
  repository?: string;
  sha?: string;
  /** Byte budget of the job summary (default 900 KiB; GitHub rejects more than 1 MiB per step). */
  summaryBudget?: number;
}

export interface ResolvedRange {
  start: Position;
  /** Position just after the last character (exclusive end), as SARIF counts it. */
  end: Position;
}

/**
 * The one place where spans become lines and columns. Line indexes are built lazily per file
 * and only for files that have findings.
 */
export class PositionResolver {
  /** The line indexes of the files asked for last, as many as {@link SourceStore} keeps texts: findings come sorted by file. */
  private readonly indexes = new RecentValues<LineIndex>(TEXTS_READ_BACK);
  constructor(private readonly sources: SourceStore) {}

  private index(file: string): LineIndex {
    return this.indexes.get(file, (f) => new LineIndex(this.sources.get(f)));
  }

  resolve(loc: Location): ResolvedRange {
    const idx = this.index(loc.file);
    const start = idx.position(loc.span.start);
    const end = idx.position(Math.max(loc.span.end, loc.span.start));
    return { start, end };
  }

  lineCount(file: string): number {
    return this.index(file).lineCount;
  }

  hasText(file: string): boolean {
    return this.sources.get(file) !== '';
  }

  lineText(file: string, line: number): string {
    const text = this.sources.get(file);
    const idx = this.index(file);
    const from = idx.lineStart(line);
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    return text.slice(from, to).replace(/\r$/, '');
  }
}
