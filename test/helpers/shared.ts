/**
 * The shared real-world corpus that CI places beside the clone (`../shared/corpus` from the
 * project root; in a git worktree, beside the main checkout too). A user's plain clone has no
 * ../shared: tests that need it are skipped with a message saying so, except under CI
 * (`CI=true`), where a missing corpus fails them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { projectRoot } from './cli';

export const inCi = !!process.env.CI && !/^(false|0)$/i.test(process.env.CI);

function candidates(): string[] {
  const list = [path.resolve(projectRoot, '../shared')];
  try {
    const common = execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: projectRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    list.push(path.resolve(path.dirname(common), '../shared'));
  } catch {
    // not a git checkout: only the sibling of the project root
  }
  return [...new Set(list)];
}

export interface CorpusEntry {
  saved_as: string;
  format?: string;
}

export interface Corpus {
  /** Absolute path of shared/corpus. */
  dir: string;
  /** The manifest's entries; `path.join(dir, entry.saved_as)` is the file. */
  files: CorpusEntry[];
}

let found: { corpus?: Corpus; looked: string[] } | undefined;

export function findCorpus(): { corpus?: Corpus; looked: string[] } {
  if (found) return found;
  const looked = candidates().map((d) => path.join(d, 'corpus'));
  const dir = looked.find((d) => fs.existsSync(path.join(d, 'manifest.json')));
  found = dir ? { corpus: { dir, files: (JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { files: CorpusEntry[] }).files }, looked } : { looked };
  return found;
}

/**
 * A describe block over the corpus: runs `body` when the corpus is there; otherwise one test
 * that is skipped (outside CI, with the reason as its name and on stderr) or fails (under CI).
 */
export function describeCorpus(name: string, body: (corpus: Corpus) => void): void {
  const { corpus, looked } = findCorpus();
  if (corpus) {
    describe(name, () => body(corpus));
    return;
  }
  const reason = `../shared/corpus not found beside the project (looked in ${looked.join(', ')})`;
  describe(name, () => {
    if (inCi) {
      it('needs the shared corpus under CI', () => {
        throw new Error(`${reason}: CI (CI=true) places shared/ beside the clone, so the corpus tests must run there`);
      });
    } else {
      process.stderr.write(`sysctl-lint tests: "${name}" skipped: ${reason}. They run in CI, where a missing corpus fails.\n`);
      it.skip(`skipped: ${reason}`, () => {});
    }
  });
}
