/**
 * Looking things up inside an image root: a path whose component does not exist is
 * "missing" (nothing to open) without an exception, while links keep resolving as the booted
 * image would resolve them, and a dangling link is still refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readBootModules } from '../../src/inputs/boot-modules';
import { directoryInTree, readInTree, Tree } from '../../src/inputs/tree';
import { ReadRefused } from '../../src/inputs/read-file';
import { tmpTree } from '../helpers/tmp-tree';

function image(): string {
  const root = tmpTree({ 'etc/modules-load.d/k8s.conf': 'br_netfilter\n', 'usr/lib/modules-load.d/ipvs.conf': 'ip_vs\n', 'etc/hostname': 'node\n' });
  fs.symlinkSync('/usr/lib/modules-load.d', path.join(root, 'lib-modules'));
  fs.symlinkSync('/nowhere/modules', path.join(root, 'etc/modules'));
  fs.symlinkSync('/dev/null', path.join(root, 'etc/modules-load.d/masked.conf'));
  return root;
}

describe('lookups inside an image root', () => {
  it('reports a missing directory or file as missing, at any depth', () => {
    const tree = Tree.imageRoot(image());
    expect(tree.resolve(path.join(tree.abs, 'run/modules-load.d')).missing).toBe(true);
    expect(tree.resolve(path.join(tree.abs, 'usr/local/lib/modules-load.d')).missing).toBe(true);
    expect(tree.resolve(path.join(tree.abs, 'etc/modules-load.d')).missing).toBeUndefined();
    expect(directoryInTree(tree, 'run/modules-load.d')).toBeUndefined();
    expect(directoryInTree(tree, 'etc/hostname')).toBeUndefined();
    expect(directoryInTree(tree, 'etc/modules-load.d')).toBe(path.join(tree.real, 'etc/modules-load.d'));
    expect(readInTree(tree, 'etc/no-such-file', 1 << 20)).toBeUndefined();
    expect(readInTree(tree, 'no-dir/no-file', 1 << 20)).toBeUndefined();
  });

  it('follows an absolute link inside the image and reads a masked name as /dev/null', () => {
    const tree = Tree.imageRoot(image());
    expect(directoryInTree(tree, 'lib-modules')).toBe(path.join(tree.real, 'usr/lib/modules-load.d'));
    expect(readInTree(tree, 'etc/modules-load.d/masked.conf', 1 << 20)).toEqual({ devNull: true });
    const read = readInTree(tree, 'lib-modules/ipvs.conf', 1 << 20);
    expect(read && !read.devNull && read.bytes.toString()).toBe('ip_vs\n');
  });

  it('still refuses a dangling link (it is not merely missing)', () => {
    const tree = Tree.imageRoot(image());
    expect(() => tree.resolve(path.join(tree.abs, 'etc/modules'))).toThrow(ReadRefused);
    expect(() => readInTree(tree, 'etc/modules', 1 << 20)).toThrow(/dangling symbolic link: \/nowhere\/modules does not exist in the image/);
  });

  it('reads the boot modules of an image, a dangling list counting as present and empty', () => {
    const found = readBootModules(Tree.imageRoot(image()));
    expect([...found.modules].sort()).toEqual(['br_netfilter', 'ip_vs']);
    // Lists in name order whatever their directory; a masked name and a dangling list are sources that load nothing.
    expect(found.sources).toEqual(['usr/lib/modules-load.d/ipvs.conf', 'etc/modules-load.d/k8s.conf', 'etc/modules-load.d/masked.conf', 'etc/modules']);
  });

  it('an entry that cannot be looked at (permission denied) is unreadable, not missing', () => {
    // Root is never denied, so the denial is simulated for one path: lstat and open fail with
    // EACCES there, as they do for a non-root user below a directory without search permission.
    const root = tmpTree({ 'etc/modules': 'dm_mod\n' });
    const tree = Tree.imageRoot(root);
    const denied = path.join(tree.real, 'etc/modules');
    const eacces = () => Object.assign(new Error(`EACCES: permission denied, '${denied}'`), { code: 'EACCES' });
    const lstat = fs.lstatSync;
    const open = fs.openSync;
    const lstatSpy = vi.spyOn(fs, 'lstatSync').mockImplementation(((p: fs.PathLike, o?: fs.StatSyncOptions) => {
      if (p === denied) throw eacces();
      return lstat(p, o);
    }) as typeof fs.lstatSync);
    const openSpy = vi.spyOn(fs, 'openSync').mockImplementation(((p: fs.PathLike, flags?: fs.OpenMode, mode?: fs.Mode) => {
      if (p === denied) throw eacces();
      return open(p, flags ?? 'r', mode);
    }) as typeof fs.openSync);
    try {
      expect(tree.resolve(path.join(tree.abs, 'etc/modules')).missing).toBeUndefined();
      expect(() => readInTree(tree, 'etc/modules', 1 << 20)).toThrow(ReadRefused);
      const found = readBootModules(tree);
      // The list is there but could not be read: it counts as a source, and loads nothing.
      expect(found.sources).toEqual(['etc/modules']);
      expect([...found.modules]).toEqual([]);
    } finally {
      lstatSpy.mockRestore();
      openSpy.mockRestore();
    }
  });
});

describe('boot modules without a lookup per place', () => {
  it('reads the same modules and sources as resolving every place in the image, for seeded images with links and gaps', () => {
    const places = ['etc/modules-load.d', 'run/modules-load.d', 'usr/local/lib/modules-load.d', 'usr/lib/modules-load.d', 'lib/modules-load.d'];
    let x = 5;
    const next = (n: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    for (let seed = 0; seed < 40; seed++) {
      const files: Record<string, string> = { 'etc/hostname': 'node\n' };
      for (const p of places) if (next(3) === 0) files[`${p}/${next(4)}.conf`] = `mod_${next(9)}\n`;
      if (next(2) === 0) files['etc/modules'] = 'dm_mod\n';
      const root = tmpTree(files);
      // Links the image resolves in itself: a place that is a link, a parent that is a link, a dangling one.
      const link = next(4);
      if (link === 1 && !files['lib/modules-load.d/0.conf']) {
        fs.mkdirSync(path.join(root, 'usr/lib/modules-load.d'), { recursive: true });
        fs.writeFileSync(path.join(root, 'usr/lib/modules-load.d/link.conf'), 'linked_mod\n');
        fs.rmSync(path.join(root, 'lib'), { recursive: true, force: true });
        fs.symlinkSync('/usr/lib', path.join(root, 'lib'));
      }
      if (link === 2 && !fs.existsSync(path.join(root, 'run'))) fs.symlinkSync('/nowhere', path.join(root, 'run'));
      if (link === 3 && !fs.existsSync(path.join(root, 'etc/modules'))) fs.symlinkSync('/dev/null', path.join(root, 'etc/modules'));
      const tree = Tree.imageRoot(root);
      const lookups = vi.spyOn(fs, 'lstatSync');
      const found = readBootModules(tree);
      const probed = lookups.mock.calls.length;
      lookups.mockRestore();
      // Every place resolved in the image, as readBootModules did before it listed directories.
      const expected = { modules: new Set<string>(), sources: [] as string[] };
      const chosen = new Map<string, string>();
      for (const d of places) {
        const dir = directoryInTree(tree, d);
        if (dir !== undefined) for (const n of fs.readdirSync(dir)) if (n.endsWith('.conf') && !chosen.has(n)) chosen.set(n, `${d}/${n}`);
      }
      for (const rel of [...[...chosen].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, f]) => f), 'etc/modules']) {
        let read: ReturnType<typeof readInTree>;
        try {
          read = readInTree(tree, rel, 1 << 20);
        } catch {
          expected.sources.push(rel);
          continue;
        }
        if (read === undefined) continue;
        expected.sources.push(rel);
        if (!read.devNull) for (const m of read.bytes.toString().split(/\s+/).filter(Boolean)) expected.modules.add(m);
      }
      expect({ modules: [...found.modules].sort(), sources: found.sources }, `seed ${seed}: ${JSON.stringify(files)} link ${link}`).toEqual({ modules: [...expected.modules].sort(), sources: expected.sources });
      if (link === 0 && Object.keys(files).length === 1) expect(probed, 'an image with none of the places').toBe(0);
    }
  });
});
