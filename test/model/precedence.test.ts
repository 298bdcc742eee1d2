import { describe, expect, it } from 'vitest';
import { buildNode } from '../../src/model/build';
import { isGlobKey, keyGlob } from '../../src/model/keys';
import { lookup } from '../../src/model/precedence';
import { placeFile } from '../../src/model/node-layout';
import type { Applier, NodeFile, NodeModel } from '../../src/model/types';
import { parseSysctl } from '../../src/sources/sysctl-conf/parse';

/** A node from `{path: content}`; a content of null is a symlink to /dev/null; `@other` is a symlink to another file. */
function node(tree: Record<string, string | null>, applier: 'both' | Applier = 'both'): NodeModel {
  const files: NodeFile[] = Object.entries(tree).map(([file, content]) => {
    const p = placeFile(file);
    const link = typeof content === 'string' && content.startsWith('@') ? content.slice(1) : undefined;
    const text = content === null ? '' : link ? (tree[link] ?? '') : content;
    return { file, nodePath: p.nodePath, name: p.name, dirRank: p.dirRank, devNull: content === null, parsed: parseSysctl(text), realFile: link ?? file };
  });
  return buildNode({ id: 'n', label: 'n', complete: true, files }, { applier });
}

const value = (n: NodeModel, applier: Applier, key: string) => {
  const st = n.states.find((s) => s.applier === applier);
  return st ? lookup(st, key)?.winner.value : undefined;
};
const winnerFile = (n: NodeModel, applier: Applier, key: string) => lookup(n.states.find((s) => s.applier === applier)!, key)?.winner.file;

describe('file selection and order (sysctl.d(5), standard-conf(7))', () => {
  it('orders files by name across directories, later files win', () => {
    const n = node({
      'r/usr/lib/sysctl.d/50-default.conf': 'net.ipv4.conf.all.rp_filter = 2\n',
      'r/etc/sysctl.d/10-early.conf': 'net.ipv4.conf.all.rp_filter = 1\n',
      'r/run/sysctl.d/60-late.conf': 'net.ipv4.conf.all.rp_filter = 0\n',
    });
    expect(value(n, 'systemd', 'net.ipv4.conf.all.rp_filter')).toBe('0');
    expect(winnerFile(n, 'systemd', 'net.ipv4.conf.all.rp_filter')).toBe('r/run/sysctl.d/60-late.conf');
  });

  it('sorts by byte order: 100-a.conf comes before 20-b.conf', () => {
    const n = node({ 'r/etc/sysctl.d/100-a.conf': 'vm.swappiness = 100\n', 'r/etc/sysctl.d/20-b.conf': 'vm.swappiness = 20\n' });
    expect(value(n, 'systemd', 'vm.swappiness')).toBe('20');
  });

  it('lets a same-named file in a higher-priority directory mask the vendor file', () => {
    const n = node({ 'r/usr/lib/sysctl.d/50-x.conf': 'vm.swappiness = 60\nvm.overcommit_memory = 1\n', 'r/etc/sysctl.d/50-x.conf': 'vm.swappiness = 10\n' });
    expect(value(n, 'systemd', 'vm.swappiness')).toBe('10');
    expect(value(n, 'systemd', 'vm.overcommit_memory')).toBeUndefined();
    expect(n.masked.map((m) => [m.file.file, m.by.file])).toEqual([['r/usr/lib/sysctl.d/50-x.conf', 'r/etc/sysctl.d/50-x.conf']]);
  });

  it('masks with a /dev/null symlink', () => {
    const n = node({ 'r/usr/lib/sysctl.d/50-default.conf': 'net.ipv4.conf.all.rp_filter = 2\n', 'r/etc/sysctl.d/50-default.conf': null });
    expect(value(n, 'systemd', 'net.ipv4.conf.all.rp_filter')).toBeUndefined();
    expect(n.masked).toHaveLength(1);
  });

  it('reads /etc/sysctl.conf only under procps, and last', () => {
    const n = node({ 'r/etc/sysctl.conf': 'vm.swappiness = 1\n', 'r/etc/sysctl.d/99-zzz.conf': 'vm.swappiness = 99\n' });
    expect(value(n, 'systemd', 'vm.swappiness')).toBe('99');
    expect(value(n, 'procps', 'vm.swappiness')).toBe('1');
  });

  it('applies /etc/sysctl.conf twice under procps when 99-sysctl.conf links to it', () => {
    const n = node({
      'r/etc/sysctl.conf': 'vm.swappiness = 1\n',
      'r/etc/sysctl.d/99-sysctl.conf': '@r/etc/sysctl.conf',
      'r/etc/sysctl.d/99-zzz-override.conf': 'vm.swappiness = 99\n',
    });
    expect(value(n, 'systemd', 'vm.swappiness')).toBe('99');
    expect(value(n, 'procps', 'vm.swappiness')).toBe('1');
  });

  it('keeps loose files of one directory as one drop-in set ordered by name', () => {
    const n = node({ 'cfg/b.conf': 'vm.swappiness = 2\n', 'cfg/a.conf': 'vm.swappiness = 1\n' });
    expect(value(n, 'systemd', 'vm.swappiness')).toBe('2');
    expect(value(n, 'procps', 'vm.swappiness')).toBe('2');
  });
});

describe('assignments within the set', () => {
  it('lets explicit keys beat globs regardless of order', () => {
    const n = node({
      'r/etc/sysctl.d/10-explicit.conf': 'net.ipv4.conf.eth0.rp_filter = 0\n',
      'r/etc/sysctl.d/90-glob.conf': 'net.ipv4.conf.*.rp_filter = 2\n',
    });
    expect(value(n, 'systemd', 'net.ipv4.conf.eth0.rp_filter')).toBe('0');
    expect(value(n, 'systemd', 'net.ipv4.conf.eth1.rp_filter')).toBe('2');
  });

  it('excludes keys from globs with -pattern lines', () => {
    const n = node({ 'r/etc/sysctl.d/10.conf': 'net.ipv4.conf.*.rp_filter = 2\n-net.ipv4.conf.lxc*.rp_filter\n' });
    expect(value(n, 'systemd', 'net.ipv4.conf.lxc123.rp_filter')).toBeUndefined();
    expect(value(n, 'systemd', 'net.ipv4.conf.eth0.rp_filter')).toBe('2');
  });

  it('does not let a glob cross a separator', () => {
    const n = node({ 'r/etc/sysctl.d/10.conf': 'fs.protected_* = 2\n' });
    expect(value(n, 'systemd', 'fs.protected_hardlinks')).toBe('2');
    expect(value(n, 'systemd', 'fs.protected.x')).toBeUndefined();
  });

  it('looks keys up through glob lines and exclusions as testing every line in turn does', () => {
    const n = node({
      'r/usr/lib/sysctl.d/50-default.conf': 'net.ipv4.conf.default.rp_filter = 2\nnet.ipv4.conf.*.rp_filter = 2\n-net.ipv4.conf.all.rp_filter\nnet.ipv4.conf.*.accept_source_route = 0\n-net.ipv4.conf.lxc*.*\n',
      'r/etc/sysctl.d/60-more.conf': 'net.ipv4.conf.e[tn]*.rp_filter = 1\nfs.protected_* = 1\n-net.ipv4.conf.eth9.rp_filter\n',
    });
    // The lookup as a reading of the rules: an explicit line first, else the last glob line
    // that matches, unless a `-` line excludes the key; a glob is not looked up through globs.
    const reference = (state: NodeModel['states'][number], key: string) => {
      const direct = state.effective.get(key);
      if (direct) return direct;
      if (isGlobKey(key)) return undefined;
      let found;
      for (const g of state.globs) {
        const excluded = state.exclusions.some((x) => x === key || (isGlobKey(x) && keyGlob(x).test(key)));
        if (keyGlob(g.key).test(key) && !excluded) found = g;
      }
      return found;
    };
    const keys = ['net.ipv4.conf.default.rp_filter', 'net.ipv4.conf.all.rp_filter', 'net.ipv4.conf.eth0.rp_filter', 'net.ipv4.conf.eth9.rp_filter', 'net.ipv4.conf.ens3.rp_filter', 'net.ipv4.conf.lxc1.rp_filter', 'net.ipv4.conf.lxc1.accept_source_route', 'net.ipv4.conf.eth0.accept_source_route', 'fs.protected_fifos', 'fs.protected.x', 'vm.swappiness', 'net.ipv4.conf.*.rp_filter'];
    let found = 0;
    for (const state of n.states) {
      for (const key of keys) {
        // Asked twice: the second answer comes from what the first compiled.
        expect(lookup(state, key)).toBe(reference(state, key));
        expect(lookup(state, key)).toBe(reference(state, key));
        if (reference(state, key)?.viaGlob) found++;
      }
    }
    expect(found).toBeGreaterThan(6);
    expect(value(n, 'systemd', 'net.ipv4.conf.eth0.rp_filter')).toBe('1');
    expect(value(n, 'systemd', 'net.ipv4.conf.eth9.rp_filter')).toBeUndefined();
    expect(value(n, 'systemd', 'net.ipv4.conf.lxc1.rp_filter')).toBeUndefined();
  });

  it('records the provenance chain of overridden assignments', () => {
    const n = node({ 'r/etc/sysctl.d/10.conf': 'vm.swappiness = 1\nvm.swappiness = 2\n', 'r/etc/sysctl.d/20.conf': 'vm.swappiness = 3\n' });
    const s = lookup(n.states[0]!, 'vm.swappiness')!;
    expect(s.winner.value).toBe('3');
    expect(s.overridden.map((a) => a.value)).toEqual(['1', '2']);
  });

  it('moves a key whose value changes to the end of the systemd apply order, but not a repeated value', () => {
    const n = node({ 'r/etc/sysctl.d/10.conf': 'a.b = 1\nc.d = 1\na.b = 2\ne.f = 1\ne.f = 1\n' }, 'systemd');
    expect([...n.states[0]!.effective.keys()]).toEqual(['c.d', 'a.b', 'e.f']);
  });

  it('ignores files in sysctl.d that do not end in .conf only when building (they stay visible for policies)', () => {
    const p = placeFile('r/etc/sysctl.d/tuning.cfg');
    expect(p.nodePath).toBe('/etc/sysctl.d/tuning.cfg');
  });
});

describe('node placement', () => {
  it.each([
    ['img/etc/sysctl.d/10-a.conf', 'root:img', '/etc/sysctl.d/10-a.conf', 0],
    ['img/usr/lib/sysctl.d/50-default.conf', 'root:img', '/usr/lib/sysctl.d/50-default.conf', 3],
    ['img/usr/local/lib/sysctl.d/x.conf', 'root:img', '/usr/local/lib/sysctl.d/x.conf', 2],
    ['img/etc/sysctl.conf', 'root:img', '/etc/sysctl.conf', -1],
    ['etc/sysctl.d/k8s.conf', 'root:.', '/etc/sysctl.d/k8s.conf', 0],
    ['configs/sysctl.conf.add', 'dir:configs', 'configs/sysctl.conf.add', 0],
  ])('%s', (file, nodeId, nodePath, rank) => {
    const p = placeFile(file);
    expect([p.nodeId, p.nodePath, p.dirRank]).toEqual([nodeId, nodePath, rank]);
  });
});
