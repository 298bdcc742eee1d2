/**
 * Lints a temporary tree and lists findings as `file:line:col rule-id key` with the text each
 * finding spans, for source tests that check exact positions in several files.
 */
import fs from 'node:fs';
import { LineIndex } from '../../src/core/span';
import { lint, type LintOptions, type LintResult } from '../../src/lint';
import { tmpTree } from './tmp-tree';

export interface TreeRun {
  result: LintResult;
  dir: string;
  /** `file:line:col rule-id[ key]`, in report order. */
  list: string[];
  /** The text each finding of `rule` spans. */
  at: (rule: string) => string[];
}

export function lintTree(files: Record<string, string>, opts: { only?: string[]; paths?: string[]; args?: Partial<LintOptions> } = {}): TreeRun {
  const dir = tmpTree(files, 'sl-provision-');
  const result = lint({ paths: opts.paths ?? ['.'], cwd: dir, ruleFilter: opts.only ? (id) => opts.only!.includes(id) : undefined, ...opts.args });
  const text = (f: string) => (files[f] ?? (fs.existsSync(`${dir}/${f}`) ? fs.readFileSync(`${dir}/${f}`, 'utf8') : ''));
  const list = result.findings.map((f) => {
    const p = new LineIndex(text(f.location.file)).position(f.location.span.start);
    return `${f.location.file}:${p.line}:${p.column} ${f.ruleId}${f.key ? ` ${f.key}` : ''}`;
  });
  const at = (rule: string) => result.findings.filter((f) => f.ruleId === rule).map((f) => text(f.location.file).slice(f.location.span.start, f.location.span.end));
  return { result, dir, list, at };
}
