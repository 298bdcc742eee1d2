/**
 * Output cannot talk to the CI system. File names, keys, values, policy fields and config keys
 * holding workflow commands (`::set-output`, `::add-mask::`, `::stop-commands::`, `##[group]`),
 * ANSI and OSC escape sequences, CR, U+2028 and `%0A` go through every sink: text with code
 * frames, JSON, SARIF, `--format github` with its job summary, the GitHub Action, and stderr.
 * None may become a command the runner would execute or a control sequence a terminal would
 * run; JSON and SARIF keep the exact text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownCell, logLines, logText, jsonText } from '../../src/reporters/escape';
import { runAllSinks } from '../helpers/all-sinks';
import { runBounded } from '../helpers/bounded-run';
import { tmpDir } from '../helpers/tmp-tree';
import { foreignCommands } from '../helpers/workflow-commands';

const HOSTILE = {
  dir: '::warning title=pwned::dir-injection',
  fileName: '20-##[group]file-injection.conf',
  lines: [
    'net.ipv4.tcp_tw_recycle = 1 ::add-mask::value-injection',
    'kernel.cr = 1\r::error::cr-injection',
    '::stop-commands::content-injection',
    '##[set-output name=a;]legacy-injection',
    'kernel.osc\u001b]0;osc-title\u0007 = 1',
    'net.ipv4.tcp_tw_recycle = "\u001b[2J\u001b[31mansi-injection"',
    'kernel.pct = 1%0A::error::percent-injection',
    'kernel.ls = a\u2028::error::separator-injection',
    'kernel.c1 = \u009b31mc1-injection',
    'kernel.bidi = \u202eevil-bidi',
  ],
};

let ws: string;
beforeAll(() => {
  ws = tmpDir('sl-inject-');
  const put = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(ws, rel)), { recursive: true });
    fs.writeFileSync(path.join(ws, rel), text);
  };
  put(`${HOSTILE.dir}/etc/sysctl.d/10.conf`, 'net.ipv4.tcp_tw_recycle = 1\n');
  put(`img/etc/sysctl.d/${HOSTILE.fileName}`, HOSTILE.lines.join('\n') + '\n');
  put(
    'policies/inject.yaml',
    `id: inject\ntitle: x\nseverity: warning\ncheck:\n  setting: kernel.nothing\n  violation: { equals: "1" }\nmessage: x\nrationale: x\nfix: x\n'::error file=policy.yaml::policy-field-injection': 1\n`,
  );
  put('cfg/.sysctl-lint.yaml', `'::warning::config-key-injection': 1\n"kernel\\r::error::config-cr": 2\n`);
  put('cfg/etc/sysctl.d/10.conf', 'vm.swappiness = 1\n');
});

// eslint-disable-next-line no-control-regex -- looking for control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/;

function expectInert(name: string, output: string): void {
  const foreign = foreignCommands(output);
  expect(foreign, `${name}: workflow commands from input`).toEqual([]);
  expect(CONTROL.test(output.replace(/\r\n/g, '\n')), `${name}: raw control character`).toBe(false);
}

describe('hostile names and content reach no sink as commands or control sequences', () => {
  it('file names, directory names, keys and values', () => {
    const r = runAllSinks([HOSTILE.dir, 'img'], { cwd: ws });
    for (const [name, run] of Object.entries(r.runs)) {
      expect(run.timedOut, name).toBe(false);
      expect([1], name).toContain(run.status);
      expectInert(`${name} stdout`, run.stdout);
      expectInert(`${name} stderr`, run.stderr);
      if (name !== 'action') expectInert(`${name} summary`, run.files);
    }
    // The text report still says what the file holds, escaped.
    const text = r.runs.text?.stdout ?? '';
    expect(text).toContain(`./${HOSTILE.dir}/etc/sysctl.d/10.conf\n`);
    expect(text).toContain('\\x1b[2J');
    expect(text).toContain('\\r::error::cr-injection');
    // JSON and SARIF keep the exact text.
    const json = JSON.parse(r.runs.json?.stdout ?? '') as { results: Array<{ file: string; message: string }> };
    expect(json.results.map((f) => f.file)).toContain(`${HOSTILE.dir}/etc/sysctl.d/10.conf`);
    expect(json.results.map((f) => f.file)).toContain(`img/etc/sysctl.d/${HOSTILE.fileName}`);
    expect(json.results.some((f) => f.message.includes('\u001b[2J'))).toBe(true);
    const sarif = JSON.parse(r.runs.sarif?.stdout ?? '') as { runs: Array<{ results: unknown[] }> };
    expect(sarif.runs[0]?.results.length).toBeGreaterThan(0);
    // The job summary renders no link, image or HTML from the input.
    const summary = r.runs.github?.files ?? '';
    expect(summary).not.toMatch(/<(?!br>)/);
    expect(summary).toContain('sysctl-lint');
  });

  it('a policy field and config keys named like commands (stderr, exit 2)', () => {
    const p = runAllSinks(['--policies', 'policies', 'img'], { cwd: ws });
    for (const [name, run] of Object.entries(p.runs)) {
      expect(run.status, name).toBe(2);
      expectInert(`${name} stdout`, run.stdout);
      expectInert(`${name} stderr`, run.stderr);
    }
    expect(p.runs.text?.stderr).toContain('policy-field-injection');
    const c = runBounded(['etc'], { cwd: path.join(ws, 'cfg') });
    expect(c.status).toBe(2);
    expect(c.stderr).toContain('config-key-injection');
    expectInert('config stderr', c.stderr);
  });
});

describe('the newer sinks: show, the fix diff, the HTML report', () => {
  it('show (text, Markdown, JSON) and --fix-dry-run print no command or control sequence', () => {
    for (const args of [['show', 'img'], ['show', '--format', 'markdown', 'img'], ['show', '--format', 'json', 'img'], ['--fix-dry-run', 'img'], ['--fix-dry-run', HOSTILE.dir]]) {
      const r = runBounded(args, { cwd: ws });
      const name = args.join(' ');
      expect(r.timedOut, name).toBe(false);
      expect([0, 1], `${name}: ${r.stderr}`).toContain(r.status);
      expect(r.stdout.length, name).toBeGreaterThan(0);
      expectInert(`${name} stdout`, r.stdout);
      expectInert(`${name} stderr`, r.stderr);
    }
  });

  it('the HTML report: the input travels as JSON that cannot close its script block', () => {
    const r = runBounded(['--format', 'html', HOSTILE.dir, 'img'], { cwd: ws });
    expect(r.status).toBe(1);
    const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(r.stdout)?.[1] ?? '';
    expect(data).toContain('add-mask');
    expect(data).not.toMatch(/[<>&]/);
    expectInert('html', r.stdout.replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, ''));
  });
});

describe('escaping functions, one per sink', () => {
  it('logText: control characters visible, `##[` inert, tabs kept', () => {
    expect(logText('a\tb\u001b[31mc\r\nd\u0085e\u2028f')).toBe('a\tb\\x1b[31mc\\r\\nd\\x85e\\u{2028}f');
    expect(foreignCommands(logText('x ##[group]y'))).toEqual([]);
    expect(logText('##[group]')).toHaveLength('##[group]'.length + 1);
  });

  it('logLines: no line of stderr starts a command', () => {
    expect(foreignCommands(logLines('sysctl-lint: x\n::error::y\n  ::warning::z\n'))).toEqual([]);
    expect(logLines('sysctl-lint: fine\nsecond line\n')).toBe('sysctl-lint: fine\nsecond line\n');
  });

  it('jsonText: the same JSON value, nothing a log or terminal acts on', () => {
    const value = { s: 'a\u009b1m ##[group] \u2028 \u202e \u001b' };
    const text = jsonText(JSON.stringify(value, null, 2));
    expect(JSON.parse(text)).toEqual(value);
    expect(foreignCommands(text)).toEqual([]);
    expect(CONTROL.test(text)).toBe(false);
  });

  it('markdownCell: no link, image, HTML, code, emphasis, mention or cell break opens', () => {
    const cell = markdownCell('![img](https://evil.example/x.png) [link](javascript:alert(1)) <img src=x> `code` *em* _em_ ~~s~~ @user a|b\nline');
    expect(cell).not.toMatch(/(^|[^\\])[[\]`*_~|]/);
    expect(cell).not.toContain('<img');
    expect(cell).not.toContain('@user');
    expect(cell).toContain('<br>');
  });
});
