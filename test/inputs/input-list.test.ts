import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/inputs/discover';
import { REAL_DIRS_KEPT, realPathResolver } from '../../src/inputs/real-path';
import { skippedAhead, skippedAheadAt } from '../../src/pipeline/cluster-facts';
import { claimsOf, readAheadRankOf } from '../../src/sources/registry';
import { tmpTree } from '../helpers/tmp-tree';

/** A seeded tree of directories and files (names with spaces and non-ASCII letters among them). */
function randomTree(seed: number): string {
  let x = seed;
  const next = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const names = ['a', 'b', 'etc', 'sysctl.d', 'rootfs', 'zé', 'x y', 'a-b', 'a.b'];
  const files: Record<string, string> = {};
  for (let k = 0; k < 60; k++) {
    const depth = 1 + next(4);
    const parts = Array.from({ length: depth }, () => names[next(names.length)] as string);
    files[`${parts.join('/')}/f${next(5)}.conf`] = 'vm.swappiness = 1\n';
  }
  // A file and a directory cannot share a path: keep the first of each.
  const kept: Record<string, string> = {};
  const dirs = new Set<string>();
  for (const f of Object.keys(files)) {
    const parents = f.split('/').slice(0, -1).map((_, i, a) => a.slice(0, i + 1).join('/'));
    if (parents.some((p) => p in kept) || dirs.has(f)) continue;
    kept[f] = 'vm.swappiness = 1\n';
    for (const p of parents) dirs.add(p);
  }
  // Files no kind claims by path: taken only when named.
  kept['a/etc/n.txt'] = '';
  kept['a/n.txt'] = '';
  return tmpTree(kept, 'sl-input-list-');
}

/** What node completion asked of the inputs before they were kept compactly: the last input whose display path lies below `dir`. */
function lastBelowByScan(displays: string[], dir: string): number | undefined {
  let last: number | undefined;
  displays.forEach((d, i) => {
    if (d.startsWith(dir + '/')) last = i;
  });
  return last;
}

describe('InputList', () => {
  it('gives back every walked input as the walk met it, and where the last input below each directory is', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const dir = randomTree(seed);
      const cwd = path.join(dir, 'a');
      fs.mkdirSync(cwd, { recursive: true });
      const namedSets = [['.'], ['a', 'b/etc'], ['b', 'a/rootfs', 'etc'], ['..'], ['../b', '.'], ['zé', 'x y/a/f1.conf', 'x y'], ['a', 'a/etc', 'a/b/f0.conf'], ['a/n.txt', 'a', 'a/etc/n.txt', 'b']];
      for (const named of namedSets) {
        for (const base of [dir, cwd]) {
          const d = discover(named, base, { claimPath: (display) => display.endsWith('.conf'), allowUnmatched: true });
          const inputs = [...d.files];
          const displays = inputs.map((f) => f.display);
          for (const [i, f] of inputs.entries()) {
            expect(d.files.display(i)).toBe(f.display);
            expect(f.abs).toBe(path.resolve(base, f.display));
            for (let at = f.display.lastIndexOf('/'); at > 0; at = f.display.lastIndexOf('/', at - 1)) {
              const up = f.display.slice(0, at);
              expect(d.files.lastBelow(up, i), `${named.join(' ')} from ${base}: ${up}`).toBe(lastBelowByScan(displays, up));
            }
          }
        }
      }
    }
  });

  it('keeps no path of its own per walked file or directory', () => {
    const files: Record<string, string> = {};
    for (let k = 0; k < 2000; k++) files[`d${k % 50}/sub${k % 7}/file-${k}.conf`] = '';
    const dir = tmpTree(files);
    const d = discover(['.'], dir, { claimPath: () => true });
    expect(d.files.length).toBe(2000);
    // The names are kept as bytes; strings are made when asked for and dropped.
    const held = Object.values(d.files).filter((v) => Array.isArray(v) || v instanceof Map);
    for (const v of held) expect(v instanceof Map ? v.size : (v as unknown[]).length).toBeLessThan(100);
  });
});

describe('real paths', () => {
  it('keeps at most REAL_DIRS_KEPT directories however many it resolved', () => {
    const files: Record<string, string> = {};
    const n = REAL_DIRS_KEPT + 200;
    for (let k = 0; k < n; k++) files[`d${k}/f`] = '';
    const dir = tmpTree(files);
    const cache = new Map<string, string>();
    const real = realPathResolver(cache);
    for (let k = 0; k < n; k++) expect(real(path.join(dir, `d${k}`, 'f'), false)).toBe(path.join(dir, `d${k}`, 'f'));
    expect(cache.size).toBeLessThanOrEqual(REAL_DIRS_KEPT);
    expect(cache.size).toBeGreaterThan(0);
  });
});

describe('InputList flags read without making paths', () => {
  it('answers claims, read-ahead ranks, /dev/null masks and the read-ahead skip as the input itself does (seeded)', () => {
    const names = ['99-k8s.conf', 'values.yaml', 'bootstrap.sh', 'notes.txt', 'kubelet.service', 'node.pkr.hcl', 'main.yml'];
    const dirs = ['etc/sysctl.d', 'charts/app', 'scripts', 'roles/k8s/tasks', 'docs'];
    let x = 11;
    const next = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    const files: Record<string, string> = {};
    for (let k = 0; k < 80; k++) files[`${dirs[next(dirs.length)]}/${next(3)}-${names[next(names.length)]}`] = 'vm.swappiness = 1\n';
    const root = tmpTree(files);
    // Masks and links among them: a link to /dev/null, and a link to a file of the tree.
    fs.symlinkSync('/dev/null', path.join(root, 'etc/sysctl.d/50-masked.conf'));
    fs.symlinkSync('/dev/null', path.join(root, 'scripts/masked.sh'));
    fs.mkdirSync(path.join(root, 'charts/app'), { recursive: true });
    fs.symlinkSync('/dev/null', path.join(root, 'charts/app/masked-values.yaml'));
    fs.symlinkSync(path.join(root, Object.keys(files)[0] as string), path.join(root, 'docs/linked.conf'));
    const claimBy = { claimsOf, everything: () => true, conf: (display: string) => display.endsWith('.conf') };
    for (const [how, claimPath] of Object.entries(claimBy)) {
      for (const named of [['.'], ['etc', 'scripts/masked.sh', 'docs']]) {
        const list = discover(named, root, { claimPath, rankPath: how === 'claimsOf' ? readAheadRankOf : undefined, allowUnmatched: true }).files;
        expect(list.length).toBeGreaterThan(2);
        let rankedInputs = 0;
        for (let i = 0; i < list.length; i++) {
          const f = list.get(i);
          const where = `${how} ${named.join(' ')}: ${f.display}`;
          expect(list.devNull(i), where).toBe(f.devNull);
          const claims = list.claimsAt(i);
          if (claims !== undefined) expect(claims, where).toBe(f.claimedByPath ? f.claims : 0);
          expect(skippedAheadAt(list, i), where).toBe(skippedAhead(f));
          const rank = list.rankAt(i);
          if (how === 'claimsOf' && f.claimedByPath && !f.devNull) expect(rank, where).not.toBeUndefined();
          if (rank !== undefined) expect(rank, where).toBe(readAheadRankOf(f.display) ?? null);
          if (typeof rank === 'number') rankedInputs++;
        }
        if (how === 'claimsOf') expect(rankedInputs, named.join(' ')).toBeGreaterThan(3);
      }
    }
  });
});

describe('real paths the walk knows', () => {
  it("gives each walked file's real directory, also when the named path or the working directory is reached through a link", () => {
    for (const seed of [1, 2, 3]) {
      const dir = randomTree(seed);
      const viaLink = `${dir}-link`;
      fs.symlinkSync(dir, viaLink);
      try {
        fs.symlinkSync(path.join(dir, 'a'), path.join(dir, 'b-link'));
        for (const [cwd, named] of [[dir, ['.']], [viaLink, ['.']], [path.join(viaLink, 'a'), ['.', '..']], [viaLink, ['a', 'b-link']]] as const) {
          const list = discover([...named], cwd, { claimPath: (display) => display.endsWith('.conf') || display.endsWith('.txt'), allowUnmatched: true }).files;
          expect(list.length).toBeGreaterThan(0);
          const resolve = realPathResolver();
          for (let i = 0; i < list.length; i++) {
            const f = list.get(i);
            if (f.isSymlink) continue;
            const where = `${cwd} ${named.join(' ')}: ${f.display}`;
            expect(f.realDir, where).toBeDefined();
            expect(resolve(f.abs, false, f.realDir), where).toBe(fs.realpathSync.native(f.abs));
            expect(resolve(f.abs, false), where).toBe(fs.realpathSync.native(f.abs));
          }
        }
      } finally {
        fs.rmSync(viaLink);
      }
    }
  });
});
