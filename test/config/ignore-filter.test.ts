/**
 * .gitignore handling is checked against git itself: the files a walk keeps must be exactly
 * the files `git ls-files --others --exclude-standard` lists (global excludes off).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpTree } from '../helpers/tmp-tree';
import { GlobSet } from '../../src/config/globs';
import { createInputFilter } from '../../src/config/ignore-filter';
import { discover } from '../../src/inputs/discover';

const tree = (files: Record<string, string>) => tmpTree(files, 'sl-ign-');

/**
 * The files a walk keeps. `listed`: the walk tells the filter each directory's entries, as
 * lint() does (then `.git` and `.gitignore` are looked for in the listing); without it the
 * filter asks the file system. Both must keep the same files.
 */
function walk(dir: string, roots: string[], opts: { respectGitignore?: boolean; ignore?: string[]; listed?: boolean } = {}): string[] {
  const filter = createInputFilter({ roots: roots.map((r) => path.join(dir, r)), respectGitignore: opts.respectGitignore ?? true, configIgnore: opts.ignore ? new GlobSet(dir, opts.ignore) : undefined });
  const d = discover(roots, dir, {
    claimPath: () => true,
    walkFilter: (display, isDir) => filter.walk(path.resolve(dir, display), isDir),
    listed: opts.listed === false ? undefined : (d, entries) => filter.listed(d, entries),
  });
  return [...d.files]
    .filter((f) => !f.explicit || filter.named(f.abs))
    .map((f) => f.display)
    .filter((f) => !/(^|\/)\.gitignore$/.test(f))
    .sort();
}

function gitKeeps(dir: string): string[] {
  execFileSync('git', ['init', '-q', dir]);
  const out = execFileSync('git', ['-c', 'core.excludesFile=/dev/null', 'ls-files', '--others', '--exclude-standard'], { cwd: dir, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((f) => f && !/(^|\/)\.gitignore$/.test(f))
    .sort();
}

const REPO = {
  '.gitignore': '*.bak\n!keep.bak\n/build/\nout\ndocs/**/*.conf\n!docs/keep/**\n# comment\n\\#literal.conf\ntrailing-space.conf   \n',
  'sub/.gitignore': 'local-*.conf\n!local-keep.conf\n/anchored.conf\n',
  'a.conf': '',
  'a.bak': '',
  'keep.bak': '',
  'build/x.conf': '',
  'sub/build/y.conf': '',
  'out/z.conf': '',
  'sub/out': '',
  'docs/top.conf': '',
  'docs/a/b.conf': '',
  'docs/a/b.txt': '',
  'docs/keep/c.conf': '',
  '#literal.conf': '',
  'trailing-space.conf': '',
  'sub/local-1.conf': '',
  'sub/local-keep.conf': '',
  'sub/deeper/local-2.conf': '',
  'sub/anchored.conf': '',
  'sub/deeper/anchored.conf': '',
  'secret.conf': '',
  'sub/secret.conf': '',
};

describe('.gitignore while walking', () => {
  it('keeps exactly what git keeps (nested files, negation, anchoring, directories, info/exclude)', () => {
    const dir = tree(REPO);
    const expected = gitKeeps(dir); // also creates .git
    fs.writeFileSync(path.join(dir, '.git/info/exclude'), 'secret.conf\n');
    const expectedWithExclude = expected.filter((f) => !/(^|\/)secret\.conf$/.test(f));
    expect(gitKeeps(dir)).toEqual(expectedWithExclude);
    expect(walk(dir, ['.'])).toEqual(expectedWithExclude);
    expect(walk(dir, ['.'], { listed: false })).toEqual(expectedWithExclude);
    // Sanity: the fixture does exercise each kind of rule.
    expect(expectedWithExclude).toEqual(expect.arrayContaining(['keep.bak', 'sub/build/y.conf', 'docs/keep/c.conf', 'sub/local-keep.conf', 'sub/deeper/anchored.conf']));
    expect(expectedWithExclude).not.toEqual(expect.arrayContaining(['a.bak']));
  });

  it('applies only inside a git work tree', () => {
    const dir = tree({ '.gitignore': '*.conf\n', 'a.conf': '' });
    expect(walk(dir, ['.'])).toEqual(['a.conf']);
    fs.mkdirSync(path.join(dir, '.git'));
    expect(walk(dir, ['.'])).toEqual([]);
    expect(walk(dir, ['.'], { listed: false })).toEqual([]);
  });

  it('takes a link named .git for a work tree only when it leads somewhere', () => {
    const dir = tree({ '.gitignore': '*.conf\n', 'a.conf': '', 'b.txt': '' });
    fs.symlinkSync('nowhere', path.join(dir, '.git'));
    // The link itself is a walked entry (not a directory): leave it out.
    const kept = (listed: boolean) => walk(dir, ['.'], { listed }).filter((f) => f !== '.git');
    expect(kept(true)).toEqual(['a.conf', 'b.txt']);
    expect(kept(false)).toEqual(['a.conf', 'b.txt']);
    fs.mkdirSync(path.join(dir, 'nowhere'));
    expect(kept(true)).toEqual(['b.txt']);
    expect(kept(false)).toEqual(['b.txt']);
  });

  it('keeps exactly what git keeps in a repository of more directories and files than its caches hold', () => {
    // Over 4,096 directories and tests per ignore file: the caches start over and the matchers
    // are made again from their patterns during the walk.
    const files: Record<string, string> = { '.gitignore': '*.bak\n!keep-*.bak\n/top-only/\nlogs\nd1*/deep/*.conf\n' };
    for (let i = 0; i < 4300; i++) {
      const d = `d${i % 97}/s${i}`;
      files[`${d}/a.conf`] = '';
      if (i % 3 === 0) files[`${d}/x.bak`] = '';
      if (i % 7 === 0) files[`${d}/keep-${i}.bak`] = '';
      if (i % 11 === 0) files[`${d}/logs/l.conf`] = '';
      if (i % 13 === 0) files[`${d}/deep/z.conf`] = '';
      if (i % 17 === 0) files[`${d}/.gitignore`] = 'a.conf\n!x.bak\n';
    }
    files['top-only/t.conf'] = '';
    files['d5/top-only/t.conf'] = '';
    const dir = tree(files);
    const expected = gitKeeps(dir);
    expect(expected.length).toBeGreaterThan(4000);
    expect(walk(dir, ['.'])).toEqual(expected);
  });

  it('walks a directory the user names even when git ignores it', () => {
    const dir = tree({ '.gitignore': 'out/\n*.bak\n', 'out/rootfs/etc/sysctl.d/10-a.conf': '', 'out/rootfs/etc/sysctl.d/10-a.conf.bak': '', 'src/b.conf': '', 'src/b.bak': '' });
    fs.mkdirSync(path.join(dir, '.git'));
    expect(walk(dir, ['.'])).toEqual(['src/b.conf']);
    expect(walk(dir, ['out/rootfs'])).toEqual(['out/rootfs/etc/sysctl.d/10-a.conf', 'out/rootfs/etc/sysctl.d/10-a.conf.bak']);
    expect(walk(dir, ['src'])).toEqual(['src/b.conf']);
  });

  it('is off with respectGitignore: false', () => {
    const dir = tree({ '.gitignore': '*.conf\n', 'a.conf': '' });
    fs.mkdirSync(path.join(dir, '.git'));
    expect(walk(dir, ['.'], { respectGitignore: false })).toEqual(['a.conf']);
  });
});

describe('config ignore globs', () => {
  it('skip walked and named files, relative to the config directory', () => {
    const dir = tree({ 'a.conf': '', 'legacy/b.conf': '', 'x/legacy/c.conf': '', 'keep/d.conf': '' });
    expect(walk(dir, ['.'], { ignore: ['/legacy/'] })).toEqual(['keep/d.conf', 'x/legacy/c.conf'].concat(['a.conf']).sort());
    expect(walk(dir, ['.'], { ignore: ['legacy/'] })).toEqual(['a.conf', 'keep/d.conf']);
    expect(walk(dir, ['a.conf', 'keep/d.conf'], { ignore: ['a.conf'] })).toEqual(['keep/d.conf']);
    expect(walk(dir, ['.'], { ignore: ['*.conf', '!keep/*.conf'] })).toEqual(['keep/d.conf']);
  });

  it('never match outside the base directory', () => {
    const set = new GlobSet('/repo/sub', ['*.conf']);
    expect(set.matches('/repo/sub/a.conf')).toBe(true);
    expect(set.matches('/repo/a.conf')).toBe(false);
    expect(set.matches('/repo/sub')).toBe(false);
  });
});
