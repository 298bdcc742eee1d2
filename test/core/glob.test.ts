/**
 * The glob matcher: glob(7) as systemd and procps expand sysctl keys, in time bounded by
 * pattern x text length per segment whatever the pattern (patterns come from linted files).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileGlob } from '../../src/core/glob';

const key = (p: string, k: string) => compileGlob(p, '.').test(k);

describe('compileGlob', () => {
  it.each([
    ['net.ipv4.conf.*.rp_filter', 'net.ipv4.conf.eth0.rp_filter', true],
    ['net.ipv4.conf.*.rp_filter', 'net.ipv4.conf.eth0.sub.rp_filter', false],
    ['net.ipv4.conf.*.rp_filter', 'net.ipv4.conf..rp_filter', true],
    ['net.ipv4.conf.eth?.rp_filter', 'net.ipv4.conf.eth1.rp_filter', true],
    ['net.ipv4.conf.eth?.rp_filter', 'net.ipv4.conf.eth10.rp_filter', false],
    ['net.ipv4.conf.eth[0-3].rp_filter', 'net.ipv4.conf.eth2.rp_filter', true],
    ['net.ipv4.conf.eth[!0-3].rp_filter', 'net.ipv4.conf.eth2.rp_filter', false],
    ['net.ipv4.conf.eth[!0-3].rp_filter', 'net.ipv4.conf.eth7.rp_filter', true],
    ['net.ipv4.conf.[]x].a', 'net.ipv4.conf.].a', true],
    ['net.ipv4.[z-a].x', 'net.ipv4.m.x', false], // a reversed range matches nothing (it threw before)
    ['net.ipv4.[a', 'net.ipv4.[a', true], // an unclosed class is a literal `[`
    ['net.ipv4.a[.]b', 'net.ipv4.a.b', false], // a class never matches the separator
    ['net.*', 'net.ipv4.x', false],
    ['*', '', true],
    ['a*b*c', 'aXXbYYc', true],
    ['a*b*c', 'aXXbYYcZ', false],
  ])('%s ~ %s: %s', (p, k, want) => {
    expect(key(p, k)).toBe(want);
  });

  it('testPrefix: the pattern matches the first segments', () => {
    const g = compileGlob('net.ipv4.conf.*', '.');
    expect(g.testPrefix('net.ipv4.conf.eth0.rp_filter')).toBe(true);
    expect(g.testPrefix('net.ipv4.conf.eth0')).toBe(true);
    expect(g.testPrefix('net.ipv4.conf')).toBe(false);
    expect(g.testPrefix('net.ipv6.conf.eth0.x')).toBe(false);
  });

  it('pathological patterns return at once', () => {
    // Each of these takes exponential time as a backtracking regular expression.
    expect(key(`net.${'*'.repeat(20)}.x`, `net.${'a'.repeat(40)}`)).toBe(false);
    expect(key(`${'a*'.repeat(2000)}b`, 'a'.repeat(4000))).toBe(false);
    expect(key(`${'*a'.repeat(2000)}.x`, `${'a'.repeat(4000)}.y`)).toBe(false);
    expect(compileGlob(`${'?*'.repeat(5000)}/x`, '/').test(`${'b'.repeat(20000)}/y`)).toBe(false);
  });

  it('agrees with a backtracking reference on small inputs', () => {
    const reference = (p: string, k: string): boolean => {
      // Straightforward recursion over glob(7) with `.` as separator; small inputs only.
      const m = (i: number, j: number): boolean => {
        if (i === p.length) return j === k.length;
        const c = p[i] as string;
        if (c === '*') {
          for (let e = j; e <= k.length; e++) {
            if (m(i + 1, e)) return true;
            if (k[e] === '.') break;
          }
          return false;
        }
        if (j === k.length) return false;
        if (c === '?') return k[j] !== '.' && m(i + 1, j + 1);
        return c === k[j] && m(i + 1, j + 1);
      };
      return m(0, 0);
    };
    const alphabet = fc.constantFrom('a', 'b', '.', '*', '?');
    const text = fc.constantFrom('a', 'b', '.');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 8 }), fc.array(text, { maxLength: 10 }), (p, k) => {
        expect(key(p.join(''), k.join(''))).toBe(reference(p.join(''), k.join('')));
      }),
      { numRuns: 2000 },
    );
  });
});
