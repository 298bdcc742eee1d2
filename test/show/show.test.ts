/**
 * `sysctl-lint show`: effective values per node and applier with provenance (the model's, not
 * recomputed), --key, text/JSON/Markdown, and --diff between two trees or a tree and a snapshot.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

const tree = () =>
  tmpTree({
    'a/usr/lib/sysctl.d/50-default.conf': 'net.core.somaxconn = 128\nnet.ipv4.ip_forward = 0\n',
    'a/etc/sysctl.d/90-x.conf': 'net.core.somaxconn = 4096\nnet.ipv4.ip_forward = 1\nnet.ipv4.conf.*.rp_filter = 2\n',
    'a/etc/sysctl.conf': 'net.ipv4.ip_forward=0\n',
    'b/etc/sysctl.d/90-x.conf': 'net.core.somaxconn = 1024\nvm.swappiness = 1\n',
    'snap.txt': 'net.core.somaxconn = 4096\nnet.ipv4.ip_forward = 0\n',
  });

describe('sysctl-lint show', () => {
  it('text: final values with the line that set them and the lines they overrode, appliers that differ marked', () => {
    const r = runCli(['--no-config', 'show', 'a'], { cwd: tree() });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'node a (3 keys, 3 files)',
        '  net.core.somaxconn = 4096  a/etc/sysctl.d/90-x.conf:1:1',
        '      overrides 128  a/usr/lib/sysctl.d/50-default.conf:1:1',
        '  net.ipv4.conf.*.rp_filter = 2  a/etc/sysctl.d/90-x.conf:3:1 (glob)',
        '  net.ipv4.ip_forward = 1 [systemd-sysctl]  a/etc/sysctl.d/90-x.conf:2:1',
        '      overrides 0  a/usr/lib/sysctl.d/50-default.conf:2:1',
        '                      = 0 [procps]  a/etc/sysctl.conf:1:1  (systemd-sysctl and procps differ)',
        '      overrides 0  a/usr/lib/sysctl.d/50-default.conf:2:1',
        '      overrides 1  a/etc/sysctl.d/90-x.conf:2:1',
        '',
      ].join('\n'),
    );
  });

  it('JSON and --key', () => {
    const r = runCli(['--no-config', 'show', 'a', '--key', 'net.ipv4.ip_*', '--format', 'json'], { cwd: tree() });
    const out = JSON.parse(r.stdout) as { version: number; nodes: Array<{ label: string; settings: unknown[] }> };
    expect(out.version).toBe(1);
    expect(out.nodes[0]?.settings).toEqual([
      {
        key: 'net.ipv4.ip_forward',
        differs: true,
        systemd: { value: '1', file: 'a/etc/sysctl.d/90-x.conf', line: 2, column: 1, overridden: [{ value: '0', file: 'a/usr/lib/sysctl.d/50-default.conf', line: 2, column: 1 }] },
        procps: {
          value: '0',
          file: 'a/etc/sysctl.conf',
          line: 1,
          column: 1,
          overridden: [
            { value: '0', file: 'a/usr/lib/sysctl.d/50-default.conf', line: 2, column: 1 },
            { value: '1', file: 'a/etc/sysctl.d/90-x.conf', line: 2, column: 1 },
          ],
        },
      },
    ]);
  });

  it('Markdown escapes what it shows', () => {
    const dir = tmpTree({ 'etc/sysctl.d/90-x.conf': 'kernel.core_pattern = |/bin/x <b>*y*</b>\n' });
    const r = runCli(['--no-config', 'show', '.', '--format', 'markdown'], { cwd: dir });
    expect(r.stdout).toContain('| kernel.core\\_pattern | \\|/bin/x &lt;b&gt;\\*y\\*&lt;/b&gt; |');
  });

  it('--diff A B: keys whose final values differ, exit 1; --diff A --live-snapshot', () => {
    const dir = tree();
    const r = runCli(['--no-config', 'show', '--diff', 'a', 'b'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe(
      [
        '--- a',
        '+++ b',
        '- net.core.somaxconn = 4096  a/etc/sysctl.d/90-x.conf:1:1',
        '+ net.core.somaxconn = 1024  b/etc/sysctl.d/90-x.conf:1:1',
        '- net.ipv4.conf.*.rp_filter = 2  a/etc/sysctl.d/90-x.conf:3:1',
        '- net.ipv4.ip_forward = 1  a/etc/sysctl.d/90-x.conf:2:1',
        '+ vm.swappiness = 1  b/etc/sysctl.d/90-x.conf:2:1',
        '4 keys differ',
        '',
      ].join('\n'),
    );
    const live = runCli(['--no-config', 'show', '--diff', 'a', '--live-snapshot', 'snap.txt', '--format', 'json'], { cwd: dir });
    const d = JSON.parse(live.stdout) as { changes: Array<{ key: string; a?: { value: string }; b?: { value: string; file: string } }> };
    expect(d.changes.find((c) => c.key === 'net.ipv4.ip_forward')).toMatchObject({ a: { value: '1' }, b: { value: '0', file: 'snap.txt' } });
    expect(d.changes.find((c) => c.key === 'net.core.somaxconn')).toBeUndefined();
  });

  it('nodes without sysctl files (pods of Helm values) list their file, and --diff takes node labels', () => {
    const values = ['nodeTuning:', '  sysctls:', '    - name: net.ipv4.ip_local_port_range', '      value: "1024 65535"', 'initContainers:', '  - name: tune', '    image: busybox', '    securityContext: {privileged: true}', '    command: [sh, -c, "sysctl -w net.ipv4.ip_local_port_range=\'32768 60999\'"]', ''].join('\n');
    const dir = tmpTree({ 'chart/values.yaml': values });
    const shown = JSON.parse(runCli(['--no-config', 'show', '.', '--format', 'json'], { cwd: dir }).stdout) as { nodes: Array<{ label: string; files: string[] }> };
    expect(shown.nodes.map((n) => [n.label, n.files])).toEqual([
      ['Helm values nodeTuning', ['chart/values.yaml']],
      ['Helm values (top level)', ['chart/values.yaml']],
    ]);
    const ambiguous = runCli(['--no-config', 'show', '--diff', 'chart/values.yaml', 'chart'], { cwd: dir });
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toContain('name one of them by its label');
    const d = runCli(['--no-config', 'show', '--diff', 'Helm values nodeTuning', 'Helm values (top level)'], { cwd: dir });
    expect(d.status).toBe(1);
    expect(d.stdout).toContain("+ net.ipv4.ip_local_port_range = 32768 60999  chart/values.yaml:9:34 (initContainer tune of Helm values (top level): sysctl -w)");
  });

  it('--diff: an argument that is neither a path nor a node label is a clear error, and a label is never read', () => {
    const parent = tmpTree({ 'secret/etc/sysctl.d/99.conf': 'net.ipv4.ip_forward = 1\n', 'tree/chart/values.yaml': 'sysctls:\n  - name: net.core.somaxconn\n    value: "1024"\n' });
    const dir = path.join(parent, 'tree');
    const typo = runCli(['--no-config', 'show', '--diff', 'chrat', 'chart'], { cwd: dir });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe('sysctl-lint: chrat: no such file or directory, and no node is labelled so (`sysctl-lint show` lists the labels)\n');
    // A non-existent path outside the tree is only a label candidate: nothing outside is linted.
    const outside = runCli(['--no-config', 'show', '--diff', '../secret/etc/nope', 'chart', '--format', 'json'], { cwd: dir });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('../secret/etc/nope: no such file or directory');
    expect(outside.stdout).toBe('');
    // A path that exists is linted as given, as everywhere in the CLI.
    const both = runCli(['--no-config', 'show', '--diff', '../secret', 'chart'], { cwd: dir });
    expect(both.status).toBe(1);
    expect(both.stdout).toContain('net.ipv4.ip_forward');
  });

  it('usage errors', () => {
    const dir = tree();
    expect(runCli(['--no-config', 'show', '--diff', 'a'], { cwd: dir }).status).toBe(2);
    expect(runCli(['--no-config', 'show', '--format', 'sarif', 'a'], { cwd: dir }).status).toBe(2);
    expect(runCli(['--no-config', '--key', 'x', 'a'], { cwd: dir }).status).toBe(2);
  });
});
