/**
 * Structure-aware generators: inputs that are almost what real files hold (sysctl lines, YAML
 * with block scalars, shell with heredocs, MIME with boundaries, encoded payloads, deep
 * nesting), with hostile pieces mixed in, so the fuzzer reaches the parsers' inner paths
 * instead of failing at the first byte.
 */
import fc from 'fast-check';

/** Text that is anything at all: any UTF-16 code unit, lone surrogates, controls, NUL. */
export const anyText = fc.string({ unit: 'binary', maxLength: 400 });

const ws = fc.constantFrom('', ' ', '  ', '\t', ' \t ', '\v', '\f', '\r');
const lineEnd = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

const segment = fc.oneof(
  fc.constantFrom('net', 'ipv4', 'ipv6', 'conf', 'all', 'default', 'eth0', 'ip_forward', 'rp_filter', 'vm', 'swappiness', 'kernel', 'pid_max', 'fs', 'inotify', 'max_user_watches', 'tcp_tw_recycle', 'somaxconn', 'core', 'bridge', 'bridge-nf-call-iptables', 'nf_conntrack_max', 'ping_group_range'),
  fc.constantFrom('*', '?', 'eth*', '[a-z]*', '[!0]', '[z-a]', '**', 'x*y*z', '{{ iface }}', '${IFACE}', '$iface'),
  fc.stringMatching(/^[a-z0-9_-]{1,8}$/),
);

/** A sysctl key in dotted or slashed form (procps and systemd accept both). */
const sysctlKey = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 6 }), fc.constantFrom('.', '.', '/')).map(([s, sep]) => s.join(sep));

/** A plain key: letters, digits, dots and underscores only, so its bytes are itself in every syntax. */
export const plainKey = fc.array(fc.constantFrom('net', 'ipv4', 'conf', 'all', 'ip_forward', 'vm', 'swappiness', 'kernel', 'pid_max', 'eth0', 'somaxconn', 'core'), { minLength: 2, maxLength: 5 }).map((s) => s.join('.'));

const sysctlValue = fc.oneof(
  fc.constantFrom('1', '0', '65535', '1024 65535', '"1"', "'0'", '1 # comment', '-1', '0x10', '18446744073709551616', '{{ value }}', '${VALUE}', 'on', 'yes', '4096\t87380\t6291456'),
  fc.stringMatching(/^[0-9a-z ]{0,12}$/),
  fc.string({ maxLength: 20 }).map((s) => s.replace(/[\r\n]/g, ' ')),
);

/** One sysctl.conf line (no line end), mostly near-valid. */
const sysctlLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(ws, fc.constantFrom('', '', '-'), sysctlKey, ws, fc.constantFrom('=', '=', '==', ' = '), ws, sysctlValue, ws).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.tuple(ws, fc.constantFrom('#', ';'), fc.string({ maxLength: 30 })).map((p) => p.join('').replace(/[\r\n]/g, '')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('-', '- '), sysctlKey).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', '{% if x %}', '{{- if .Values.x }}', '{# note #}', '%{ for k, v in m ~}', '=', '= 1', 'net.ipv4.ip_forward', '\uFEFFnet.core.somaxconn = 1024', '\u0000', 'key = \u202Evalue') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, '')) },
);

export const sysctlFile = fc.tuple(fc.array(fc.tuple(sysctlLine, lineEnd), { maxLength: 40 }), fc.boolean()).map(([lines, finalEnd]) => {
  const text = lines.map(([l, e]) => l + e).join('');
  return finalEnd ? text : text.replace(/(\r\n|\r|\n)$/, '');
});

/** Indents a block of lines by n spaces (blank lines stay blank). */
export function indent(text: string, n: number): string {
  const pad = ' '.repeat(n);
  return text
    .split('\n')
    .map((l) => (l.length ? pad + l : l))
    .join('\n');
}

/** Clean sysctl lines for embedding in block scalars, heredocs and encoded payloads. */
export const cleanSysctlLines = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(plainKey, fc.constantFrom(' = ', '=', ' =', '= '), fc.constantFrom('1', '0', '65535', '1024 65535')).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.constantFrom('# comment', '', '; semicolon comment') },
  ),
  { minLength: 1, maxLength: 8 },
);

const yamlPlainWord = fc.stringMatching(/^[a-z][a-z0-9_.]{0,10}$/);
const yamlScalar = fc.oneof(
  yamlPlainWord,
  fc.constantFrom('1', '0', 'true', 'null', '~', '"1"', "'x'", '"a\\tb"', '"\\u00e9t\\u00e9"', "'it''s'", '"two words"', '!!str 7', '&a v', '*a', '"\\x41"', '? complex', '-', '|', '>'),
  yamlPlainWord.map((w) => `"${w}"`),
  yamlPlainWord.map((w) => `'${w}'`),
);

/** A block scalar value: header with chomping and an optional indentation indicator, then its body. */
function blockScalar(body: fc.Arbitrary<string>): fc.Arbitrary<(indentBy: number) => string> {
  return fc.tuple(fc.constantFrom('|', '|-', '|+', '>', '>-', '|2', '>+', '|-2'), body, fc.constantFrom('', ' # note')).map(([header, text, comment]) => (n: number) => {
    const explicit = /\d/.exec(header);
    const bodyIndent = n + (explicit ? Number(explicit[0]) : 2);
    return `${header}${comment}\n${indent(text, bodyIndent)}`;
  });
}

/** YAML documents: block and flow maps and sequences, block scalars, comments, anchors, several documents. */
export const yamlText: fc.Arbitrary<string> = fc
  .letrec<{ node: (n: number) => string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      yamlScalar.map((s) => () => s),
      blockScalar(cleanSysctlLines.map((l) => l.join('\n'))),
      fc.array(fc.tuple(yamlPlainWord, tie('node')), { minLength: 1, maxLength: 4 }).map((pairs) => (n: number) => '\n' + pairs.map(([k, v]) => `${' '.repeat(n)}${k}: ${v(n + 2)}`).join('\n')),
      fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items) => (n: number) => '\n' + items.map((v) => `${' '.repeat(n)}- ${v(n + 2)}`).join('\n')),
      fc.array(yamlScalar, { maxLength: 4 }).map((items) => () => `[${items.join(', ')}]`),
      fc.array(fc.tuple(yamlPlainWord, yamlPlainWord), { maxLength: 4 }).map((pairs) => () => `{${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`),
    ),
  }))
  .node.chain((root) =>
    fc.tuple(fc.array(fc.tuple(yamlPlainWord, fc.constant(root)), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '---\n', '%YAML 1.2\n---\n', '# head\n'), fc.constantFrom('', '\n---\nother: 1\n', '\n...\n', '\n--- |\n  a = 1\n')).map(([pairs, head, tail]) => head + pairs.map(([k, v]) => `${k}: ${v(2)}`).join('\n') + tail),
  );

/** Deeply nested text: an opener repeated n times, then the closer n times (or not closed). */
export const deepNesting = (open: string[], close: string[]): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: open.length - 1 }), fc.boolean(), fc.string({ maxLength: 10 })).map(([n, i, closed, middle]) => (open[i] as string).repeat(n) + middle + (closed ? (close[i] as string).repeat(n) : ''));

/** Splices hostile fragments into a generated text at random places. */
export function withNoise(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const noise = fc.oneof(fc.constantFrom('\u0000', '\r', '\t', '"', "'", '`', '\\', '$(', '${', '{{', '}}', '<<EOF', '---', '--', '|', '#', ':', '- ', '\uD800', '\u202E', '::error::x', '\n'), fc.string({ unit: 'binary', maxLength: 6 }));
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(), noise), { maxLength: 3 })).map(([text, inserts]) => {
    let out = text;
    for (const [at, s] of inserts) {
      const i = out.length ? at % (out.length + 1) : 0;
      out = out.slice(0, i) + s + out.slice(i);
    }
    return out;
  });
}
