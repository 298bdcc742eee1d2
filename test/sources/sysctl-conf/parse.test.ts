import { describe, expect, it } from 'vitest';
import { parseSysctl } from '../../../src/sources/sysctl-conf/parse';
import { canonicalKey } from '../../../src/model/keys';

/** The text a span covers, to assert exact spans readably. */
const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

describe('sysctl line grammar (procps parse_setting_line / systemd parse_line)', () => {
  it('splits at the first = and strips whitespace around key and value', () => {
    const t = 'net.ipv4.ip_local_port_range =   1024 65000  \n';
    const [a] = parseSysctl(t).assignments;
    expect(a?.key).toBe('net.ipv4.ip_local_port_range');
    expect(a?.value).toBe('1024 65000');
    expect(at(t, a!.keySpan)).toBe('net.ipv4.ip_local_port_range');
    expect(at(t, a!.valueSpan)).toBe('1024 65000');
  });

  it('keeps everything after the first = in the value, including further = signs', () => {
    const [a] = parseSysctl('kernel.core_pattern=|/bin/x a=b\n').assignments;
    expect(a?.value).toBe('|/bin/x a=b');
  });

  it('treats # and ; lines as comments, also after indentation', () => {
    const p = parseSysctl('# a = 1\n  ; b = 2\n\t#c=3\n');
    expect(p.assignments).toEqual([]);
    expect(p.issues).toEqual([]);
  });

  it('has no inline comments: the text stays in the value', () => {
    const [a] = parseSysctl('net.ipv4.tcp_sack = 1    # Turn on\n').assignments;
    expect(a?.value).toBe('1    # Turn on');
  });

  it('does not remove quotes', () => {
    const [a] = parseSysctl('net.ipv4.ip_local_port_range = "1024 65535"\n').assignments;
    expect(a?.value).toBe('"1024 65535"');
  });

  it('reads the - prefix as ignore-failure and spans the key without it', () => {
    const t = '-net.ipv4.conf.lxc*.rp_filter = 0\n';
    const [a] = parseSysctl(t).assignments;
    expect(a?.ignoreFailure).toBe(true);
    expect(a?.isGlob).toBe(true);
    expect(at(t, a!.keySpan)).toBe('net.ipv4.conf.lxc*.rp_filter');
  });

  it('reads -pattern without = as a glob exclusion', () => {
    const t = 'fs.protected_* = 2\n-fs.protected_regul*\n';
    const p = parseSysctl(t);
    expect(p.exclusions).toHaveLength(1);
    expect(p.exclusions[0]?.pattern).toBe('fs.protected_regul*');
    expect(at(t, p.exclusions[0]!.keySpan)).toBe('fs.protected_regul*');
    expect(p.issues).toEqual([]);
  });

  it('reports other lines without = as not-assignment, at the stripped line', () => {
    const t = 'net.ipv4.ip_forward = 1\n   bogus line here  \n';
    const p = parseSysctl(t);
    expect(p.issues).toHaveLength(1);
    expect(p.issues[0]?.code).toBe('not-assignment');
    expect(at(t, p.issues[0]!.span)).toBe('bogus line here');
  });

  it('reports empty keys and empty values', () => {
    const p = parseSysctl(' = 1\nvm.swappiness =\n');
    expect(p.issues.map((i) => i.code)).toEqual(['empty-key', 'empty-value']);
    expect(p.assignments.map((a) => [a.key, a.value])).toEqual([['vm.swappiness', '']]);
  });

  it('handles CRLF, tabs, a BOM and a missing final newline', () => {
    const t = '\ufeffnet.ipv4.ip_forward\t=\t1\r\nvm.swappiness=10';
    const p = parseSysctl(t);
    expect(p.assignments.map((a) => [a.key, a.value])).toEqual([
      ['net.ipv4.ip_forward', '1'],
      ['vm.swappiness', '10'],
    ]);
    expect(at(t, p.assignments[0]!.keySpan)).toBe('net.ipv4.ip_forward');
    expect(at(t, p.assignments[0]!.valueSpan)).toBe('1');
    expect(at(t, p.assignments[1]!.valueSpan)).toBe('10');
  });

  it('has no line continuation', () => {
    const p = parseSysctl('kernel.printk = 4 \\\n 4 1 7\n');
    expect(p.assignments[0]?.value).toBe('4 \\');
    expect(p.issues[0]?.code).toBe('not-assignment');
  });

  it('marks template directives and templated values', () => {
    const t = '{% if KERNEL_VER|float < 4.12 %}\nnet.ipv4.tcp_tw_recycle = 0\n{% endif %}\nnet.core.somaxconn = {{ somaxconn }}\n';
    const p = parseSysctl(t);
    expect(p.issues.map((i) => i.code)).toEqual(['template-directive', 'template-directive']);
    expect(p.assignments.map((a) => [a.key, a.templated])).toEqual([
      ['net.ipv4.tcp_tw_recycle', false],
      ['net.core.somaxconn', true],
    ]);
  });

  it('reads Jinja comments as comments and Go and Terraform template directives as directives', () => {
    const t = '{# tuned for 4.x #}\n{{- if .Values.tw }}\n%{ if recycle }\nnet.ipv4.tcp_fin_timeout = 15\n{{ end }}\n%{ endif }\n';
    const p = parseSysctl(t);
    expect(p.issues.map((i) => [i.code, i.text])).toEqual([
      ['template-directive', '{{- if .Values.tw }}'],
      ['template-directive', '%{ if recycle }'],
      ['template-directive', '{{ end }}'],
      ['template-directive', '%{ endif }'],
    ]);
    expect(p.assignments.map((a) => a.key)).toEqual(['net.ipv4.tcp_fin_timeout']);
  });

  it('maps spans through a span mapper for embedded text', () => {
    const [a] = parseSysctl('vm.swappiness = 1\n', (s) => ({ start: s.start + 100, end: s.end + 100 })).assignments;
    expect(a?.keySpan).toEqual({ start: 100, end: 113 });
  });
});

describe('key normalisation (first-separator rule)', () => {
  it.each([
    ['net.ipv4.ip_forward', 'net.ipv4.ip_forward'],
    ['net/ipv4/ip_forward', 'net.ipv4.ip_forward'],
    ['net/ipv4/conf/enp3s0.200/forwarding', 'net.ipv4.conf.enp3s0/200.forwarding'],
    ['net.ipv4.conf.enp3s0/200.forwarding', 'net.ipv4.conf.enp3s0/200.forwarding'],
    ['kernel/pid_max', 'kernel.pid_max'],
    ['/net/ipv4/ip_forward', 'net.ipv4.ip_forward'],
  ])('%s -> %s', (raw, canonical) => {
    expect(canonicalKey(raw)).toBe(canonical);
  });
});
