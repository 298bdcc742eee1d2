/**
 * The sysctl.conf line grammar (procps / systemd-sysctl) under generated input: near-valid
 * lines with globs, templates, odd whitespace and line ends, and arbitrary UTF-16.
 */
import fc from 'fast-check';
import { describe } from 'vitest';
import type { ParsedSysctl } from '../../src/model/facts';
import { parseSysctl } from '../../src/sources/sysctl-conf/parse';
import { sysctlConfHandler } from '../../src/sources/sysctl-conf/handler';
import { anyText, sysctlFile } from './arbitraries';
import { assertAt, assertAtMasked, assertInside, fuzzIt } from './fuzz';
import { assignmentsOf, checkExtraction } from './extraction';

function checkSpans(text: string, p: ParsedSysctl): void {
  for (const a of p.assignments) {
    assertAt(text, a.keySpan, a.rawKey, 'assignment key');
    assertAt(text, a.valueSpan, a.value, 'assignment value');
    assertInside(a.lineSpan, text.length, 'assignment line');
    if (a.lineSpan.start > a.keySpan.start || a.lineSpan.end < a.valueSpan.end) throw new Error('line span does not hold key and value');
  }
  for (const x of p.exclusions) assertAt(text, x.keySpan, x.rawKey, 'exclusion pattern');
  for (const i of p.issues) assertInside(i.span, text.length, `issue ${i.code}`);
}

/** The facts a printer must keep: what the kernel is asked to do, in order. */
function facts(p: ParsedSysctl) {
  return { assignments: p.assignments.map((a) => [a.key, a.rawKey, a.value, a.ignoreFailure, a.isGlob, a.templated]), exclusions: p.exclusions.map((x) => [x.pattern, x.rawKey]) };
}

/** sysctl.conf text with the same assignments and exclusions, one per line, in canonical spacing. */
function print(p: ParsedSysctl): string {
  const lines: Array<[number, string]> = [];
  for (const a of p.assignments) lines.push([a.lineSpan.start, `${a.ignoreFailure ? '-' : ''}${a.rawKey} = ${a.value}`]);
  for (const x of p.exclusions) lines.push([x.keySpan.start, `-${x.rawKey}`]);
  return lines
    .sort((a, b) => a[0] - b[0])
    .map((l) => l[1])
    .join('\n');
}

describe('fuzz: sysctl.conf parser', () => {
  fuzzIt('generated files: spans hold the key and value they claim', sysctlFile, (text) => checkSpans(text, parseSysctl(text)));

  fuzzIt('any text: never throws, spans inside', anyText, (text) => checkSpans(text, parseSysctl(text)));

  fuzzIt('parse, print, parse: the same assignments and exclusions', sysctlFile, (text) => {
    const first = parseSysctl(text);
    const again = parseSysctl(print(first));
    const a = JSON.stringify(facts(first));
    const b = JSON.stringify(facts(again));
    if (a !== b) throw new Error(`re-parse differs:\n${a}\n${b}`);
  });

  fuzzIt('a span mapper shifts every span, nothing else', fc.tuple(sysctlFile, fc.nat(1000)), ([text, shift]) => {
    const plain = parseSysctl(text);
    const mapped = parseSysctl(text, (s) => ({ start: s.start + shift, end: s.end + shift }));
    const moved = (p: ParsedSysctl) => JSON.stringify(p, (k, v: unknown) => (k === 'start' || k === 'end' ? (v as number) - (p === mapped ? shift : 0) : v));
    if (moved(plain) !== moved(mapped)) throw new Error('mapped parse differs beyond the shift');
  });

  fuzzIt('the source handler (templates masked): spans inside, keys at their bytes', sysctlFile, (text) => {
    const x = checkExtraction(sysctlConfHandler, text, 'etc/sysctl.d/99-fuzz.conf');
    const found = assignmentsOf(x, 'etc/sysctl.d/99-fuzz.conf');
    for (const a of found) assertAtMasked(text, a.keySpan, a.rawKey, 'handler key');
    return found.length > 0;
  });

  fuzzIt('huge lines and many lines stay linear', fc.tuple(fc.integer({ min: 1, max: 200_000 }), fc.constantFrom('a', '=', ' ', '\n', '-', 'net.*.', '#')), ([n, unit]) => {
    const text = unit.repeat(n);
    checkSpans(text, parseSysctl(text));
  }, { scale: 0.02 });
});
