/**
 * Finding fingerprints that survive unrelated edits and line moves: a hash of the rule, the
 * repository-relative file, the sysctl key and the text of the line the finding starts on with
 * its whitespace normalised, never the line number or the message (messages name context such
 * as the kernel version, which may change without the finding changing). Baselines and SARIF
 * `partialFingerprints` use them.
 */
import { sha256 } from '../core/sha256';
import type { Finding } from '../core/finding';
import { PositionResolver, type ReportContext } from './context';
import { findSourceRoot, RepoPaths } from './repo-paths';
import type { SourceStore } from '../inputs/source-store';

/** The SARIF `partialFingerprints` property name (`<name>/v<version>`). */
export const FINGERPRINT_PROPERTY = 'sysctlLint/v1';

interface FingerprintParts {
  ruleId: string;
  /** Repository-relative (POSIX) when the file lies in the repository, else as reported. */
  file: string;
  key?: string;
  /** The line's text, whitespace runs collapsed, trimmed; empty for findings about a whole file. */
  line: string;
}

export interface Fingerprinted extends FingerprintParts {
  fingerprint: string;
}

function normalizeLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function fingerprintOf(p: FingerprintParts): string {
  return sha256(['v1', p.ruleId, p.file, p.key ?? '', p.line].join('\0')).toString('hex').slice(0, 32);
}

/** The fingerprints of a report's findings (paths relative to the report's source root). */
export function reportFingerprints(ctx: Pick<ReportContext, 'result' | 'cwd' | 'sourceRoot'>): (f: Finding) => Fingerprinted {
  return fingerprinter(ctx.result.sources, new RepoPaths(ctx.cwd, ctx.sourceRoot ?? findSourceRoot(ctx.cwd)));
}

/** Fingerprints findings of one run, reading line texts from the run's sources. */
export function fingerprinter(sources: SourceStore, paths: RepoPaths): (f: Finding) => Fingerprinted {
  const pos = new PositionResolver(sources);
  const cache = new Map<Finding, Fingerprinted>();
  return (f) => {
    let r = cache.get(f);
    if (!r) {
      const { span } = f.location;
      // A finding at offset 0 with no extent is about the file as a whole (a missing setting, an unreadable file).
      const line = span.start === 0 && span.end === 0 ? '' : normalizeLine(pos.lineText(f.location.file, pos.resolve(f.location).start.line));
      const parts: FingerprintParts = { ruleId: f.ruleId, file: paths.display(f.location.file), ...(f.key !== undefined ? { key: f.key } : {}), line };
      r = { ...parts, fingerprint: fingerprintOf(parts) };
      cache.set(f, r);
    }
    return r;
  };
}
