/**
 * Path arguments: globs expanded by one implementation for the command line and the Action's
 * `paths` input, and no silent success when a path or glob has nothing to lint.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliArguments, readInputs } from '../../src/action/inputs';
import { expandBraces, expandPathArgument } from '../../src/inputs/path-globs';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';

const RECYCLE = 'net.ipv4.tcp_tw_recycle = 1\n';
const repo = () =>
  tmpTree({
    'images/worker/rootfs/etc/sysctl.d/60-a.conf': RECYCLE,
    'images/gpu/rootfs/etc/sysctl.d/60-b.conf': RECYCLE,
    'images/gpu/rootfs/etc/sysctl.d/.hidden.conf': RECYCLE,
    'images/legacy/README.md': 'nothing to lint\n',
    'deploy/app.yaml': 'kind: ConfigMap\n',
    'node_modules/x/etc/sysctl.d/1.conf': RECYCLE,
    'lit[eral]/sysctl.conf': RECYCLE,
  });

describe('expandPathArgument', () => {
  it('expands *, ?, classes, ** and braces; hidden names only when asked; never into node_modules', () => {
    const cwd = repo();
    const exp = (p: string) => expandPathArgument(p, cwd).paths;
    expect(exp('images/*/rootfs/etc')).toEqual(['images/gpu/rootfs/etc', 'images/worker/rootfs/etc']);
    expect(exp('images/w?rker')).toEqual(['images/worker']);
    expect(exp('images/[gw]*/rootfs')).toEqual(['images/gpu/rootfs', 'images/worker/rootfs']);
    expect(exp('images/[!g]*')).toEqual(['images/legacy', 'images/worker']);
    expect(exp('**/sysctl.d/*.conf')).toEqual(['images/gpu/rootfs/etc/sysctl.d/60-b.conf', 'images/worker/rootfs/etc/sysctl.d/60-a.conf']);
    expect(exp('**/sysctl.d/.*.conf')).toEqual(['images/gpu/rootfs/etc/sysctl.d/.hidden.conf']);
    expect(exp('{deploy,images/legacy}')).toEqual(['deploy', 'images/legacy']);
    expect(exp('images/{gpu,worker}/rootfs/etc/sysctl.d/60-{a,b}.conf')).toEqual(['images/gpu/rootfs/etc/sysctl.d/60-b.conf', 'images/worker/rootfs/etc/sysctl.d/60-a.conf']);
    expect(exp('images/**')).toEqual(['images']);
    expect(exp(path.join(cwd, 'images/*'))).toEqual(['gpu', 'legacy', 'worker'].map((n) => path.join(cwd, 'images', n)));
    expect(exp('nothing/*.conf')).toEqual([]);
  });

  it('takes a name literally when a file has it, or when it is no glob', () => {
    const cwd = repo();
    expect(expandPathArgument('lit[eral]', cwd)).toEqual({ glob: false, paths: ['lit[eral]'] });
    expect(expandPathArgument('images/worker', cwd)).toEqual({ glob: false, paths: ['images/worker'] });
    expect(expandPathArgument('lit\\[eral\\]/*.conf', cwd).paths).toEqual(['lit[eral]/sysctl.conf']);
  });

  it('expands braces, nested, and leaves a brace without a comma alone', () => {
    expect(expandBraces('a{b,c{d,e}}f')).toEqual(['abf', 'acdf', 'acef']);
    expect(expandBraces('a{b}c')).toEqual(['a{b}c']);
    expect(expandBraces('x')).toEqual(['x']);
  });
});

describe('the command line and the Action expand paths the same way', () => {
  it('the Action hands its paths to the CLI unexpanded, after --', () => {
    const inputs = readInputs({ INPUT_PATHS: 'images/*/rootfs\n-odd dir\n' });
    expect(cliArguments(inputs).slice(-3)).toEqual(['--', 'images/*/rootfs', '-odd dir']);
  });

  it('a glob on the command line lints every match', () => {
    const cwd = repo();
    const r = runCli(['--format', 'json', 'images/*/rootfs'], { cwd });
    const files = (JSON.parse(r.stdout) as { results: Array<{ file: string }> }).results.map((x) => x.file);
    expect(files).toContain('images/gpu/rootfs/etc/sysctl.d/60-b.conf');
    expect(files).toContain('images/worker/rootfs/etc/sysctl.d/60-a.conf');
    expect(files.every((f) => /^images\/(gpu|worker)\/rootfs\//.test(f))).toBe(true);
  });
});

describe('no silent success', () => {
  it('a glob that matches nothing exits 2 with a clear message', () => {
    const r = runCli(['images/*/nope', 'images/worker'], { cwd: repo() });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('sysctl-lint: images/*/nope: no file or directory matches this pattern (--no-error-on-unmatched-pattern allows this)\n');
    expect(r.stdout).toContain('tcp-tw-recycle-enabled');
  });

  it('a directory with nothing to lint exits 2, saying how many files it holds', () => {
    const cwd = repo();
    const legacy = runCli(['images/legacy'], { cwd });
    expect(legacy.status).toBe(2);
    expect(legacy.stderr).toBe('sysctl-lint: images/legacy: nothing to lint: none of the 1 file here is of a kind sysctl-lint reads, or all are ignored (--no-error-on-unmatched-pattern allows this)\n');
    const empty = tmpTree({ 'x/.keep': '' });
    expect(runCli(['x'], { cwd: empty }).stderr).toContain('sysctl-lint: x: nothing to lint: none of the 1 file');
  });

  it('counts files the config ignores as nothing to lint', () => {
    const cwd = tmpTree({ '.sysctl-lint.yaml': 'ignore: ["legacy/"]\n', 'legacy/etc/sysctl.d/1.conf': RECYCLE });
    const r = runCli(['legacy'], { cwd });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('legacy: nothing to lint');
  });

  it('--no-error-on-unmatched-pattern accepts both', () => {
    const r = runCli(['--no-error-on-unmatched-pattern', 'images/legacy', 'images/*/nope'], { cwd: repo() });
    expect(r).toMatchObject({ status: 0, stderr: '', stdout: '' });
  });

  it('a directory that holds lintable files is fine even when they hold nothing to report', () => {
    const r = runCli(['deploy'], { cwd: repo() });
    expect(r).toMatchObject({ status: 0, stderr: '' });
  });

  it('a file named explicitly is never unmatched (pre-commit names files one by one)', () => {
    const r = runCli(['images/legacy/README.md'], { cwd: repo() });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('sysctl-lint/unrecognized-file');
  });
});
