/**
 * Fixes: which findings are fixable, exact edits in every kind of file (sysctl files, YAML block
 * and quoted scalars, shell words inside YAML), bytes kept outside the edits (BOM, CRLF, a
 * missing final newline), refusals (encoded and escaped content, links out of the tree), and
 * the CLI's --fix and --fix-dry-run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planDiff, planFixes } from '../../src/cli/commands/fix';
import { lint } from '../../src/lint';
import { runCli } from '../helpers/cli';
import { tmpDir, tmpTree } from '../helpers/tmp-tree';

function fixedTexts(files: Record<string, string>): { dir: string; after: Record<string, string>; notFixable: string[]; suggestions: string[] } {
  const dir = tmpTree(files, 'sl-fix-');
  const result = lint({ paths: ['.'], cwd: dir });
  const plan = planFixes(result);
  const after: Record<string, string> = { ...files };
  for (const f of plan.files) after[f.file] = f.after;
  const notFixable = result.findings.filter((f) => f.notFixable).map((f) => `${f.ruleId}: ${f.notFixable}`);
  const suggestions = result.findings.filter((f) => f.fix && !f.fix.safe).map((f) => `${f.ruleId}: ${f.fix?.description}`);
  return { dir, after, notFixable, suggestions };
}

describe('fixes in sysctl files', () => {
  it('removes, unquotes, strips comments, rewrites pasted commands and exact duplicates', () => {
    const conf = ['# tuning', 'sysctl -w net.ipv4.ip_forward=1', 'net.ipv4.tcp_tw_recycle = 1', 'net.core.somaxconn = 4096 # more', 'vm.swappiness = 10', 'kernel.pid_max = "65536"', 'vm.swappiness = 10', ''].join('\n');
    const { after } = fixedTexts({ 'etc/sysctl.d/90-x.conf': conf });
    expect(after['etc/sysctl.d/90-x.conf']).toBe(['# tuning', 'net.ipv4.ip_forward = 1', 'net.core.somaxconn = 4096', 'kernel.pid_max = 65536', 'vm.swappiness = 10', ''].join('\n'));
  });

  it('keeps the byte-order mark, CRLF line ends and a missing final newline', () => {
    const conf = '\ufeffnet.core.somaxconn = 4096\r\nnet.ipv4.tcp_tw_recycle = 1\r\nkernel.pid_max = "65536"';
    const { after } = fixedTexts({ 'etc/sysctl.d/90-x.conf': conf });
    expect(after['etc/sysctl.d/90-x.conf']).toBe('net.core.somaxconn = 4096\r\nkernel.pid_max = 65536');
  });

  it('removes the last line of a file without a final newline together with the break before it', () => {
    const { after } = fixedTexts({ 'etc/sysctl.d/90-x.conf': 'net.core.somaxconn = 4096\nnet.ipv4.tcp_tw_recycle = 1' });
    expect(after['etc/sysctl.d/90-x.conf']).toBe('net.core.somaxconn = 4096');
  });

  it('offers decisions as suggestions that --fix does not apply', () => {
    const { after, suggestions } = fixedTexts({ 'etc/sysctl.d/90-x.conf': 'net.ipv4.ip_local_port_range = 1024 65535\n' });
    expect(suggestions).toEqual(["ports-ephemeral-overlaps-nodeport: Use the kernel's default range 32768 60999 (or reserve the NodePort range instead)"]);
    expect(after['etc/sysctl.d/90-x.conf']).toBe('net.ipv4.ip_local_port_range = 1024 65535\n');
  });
});

describe('fixes inside YAML and shell', () => {
  it('edits a literal block scalar of cloud-init, keeping its indentation', () => {
    const ud = ['#cloud-config', 'write_files:', '  - path: /etc/sysctl.d/90-k.conf', '    content: |', '      net.core.somaxconn = 4096', '      net.ipv4.tcp_tw_recycle = 1', '      kernel.pid_max = "65536"', 'runcmd:', '  - sysctl --system', ''].join('\n');
    const { after } = fixedTexts({ 'user-data': ud });
    expect(after['user-data']).toBe(ud.replace('      net.ipv4.tcp_tw_recycle = 1\n', '').replace('"65536"', '65536'));
  });

  it('quotes split shell words with double quotes in a plain scalar and single quotes inside a double-quoted one', () => {
    const ud = ['#cloud-config', 'runcmd:', '  - sysctl -w net.ipv4.ip_local_port_range=32768 60999', '  - "sysctl -w net.ipv4.tcp_rmem=4096 87380 6291456"', ''].join('\n');
    const { after } = fixedTexts({ 'user-data': ud });
    expect(after['user-data']).toBe(['#cloud-config', 'runcmd:', '  - sysctl -w net.ipv4.ip_local_port_range="32768 60999"', `  - "sysctl -w net.ipv4.tcp_rmem='4096 87380 6291456'"`, ''].join('\n'));
  });

  it('quotes split words in a container command of a manifest (JSON-style flow sequence)', () => {
    const pod = ['apiVersion: v1', 'kind: Pod', 'metadata: {name: tune}', 'spec:', '  hostNetwork: true', '  initContainers:', '    - name: sysctl', '      image: busybox', '      securityContext: {privileged: true}', '      command: ["sh", "-c", "sysctl -w net.ipv4.ip_local_port_range=32768 60999"]', '  containers: [{name: app, image: app}]', ''].join('\n');
    const { after } = fixedTexts({ 'pod.yaml': pod });
    expect(after['pod.yaml']).toContain(`"sysctl -w net.ipv4.ip_local_port_range='32768 60999'"`);
  });

  it('edits shell scripts: a sysctl -w word and a heredoc line; a value escaped in a shell string is not fixable', () => {
    const sh = ['#!/bin/sh', 'set -e', 'sysctl -w net.ipv4.ip_local_port_range=32768 60999', 'cat > /etc/sysctl.d/90-x.conf <<EOF', 'net.ipv4.tcp_tw_recycle = 1', 'vm.swappiness = 10', 'EOF', 'echo "net.core.somaxconn = \\"4096\\"" >> /etc/sysctl.d/91-y.conf', ''].join('\n');
    const { after, notFixable } = fixedTexts({ 'scripts/bootstrap.sh': sh });
    expect(after['scripts/bootstrap.sh']).toBe(sh.replace('=32768 60999', '="32768 60999"').replace('net.ipv4.tcp_tw_recycle = 1\n', ''));
    expect(notFixable).toEqual(['sysctl-quoted-value: the setting is not written verbatim here (encoded, escaped or folded content): fix it by hand']);
  });

  it('edits a command in a literal block of Helm values', () => {
    const values = ['initContainers:', '  - name: tune', '    image: busybox', '    securityContext: {privileged: true}', '    command:', '      - sh', '      - -c', '      - |', '        sysctl -w net.ipv4.ip_local_port_range=32768 60999', ''].join('\n');
    const { after } = fixedTexts({ 'chart/values.yaml': values });
    expect(after['chart/values.yaml']).toBe(values.replace('=32768 60999', '="32768 60999"'));
  });

  it('reports encoded and escaped content as not fixable', () => {
    const b64 = Buffer.from('net.ipv4.tcp_tw_recycle = 1\n').toString('base64');
    const ud = ['#cloud-config', 'write_files:', '  - path: /etc/sysctl.d/90-a.conf', '    encoding: b64', `    content: ${b64}`, '  - path: /etc/sysctl.d/91-b.conf', '    content: "net.ipv4.tcp_tw_recycle = 1\\nvm.swappiness = 1\\n"', ''].join('\n');
    const { after, notFixable } = fixedTexts({ 'user-data': ud });
    expect(after['user-data']).toBe(ud);
    expect(notFixable.filter((n) => n.startsWith('tcp-tw-recycle-enabled')).length).toBe(2);
    expect(notFixable.join('\n')).toMatch(/not written verbatim|holds other text/);
  });

  it('prints a unified diff that patch applies', () => {
    const { dir } = fixedTexts({ 'etc/sysctl.d/90-x.conf': 'a.b.c = 1\nnet.ipv4.tcp_tw_recycle = 1\n' });
    const diff = planDiff(planFixes(lint({ paths: ['.'], cwd: dir })));
    expect(diff).toBe(['--- a/etc/sysctl.d/90-x.conf', '+++ b/etc/sysctl.d/90-x.conf', '@@ -1,2 +1 @@', ' a.b.c = 1', '-net.ipv4.tcp_tw_recycle = 1', ''].join('\n'));
  });
});

describe('sysctl-lint --fix', () => {
  const conf = 'net.ipv4.tcp_tw_recycle = 1\nnet.core.somaxconn = 4096 # more\n';

  it('writes atomically, keeps the mode, and a second run changes nothing', () => {
    const dir = tmpTree({ 'etc/sysctl.d/90-x.conf': conf });
    const file = path.join(dir, 'etc/sysctl.d/90-x.conf');
    fs.chmodSync(file, 0o640);
    const r = runCli(['--no-config', '--fix', '.'], { cwd: dir });
    expect(r.stderr).toContain('fixed 2 problems in 1 file');
    expect(r.status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe('net.core.somaxconn = 4096\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['90-x.conf']);
    const ino = fs.statSync(file).ino;
    const again = runCli(['--no-config', '--fix', '.'], { cwd: dir });
    expect(again.stderr).toBe('');
    expect(fs.statSync(file).ino).toBe(ino);
  });

  it('--fix-dry-run prints the diff, exits 1, and writes nothing; 0 when there is nothing to fix', () => {
    const dir = tmpTree({ 'etc/sysctl.d/90-x.conf': conf });
    const r = runCli(['--no-config', '--fix-dry-run', '.'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('-net.ipv4.tcp_tw_recycle = 1\n');
    expect(fs.readFileSync(path.join(dir, 'etc/sysctl.d/90-x.conf'), 'utf8')).toBe(conf);
    const clean = tmpTree({ 'etc/sysctl.d/90-x.conf': 'net.core.somaxconn = 4096\n' });
    expect(runCli(['--no-config', '--fix-dry-run', '.'], { cwd: clean })).toMatchObject({ status: 0, stdout: '' });
  });

  it('standard input: a dry run shows the diff, --fix is a usage error', () => {
    const r = runCli(['--no-config', '--fix-dry-run', '--stdin-filename', 'etc/sysctl.d/x.conf', '-'], { input: conf });
    expect(r.stdout).toContain('+++ b/etc/sysctl.d/x.conf');
    const bad = runCli(['--no-config', '--fix', '-'], { input: conf });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--fix-dry-run');
  });

  it('never writes through a link that leads out of the tree', () => {
    const outside = tmpTree({ 'real.conf': conf });
    const dir = tmpDir();
    fs.mkdirSync(path.join(dir, 'etc/sysctl.d'), { recursive: true });
    fs.symlinkSync(path.join(outside, 'real.conf'), path.join(dir, 'etc/sysctl.d/90-x.conf'));
    runCli(['--no-config', '--fix', '.'], { cwd: dir });
    expect(fs.readFileSync(path.join(outside, 'real.conf'), 'utf8')).toBe(conf);
  });

  it('writes the target of a link inside the tree, and the link stays a link', () => {
    const dir = tmpTree({ 'etc/sysctl.conf': conf });
    fs.mkdirSync(path.join(dir, 'etc/sysctl.d'));
    fs.symlinkSync('../sysctl.conf', path.join(dir, 'etc/sysctl.d/99-sysctl.conf'));
    runCli(['--no-config', '--fix', '.'], { cwd: dir });
    expect(fs.readFileSync(path.join(dir, 'etc/sysctl.conf'), 'utf8')).toBe('net.core.somaxconn = 4096\n');
    expect(fs.lstatSync(path.join(dir, 'etc/sysctl.d/99-sysctl.conf')).isSymbolicLink()).toBe(true);
  });

  it('JSON says which findings are fixable, with exact edits', () => {
    const dir = tmpTree({ 'etc/sysctl.d/90-x.conf': conf });
    const out = JSON.parse(runCli(['--no-config', '--format', 'json', '.'], { cwd: dir }).stdout) as { results: Array<Record<string, unknown>> };
    const tw = out.results.find((r) => r.ruleId === 'tcp-tw-recycle-enabled');
    expect(tw).toMatchObject({ fixable: true, fix: { safe: true, edits: [{ file: 'etc/sysctl.d/90-x.conf', line: 1, column: 1, endLine: 2, endColumn: 1, text: '' }] } });
  });
});

describe('fixes declared by user policies', () => {
  const policy = (autofix: string) =>
    [
      'id: timestamps-on',
      'title: TCP timestamps stay on',
      'severity: warning',
      'check: { setting: net.ipv4.tcp_timestamps, valueType: integer, violation: { equals: 0 } }',
      autofix,
      "message: '{{key}} = {{value}}'",
      'rationale: PAWS needs them.',
      'fix: Set 1.',
      '',
    ].join('\n');

  it('a safe set-value fix is applied by --fix', () => {
    const dir = tmpTree({ 'pol/timestamps-on.yaml': policy("autofix: { action: set-value, value: '1', safe: true }"), 'etc/sysctl.d/90-x.conf': 'net.ipv4.tcp_timestamps = 0\n' });
    const r = runCli(['--no-config', '--policies', 'pol', '--fix', 'etc'], { cwd: dir });
    expect(r.stderr).toContain('fixed 1 problem in 1 file');
    expect(fs.readFileSync(path.join(dir, 'etc/sysctl.d/90-x.conf'), 'utf8')).toBe('net.ipv4.tcp_timestamps = 1\n');
  });

  it('an autofix that does not fit the policy is reported at its field', () => {
    for (const [autofix, message] of [
      ['autofix: { action: quote-split-value, safe: true }', '5:20: quote-split-value needs check.command split-value'],
      ['autofix: { action: set-value }', 'set-value needs a value'],
      ["autofix: { action: remove-assignment, value: '1' }", 'remove-assignment takes no value'],
      ['autofix: { action: rewrite-everything }', 'autofix.action: must be one of'],
      ["autofix: { action: set-value, value: '1 # x' }", 'autofix.value: must match pattern'],
    ]) {
      const dir = tmpTree({ 'pol/timestamps-on.yaml': policy(autofix as string), 'etc/sysctl.d/90-x.conf': 'net.ipv4.tcp_timestamps = 0\n' });
      const r = runCli(['--no-config', '--policies', 'pol', 'etc'], { cwd: dir });
      expect(r.status, autofix).toBe(2);
      expect(r.stderr, autofix).toContain(`pol/timestamps-on.yaml:5:`);
      expect(r.stderr, autofix).toContain(message);
    }
  });
});
