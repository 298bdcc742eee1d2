import { describe, expect, it } from 'vitest';
import { looksLikeSysctl } from '../../../src/sources/sysctl-conf/handler';

/** The rule without the early exit: assignments, and at least three per other line. */
function reference(text: string): boolean {
  let assignments = 0;
  let other = 0;
  for (const raw of text.split('\n', 400)) {
    const line = raw.trim();
    if (!line || /^(#|;|\{%|\{#)/.test(line)) continue;
    if (/^\s*-?\s*[A-Za-z][\w-]*[./][\w./*?[\]:@-]*\s*=/.test(line)) assignments++;
    else other++;
  }
  return assignments > 0 && assignments >= other * 3;
}

describe('looksLikeSysctl', () => {
  const cases = [
    'net.core.somaxconn = 4096\nvm.swappiness=1\n',
    '# comment\n\nnet.ipv4.ip_forward = 1\n',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
    'a.b = 1\nb.c = 2\nc.d = 3\nnot an assignment\n',
    'a.b = 1\nb.c = 2\nnot an assignment\n',
    'not an assignment\na.b = 1\nb.c = 2\nc.d = 3\n',
    'x\ny\na.b = 1\nb.c = 2\nc.d = 3\nd.e = 4\ne.f = 5\nf.g = 6\n',
    '',
    '{% if x %}\nnet.core.somaxconn = {{ v }}\n{% endif %}\n',
    Array.from({ length: 500 }, (_, i) => (i % 4 === 0 ? 'other line' : `k.e${i} = ${i}`)).join('\n'),
  ];
  it('answers as the plain three-to-one rule does, stopping early when it cannot hold', () => {
    for (const t of cases) expect(looksLikeSysctl(t), JSON.stringify(t.slice(0, 40))).toBe(reference(t));
    expect(looksLikeSysctl(cases[0] as string)).toBe(true);
    expect(looksLikeSysctl(cases[2] as string)).toBe(false);
  });
});
