import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/inputs/discover';
import { realPathResolver } from '../../src/inputs/real-path';
import { tmpDir } from '../helpers/tmp-tree';

function tree(): string {
  const dir = tmpDir('sysctl-lint-discover-');
  const files = ['repo/etc/sysctl.d/10-a.conf', 'repo/etc/sysctl.d/README', 'repo/app/deployment.yaml', 'repo/sub/dir/sysctl.conf'];
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), 'vm.swappiness = 1\n');
  }
  fs.symlinkSync('10-a.conf', path.join(dir, 'repo/etc/sysctl.d/99-link.conf'));
  fs.symlinkSync('/dev/null', path.join(dir, 'repo/etc/sysctl.d/50-masked.conf'));
  return dir;
}

const claimSysctl = (display: string) => /sysctl\.d\/|sysctl\.conf$/.test(display);

describe('discover', () => {
  it('builds display paths relative to the working directory while walking', () => {
    const dir = tree();
    const d = discover(['repo'], dir, { claimPath: claimSysctl });
    expect([...d.files].map((f) => f.display)).toEqual(['repo/etc/sysctl.d/10-a.conf', 'repo/etc/sysctl.d/50-masked.conf', 'repo/etc/sysctl.d/99-link.conf', 'repo/etc/sysctl.d/README', 'repo/sub/dir/sysctl.conf']);
    expect(d.visited).toBe(6);
  });

  it('gets display paths right when the working directory is inside the walked directory', () => {
    const dir = tree();
    const d = discover(['..'], path.join(dir, 'repo/sub'), { claimPath: claimSysctl });
    expect([...d.files].map((f) => f.display)).toEqual(['../etc/sysctl.d/10-a.conf', '../etc/sysctl.d/50-masked.conf', '../etc/sysctl.d/99-link.conf', '../etc/sysctl.d/README', 'dir/sysctl.conf']);
    const up = discover(['../..'], path.join(dir, 'repo/sub'), { claimPath: claimSysctl });
    expect([...up.files].map((f) => f.display)).toContain('dir/sysctl.conf');
    expect([...up.files].map((f) => f.display)).toContain('../etc/sysctl.d/10-a.conf');
  });

  it('tells links and /dev/null masks from regular files without asking for regular files', () => {
    const dir = tree();
    const d = discover(['repo'], dir, { claimPath: claimSysctl });
    const by = Object.fromEntries([...d.files].map((f) => [path.basename(f.display), f]));
    expect(by['10-a.conf']).toMatchObject({ isSymlink: false, devNull: false, explicit: false, claimedByPath: true });
    expect(by['99-link.conf']).toMatchObject({ isSymlink: true, devNull: false });
    expect(by['50-masked.conf']).toMatchObject({ isSymlink: true, devNull: true });
    const named = discover(['repo/etc/sysctl.d/99-link.conf', 'repo/app/deployment.yaml'], dir, { claimPath: claimSysctl });
    expect([...named.files].map((f) => [f.display, f.explicit, f.isSymlink])).toEqual([
      ['repo/etc/sysctl.d/99-link.conf', true, true],
      ['repo/app/deployment.yaml', true, false],
    ]);
    expect(named.visited).toBe(2);
  });
});

describe('realPathResolver', () => {
  it('resolves links, and files below linked directories named explicitly', () => {
    const dir = tree();
    fs.symlinkSync(path.join(dir, 'repo/etc'), path.join(dir, 'etc-link'));
    const real = realPathResolver();
    expect(real(path.join(dir, 'repo/etc/sysctl.d/99-link.conf'), true)).toBe(path.join(dir, 'repo/etc/sysctl.d/10-a.conf'));
    expect(real(path.join(dir, 'etc-link/sysctl.d/10-a.conf'), false)).toBe(path.join(dir, 'repo/etc/sysctl.d/10-a.conf'));
    expect(real(path.join(dir, 'repo/etc/sysctl.d/10-a.conf'), false)).toBe(path.join(dir, 'repo/etc/sysctl.d/10-a.conf'));
  });

  it('gives every file the real path realpath(3) gives, whichever directory of its path is a link', () => {
    const dir = tree();
    fs.mkdirSync(path.join(dir, 'deep/a/b'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'deep/a/b/x.conf'), 'vm.swappiness = 1\n');
    fs.symlinkSync(path.join(dir, 'deep/a'), path.join(dir, 'a-link'));
    fs.symlinkSync('../deep', path.join(dir, 'repo/deep-link'));
    const files = ['deep/a/b/x.conf', 'a-link/b/x.conf', 'repo/deep-link/a/b/x.conf', 'repo/etc/sysctl.d/10-a.conf', 'repo/etc/sysctl.d/99-link.conf'].map((f) => path.join(dir, f));
    const real = realPathResolver();
    // Twice in each order: the answers for directories are kept and reused.
    for (const f of [...files, ...[...files].reverse()]) expect(real(f, false)).toBe(path.join(fs.realpathSync.native(path.dirname(f)), path.basename(f)));
    expect(real(path.join(dir, 'a-link/b/x.conf'), false)).toBe(path.join(dir, 'deep/a/b/x.conf'));
    // A path that does not exist stays as it is.
    expect(real(path.join(dir, 'no-dir/sub/x.conf'), false)).toBe(path.join(dir, 'no-dir/sub/x.conf'));
  });
});
