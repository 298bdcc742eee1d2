/**
 * Reporters show only bytes the linter judged: a file is read back for a code frame through
 * the path the linter resolved, and only while it is the same file version.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceStore } from '../../src/inputs/source-store';
import { readRegularFile } from '../../src/inputs/read-file';
import { lint } from '../../src/lint';
import { reportText } from '../../src/reporters/text';
import { tmpDir } from '../helpers/tmp-tree';

describe('SourceStore', () => {
  it('reads a file back from the path it was read from, whatever its display path (seeded)', () => {
    // Display paths that path.resolve would change, next to plain ones: a record kept as an
    // identity only must be one whose path is exactly the working directory plus the display path.
    const displays = ['a/b.conf', '.gitignore', 'a/.b', './a', 'a/./b', '../a', 'a/..', 'a//b', '/abs/x', 'a/b/', 'x..y', 'etc/sysctl.d/99.conf', 'a'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const cwd of ['/repo', '/repo/', '/re/./po', '/']) {
      const store = new SourceStore(cwd);
      const expected = new Map<string, string>();
      for (let i = 0; i < 400; i++) {
        const display = displays[Math.floor(next() * displays.length)] as string;
        // Read from the resolved path, from the plain concatenation, or from elsewhere (a link's target).
        const choice = Math.floor(next() * 3);
        const read = choice === 0 ? path.resolve(cwd, display) : choice === 1 ? `${cwd.replace(/\/$/, '')}/${display}` : `/elsewhere/${display}`;
        store.record(display, { path: read, identity: `id-${i}` });
        expected.set(display, read);
      }
      for (const [display, read] of expected) expect(store.readRecord(display)?.path, `${cwd} ${display}`).toBe(read);
    }
  });

  it('reads a recorded file back while it is unchanged', () => {
    const dir = tmpDir('sl-store-');
    const file = path.join(dir, 'a.conf');
    fs.writeFileSync(file, 'vm.swappiness = 1\n');
    const store = new SourceStore();
    store.record('shown/a.conf', readRegularFile(file));
    expect(store.get('shown/a.conf')).toBe('vm.swappiness = 1\n');
  });

  it('keeps only the texts read back last, and reads a dropped one again while it is unchanged', () => {
    const dir = tmpDir('sl-store-');
    const store = new SourceStore();
    const names = Array.from({ length: 100 }, (_, i) => `f${i}.conf`);
    for (const name of names) {
      fs.writeFileSync(path.join(dir, name), `# ${name}\n`);
      store.record(name, readRegularFile(path.join(dir, name)));
    }
    for (const name of names) expect(store.get(name)).toBe(`# ${name}\n`);
    expect(names.filter((n) => store.has(n)).length).toBeLessThan(names.length);
    expect(store.has('f99.conf')).toBe(true);
    expect(store.has('f0.conf')).toBe(false);
    expect(store.get('f0.conf')).toBe('# f0.conf\n');
    fs.appendFileSync(path.join(dir, 'f1.conf'), 'changed = 1\n');
    expect(store.get('f1.conf')).toBe('');
  });

  it('shows nothing once the file was replaced or rewritten after it was judged', () => {
    const dir = tmpDir('sl-store-');
    const file = path.join(dir, 'a.conf');
    fs.writeFileSync(file, 'vm.swappiness = 1\n');
    const replaced = new SourceStore();
    replaced.record('a.conf', readRegularFile(file));
    fs.rmSync(file);
    fs.writeFileSync(file, 'SECRET=1\n');
    expect(replaced.get('a.conf')).toBe('');

    const rewritten = new SourceStore();
    rewritten.record('a.conf', readRegularFile(file));
    fs.appendFileSync(file, 'MORE=2\n');
    expect(rewritten.get('a.conf')).toBe('');
  });

  it('keeps only the identity of a file read at its display path, and the path of one read elsewhere', () => {
    const dir = tmpDir('sl-store-');
    fs.mkdirSync(path.join(dir, 'etc'));
    fs.writeFileSync(path.join(dir, 'etc/a.conf'), 'vm.swappiness = 1\n');
    fs.writeFileSync(path.join(dir, 'real.conf'), 'vm.swappiness = 2\n');
    const store = new SourceStore(dir);
    const here = readRegularFile(path.join(dir, 'etc/a.conf'));
    store.record('etc/a.conf', here);
    store.record('etc/link.conf', readRegularFile(path.join(dir, 'real.conf')));
    expect(store.readRecord('etc/a.conf')).toEqual({ path: path.join(dir, 'etc/a.conf'), identity: here.identity });
    expect(store.readRecord('etc/link.conf')?.path).toBe(path.join(dir, 'real.conf'));
    expect(store.get('etc/a.conf')).toBe('vm.swappiness = 1\n');
    expect(store.get('etc/link.conf')).toBe('vm.swappiness = 2\n');
    // Recorded again at another path: the later record wins, as with one table.
    store.record('etc/a.conf', readRegularFile(path.join(dir, 'real.conf')));
    expect(store.readRecord('etc/a.conf')?.path).toBe(path.join(dir, 'real.conf'));
  });

  it('never reads a path it was not told about', () => {
    expect(new SourceStore().get('/etc/hostname')).toBe('');
  });

  it('a code frame is left out when the file changed between linting and reporting', () => {
    const dir = tmpDir('sl-store-');
    fs.mkdirSync(path.join(dir, 'etc/sysctl.d'), { recursive: true });
    const file = path.join(dir, 'etc/sysctl.d/10.conf');
    fs.writeFileSync(file, 'net.ipv4.tcp_tw_recycle = 1\n');
    const result = lint({ paths: ['etc'], cwd: dir });
    fs.rmSync(file);
    fs.writeFileSync(file, 'SECRET=ghp_0123456789\n');
    const text = reportText({ result, cwd: dir, toolVersion: 't', color: false, codeFrame: true });
    expect(text).toMatch(/^etc\/sysctl\.d\/10\.conf\n {2}1:1 {2}error {2}net\.ipv4\.tcp_tw_recycle = 1/m);
    expect(text).not.toContain('SECRET');
  });
});
