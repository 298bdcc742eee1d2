/**
 * `--format junit` and its escaping (xmlText). Parsed back by a real consumer and checked by
 * xmllint in test/delivery/junit.test.ts; here: the layout and the escaping rules.
 */
import { describe, expect, it } from 'vitest';
import { xmlText } from '../../src/reporters/escape';
import { runCli } from '../helpers/cli';
import { tmpTree } from '../helpers/tmp-tree';
import { foreignCommands } from '../helpers/workflow-commands';

/** The decoding an XML parser applies to text and attribute values. */
const xmlDecode = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e] as string);

describe('xmlText', () => {
  it('escapes the markup characters, so nothing can end a CDATA section, an attribute or an element', () => {
    expect(xmlText(`a & b < c > d "e" 'f' ]]>`)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos; ]]&gt;');
    expect(xmlDecode(xmlText('plain text: ok, \ud83d\ude00 tab\tend'))).toBe('plain text: ok, \ud83d\ude00 tab\tend');
  });

  it('what XML 1.0 cannot hold and what a log acts on becomes visible, as in text output', () => {
    expect(xmlText('a\u0000b\u001bc\u000bd\ufffee\ud800f\udc00g')).toBe('a\\x00b\\x1bc\\x0bd\\u{fffe}e\\u{d800}f\\u{dc00}g');
    expect(xmlText('x\ny\r\u0085\u2028\u202e')).toBe('x\\ny\\r\\x85\\u{2028}\\u{202e}');
    const out = xmlText('::set-output name=x::1\n::error::y\r::warning::z\u2028##[group]w');
    // eslint-disable-next-line no-control-regex -- looking for control characters
    expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(out).not.toContain('##[');
    expect(foreignCommands(`x ${out}\n`)).toEqual([]);
  });

  it('breaks up the attachment and property markers of test-report tools', () => {
    expect(xmlText('[[ATTACHMENT|/etc/passwd]] [[ attachment |x]] [[PROPERTY|a=b]] [[other]]')).toBe('[\u200b[ATTACHMENT|/etc/passwd]] [\u200b[ attachment |x]] [\u200b[PROPERTY|a=b]] [[other]]');
  });
});

describe('--format junit', () => {
  it('a testsuite per file, a testcase per finding, a passing testcase per file without findings', () => {
    const ws = tmpTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'etc/sysctl.d/60-perf.conf': 'net.ipv4.tcp_tw_recycle = 1\nnet.ipv4.tcp_tw_recycle = 1\n',
      'etc/sysctl.d/70-info.conf': 'net.core.somaxconn = 4096\nnet.core.somaxconn = 4096\n',
      'etc/sysctl.d/99-ok.conf': 'net.ipv4.ip_forward = 1\n',
    });
    const r = runCli(['--no-config', '--format', 'junit', 'etc'], { cwd: ws });
    expect(r.status).toBe(1);
    const xml = r.stdout;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="sysctl-lint" ')).toBe(true);
    const suites = [...xml.matchAll(/<testsuite name="([^"]*)" tests="(\d+)" failures="(\d+)"/g)].map((m) => [m[1], Number(m[2]), Number(m[3])]);
    expect(suites.map((s) => s[0])).toEqual(['etc/sysctl.d/60-perf.conf', 'etc/sysctl.d/70-info.conf', 'etc/sysctl.d/99-ok.conf']);
    expect(suites.find((s) => s[0] === 'etc/sysctl.d/99-ok.conf')).toEqual(['etc/sysctl.d/99-ok.conf', 1, 0]);
    expect(xml).toContain('<testcase classname="etc/sysctl.d/99-ok.conf" name="no findings" file="etc/sysctl.d/99-ok.conf" />');
    // Two findings of one rule: two test cases with different names.
    const perf = xml.slice(xml.indexOf('<testsuite name="etc/sysctl.d/60-perf.conf"'), xml.indexOf('</testsuite>'));
    const names = [...perf.matchAll(/<testcase [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('tcp-tw-recycle-enabled net.ipv4.tcp_tw_recycle at 1:1');
    expect(perf).toMatch(/<failure message="net\.ipv4\.tcp_tw_recycle = 1 silently drops SYNs[^"]*" type="error">etc\/sysctl\.d\/60-perf\.conf:1:1: error: /);
    // Info findings pass, with the finding as output.
    const info = xml.slice(xml.indexOf('<testsuite name="etc/sysctl.d/70-info.conf"'));
    expect(info).toMatch(/^<testsuite name="etc\/sysctl\.d\/70-info\.conf" tests="\d+" failures="0"/);
    expect(info).toContain('<system-out>etc/sysctl.d/70-info.conf:');
    const totals = /<testsuites name="sysctl-lint" tests="(\d+)" failures="(\d+)" errors="0" skipped="0">/.exec(xml);
    expect(Number(totals?.[1])).toBe(suites.reduce((n, s) => n + (s[1] as number), 0));
    expect(Number(totals?.[2])).toBe(suites.reduce((n, s) => n + (s[2] as number), 0));
  });

  it('nothing to report: every linted file is a passing test, exit 0', () => {
    const ws = tmpTree({ 'etc/sysctl.d/99-ok.conf': 'net.ipv4.ip_forward = 1\n' });
    const r = runCli(['--no-config', '--format', 'junit', 'etc'], { cwd: ws });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<testsuites name="sysctl-lint" tests="1" failures="0" errors="0" skipped="0">');
  });

  it('a path that cannot be read is an error test case', () => {
    const ws = tmpTree({ 'etc/sysctl.d/99-ok.conf': 'net.ipv4.ip_forward = 1\n' });
    const r = runCli(['--no-config', '--format', 'junit', 'etc', 'missing.conf'], { cwd: ws });
    expect(r.status).toBe(2);
    expect(r.stdout).toMatch(/<testsuite name="missing\.conf" tests="1" failures="0" errors="1" skipped="0">\n {4}<testcase classname="missing\.conf" name="read" file="missing\.conf">\n {6}<error message="[^"]+" type="input-error">/);
  });
});
