import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { mayMatter } from '../../../src/sources/k8s-manifest/triggers';
import { getPath, isScalar, parseEmbeddedYaml, parseYaml, splitDocuments, yamlProblemFinding, type YNode, type YScalar } from '../../../src/sources/yaml/index';
import { parseSysctl } from '../../../src/sources/sysctl-conf/parse';
import { describeCorpus } from '../../helpers/shared';
import { scalarsOf } from './compare-readers';

const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

function scalarAt(text: string, p: Array<string | number>, doc = 0): YScalar {
  const d = parseYaml(text)[doc];
  const n = getPath(d?.contents, p);
  if (!isScalar(n)) throw new Error(`no scalar at ${p.join('.')}`);
  return n;
}

/** Each decoded character that copies a source character must map onto that character. */
function expectExactMapping(text: string, s: YScalar) {
  expect(s.exact).toBe(true);
  for (let i = 0; i < s.text.length; i++) {
    const src = s.map({ start: i, end: i + 1 });
    const c = s.text[i] as string;
    if (src.end - src.start === 1 && !'\n '.includes(c)) expect(at(text, src), `char ${i} of ${JSON.stringify(s.text)}`).toBe(c);
    expect(src.start).toBeGreaterThanOrEqual(s.range.start);
    expect(src.end).toBeLessThanOrEqual(s.range.end);
  }
}

describe('YAML positions', () => {
  it('spans keys and values exactly, quoted ones inside the quotes', () => {
    const t = 'spec:\n  sysctls:\n    - name: "net.core.somaxconn"\n      value: \'1024\'\n    - {name: kernel.shm_rmid_forced, value: 1}\n';
    const name = scalarAt(t, ['spec', 'sysctls', 0, 'name']);
    expect(at(t, name.span)).toBe('net.core.somaxconn');
    expect(name.style).toBe('double');
    const value = scalarAt(t, ['spec', 'sysctls', 0, 'value']);
    expect(value.value).toBe('1024');
    expect(at(t, value.span)).toBe('1024');
    const flow = scalarAt(t, ['spec', 'sysctls', 1, 'value']);
    expect(flow.value).toBe(1);
    expect(flow.text).toBe('1');
    const doc = parseYaml(t)[0];
    const pair = (getPath(doc?.contents, ['spec']) as { kind: 'map'; pairs: Array<{ key: YNode | null }> }).pairs[0];
    expect(at(t, (pair?.key as YScalar).span)).toBe('sysctls');
  });

  it('maps every line of a literal block scalar back into the file', () => {
    const t = 'data:\n  k8s.conf: |\n    net.ipv4.ip_forward = 1\n\n    # comment\n    net.ipv4.ip_local_port_range = 1024 65000\n  other: x\n';
    const s = scalarAt(t, ['data', 'k8s.conf']);
    expect(s.style).toBe('literal');
    expectExactMapping(t, s);
    const parsed = parseSysctl(s.text, s.map);
    expect(parsed.assignments.map((a) => at(t, a.keySpan))).toEqual(['net.ipv4.ip_forward', 'net.ipv4.ip_local_port_range']);
    expect(parsed.assignments.map((a) => at(t, a.valueSpan))).toEqual(['1', '1024 65000']);
  });

  it('maps folded, indented-indicator and chomped block scalars, and CRLF files', () => {
    const t = 'a: >-\r\n  sysctl -w net.core.somaxconn=1024;\r\n  sysctl -w\r\n\r\n    kept  line\r\n  vm.x=1\r\nb: |2+\r\n    two\r\n\r\nc: x\r\n';
    for (const k of ['a', 'b']) {
      const s = scalarAt(t, [k]);
      expect(s.text).toBe(String(parseDocument(t).get(k)));
      expectExactMapping(t, s);
    }
    const a = scalarAt(t, ['a']);
    const i = a.text.indexOf('net.core');
    expect(at(t, a.map({ start: i, end: i + 'net.core.somaxconn'.length }))).toBe('net.core.somaxconn');
  });

  it('maps escapes in double-quoted strings to their source, and plain multi-line scalars', () => {
    const t = 'cmd: "sysctl -w \\"net.ipv4.ip_local_port_range=1024 65535\\"\\n\\tnext \\u00e9"\nplain: one\n  two\n\n  three\nsq: \'it\'\'s   \n  x\'\n';
    const s = scalarAt(t, ['cmd']);
    expectExactMapping(t, s);
    const i = s.text.indexOf('net.ipv4');
    expect(at(t, s.map({ start: i, end: i + 28 }))).toBe('net.ipv4.ip_local_port_range');
    expect(at(t, s.map({ start: s.text.indexOf('"'), end: s.text.indexOf('"') + 1 }))).toBe('\\"');
    expect(at(t, s.map({ start: s.text.indexOf('\n'), end: s.text.indexOf('\n') + 1 }))).toBe('\\n');
    const p = scalarAt(t, ['plain']);
    expect(p.text).toBe('one two\nthree');
    expectExactMapping(t, p);
    const q = scalarAt(t, ['sq']);
    expect(q.text).toBe("it's x");
    expectExactMapping(t, q);
  });

  it('agrees with the YAML library on tricky block scalars', () => {
    const cases = [
      'a: |\n  x\n  y',
      'a: |-\n  x\n\n\n',
      'a: |+\n  x\n\n\nb: 1\n',
      'a: >\n  one\n  two\n\n  three\n    more\n  four\n',
      'a: >+\n\n  lead\n  x\n\n',
      '- |\n  in seq\n  second\n- >2\n    indented\n   ind\n',
      'a: |\n    deep\n   \n    after blank with spaces\n',
      'a: >\n\ttab\n',
      'a: |\n\n  leading blank\n',
      'a:\n  b: |1\n    one\n   zero\n',
    ];
    for (const t of cases) {
      const doc = parseYaml(t)[0];
      const lib = parseDocument(t);
      if (lib.errors.length) continue;
      for (const s of scalarsOf(doc?.contents)) expectExactMapping(t, s);
      const ours = scalarsOf(doc?.contents).map((s) => s.text);
      const theirs: string[] = [];
      const visit = (n: unknown) => {
        const x = n as { items?: unknown[]; key?: unknown; value?: unknown; source?: unknown };
        if (x && typeof x === 'object' && 'source' in x && typeof x.source === 'string' && !('items' in x)) theirs.push(x.source);
        else if (x?.items) for (const it of x.items) visit(it);
        else if (x && typeof x === 'object' && 'key' in x) {
          visit(x.key);
          visit(x.value);
        }
      };
      visit(lib.contents);
      expect(ours, JSON.stringify(t)).toEqual(theirs);
    }
  });

  it('parses JSON (tab-indented, no final newline) with exact string spans', () => {
    const t = '{\n\t"spec": {\n\t\t"command": ["sh", "-c", "sysctl -w net.core.somaxconn=32768"]\n\t}\n}';
    const [d] = parseYaml(t);
    expect(d?.errors).toEqual([]);
    const s = getPath(d?.contents, ['spec', 'command', 2]) as YScalar;
    const i = s.text.indexOf('net.core');
    expect(at(t, s.map({ start: i, end: i + 18 }))).toBe('net.core.somaxconn');
  });

  it('splits multi-document files and can skip documents without parsing them', () => {
    const t = '# header\n---\na: 1\n---\nb: sysctl\n--- \nc: 3\n';
    expect(splitDocuments(t).length).toBe(3);
    const docs = parseYaml(t, { keepDocument: mayMatter });
    expect(docs.length).toBe(1);
    const b = getPath(docs[0]?.contents, ['b']) as YScalar;
    expect(at(t, b.span)).toBe('sysctl');
    // `---` inside a block scalar at column 0 would end the document anyway; indented it does not split.
    expect(splitDocuments('a: |\n  ---\n  x\n').length).toBe(1);
  });

  it('maps YAML embedded in a block scalar (KubeProxyConfiguration in a ConfigMap) through both levels', () => {
    const t = 'kind: ConfigMap\ndata:\n  config.conf: |-\n    apiVersion: kubeproxy.config.k8s.io/v1alpha1\n    kind: KubeProxyConfiguration\n    mode: "ipvs"\n    ipvs:\n      strictARP: true\n';
    const conf = scalarAt(t, ['data', 'config.conf']);
    const [inner] = parseEmbeddedYaml(conf);
    const mode = getPath(inner?.contents, ['mode']) as YScalar;
    expect(mode.value).toBe('ipvs');
    expect(at(t, mode.span)).toBe('ipvs');
    const strict = getPath(inner?.contents, ['ipvs', 'strictARP']) as YScalar;
    expect(at(t, strict.span)).toBe('true');
    const modeKey = (inner?.contents as { pairs: Array<{ key: YNode | null }> }).pairs[2]?.key as YScalar;
    expect(at(t, modeKey.span)).toBe('mode');
  });

  it('maps YAML embedded twice (a kind config patch holding a ClusterConfiguration)', () => {
    const t = 'kind: Cluster\nkubeadmConfigPatches:\n  - "kind: ClusterConfiguration\\napiServer:\\n  extraArgs:\\n    service-node-port-range: \\"1-65535\\"\\n"\n';
    const patch = scalarAt(t, ['kubeadmConfigPatches', 0]);
    const [inner] = parseEmbeddedYaml(patch);
    const r = getPath(inner?.contents, ['apiServer', 'extraArgs', 'service-node-port-range']) as YScalar;
    expect(r.text).toBe('1-65535');
    expect(at(t, r.span)).toBe('1-65535');
    const [k] = (getPath(inner?.contents, ['apiServer', 'extraArgs']) as { pairs: Array<{ key: YNode | null }> }).pairs;
    expect(at(t, (k?.key as YScalar).span)).toBe('service-node-port-range');
  });

  it('never throws on templates; reports one finding at the template and keeps what parses', () => {
    const t = 'controller:\n{{- if .Values.x }}\n  hostNetwork: true\n{{- end }}\n  sysctls:\n    net.core.somaxconn: "1024"\nmachine:\n  sysctls:\n%{ for k, v in sysctls ~}\n    ${k}: ${v}\n%{ endfor ~}\n';
    const docs = parseYaml(t);
    expect(docs.length).toBe(1);
    const f = yamlProblemFinding('x.yaml', t, docs);
    expect(f?.ruleId).toBe('sysctl-lint/template-not-rendered');
    expect(at(t, f!.location.span)).toMatch(/^(\{\{-|%\{)/);
    const garbage = ['{{ }}: [', '%{ if x }\n- a: b\n  c', '{% for %}\n"unterminated', '\t- x\n: :\n', '!!binary |\n  ***\n', '&a [*a, *b]'];
    for (const g of garbage) expect(() => yamlProblemFinding('g.yaml', g, parseYaml(g))).not.toThrow();
  });

  it('reads template-only lines as blank when asked, so the YAML around them parses with unchanged offsets', () => {
    const t = 'apiServer:\n  extraArgs:\n{{- if .Values.wide }}\n    service-node-port-range: "1-65535"\n{{- end }}\n%{ for k in keys ~}\n';
    expect(parseYaml(t)[0]?.errors.length).toBeGreaterThan(0);
    const [d] = parseYaml(t, { blankTemplateLines: true });
    expect(d?.errors).toEqual([]);
    const v = getPath(d?.contents, ['apiServer', 'extraArgs', 'service-node-port-range']) as YScalar;
    expect(at(t, v.span)).toBe('1-65535');
    expect(d?.templateLines?.map((l) => at(t, l))).toEqual(['{{- if .Values.wide }}', '{{- end }}', '%{ for k in keys ~}']);
    const f = yamlProblemFinding('t.yaml', t, [d!]);
    expect([f?.ruleId, at(t, f!.location.span)]).toEqual(['sysctl-lint/template-not-rendered', '{{-']);
  });

  it('reports plain invalid YAML once, at the first error', () => {
    const t = 'a: 1\n b: 2\nc: [\n';
    const f = yamlProblemFinding('bad.yaml', t, parseYaml(t));
    expect(f?.ruleId).toBe('sysctl-lint/yaml-syntax');
    expect(f?.severity).toBe('warning');
  });
});

describeCorpus('YAML positions in the real-world corpus', (corpus) => {
  it('decodes every scalar exactly as the YAML library does, with exact maps', () => {
    const files = corpus.files.map((f) => f.saved_as).filter((f) => /\.(ya?ml|json|tpl|txt)$/.test(f));
    let count = 0;
    for (const f of files) {
      const t = fs.readFileSync(path.join(corpus.dir, f), 'utf8');
      for (const d of parseYaml(t))
        for (const s of scalarsOf(d.contents)) {
          expectExactMapping(t, s);
          count++;
        }
    }
    expect(count).toBeGreaterThan(1000);
  });
});

describe('error positions', () => {
  // The yaml package reports a missing end (an unclosed quote or flow collection) one past the
  // text; found by the fuzz suite (test/fuzz/yaml.test.ts).
  it.each(['k: "abc', 'k: [{\n', 'k: [{[{[{x'])('an error at the end of %j stays inside the text', (text) => {
    const errors = parseYaml(text).flatMap((d) => d.errors);
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) {
      expect(e.span.start).toBeLessThanOrEqual(e.span.end);
      expect(e.span.end).toBeLessThanOrEqual(text.length);
    }
  });
});
