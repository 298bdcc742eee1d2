import { describe, expect, it } from 'vitest';
import { byteCompare } from '../../src/model/precedence';

const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe('byteCompare (strcmp on UTF-8, as both appliers sort file names)', () => {
  it('sorts names by bytes, not by number', () => {
    expect(['20-b.conf', '100-a.conf', '99-z.conf', '99-sysctl.conf'].sort(byteCompare)).toEqual(['100-a.conf', '20-b.conf', '99-sysctl.conf', '99-z.conf']);
  });

  it('agrees with the UTF-8 byte order where UTF-16 order does not', () => {
    // U+1F600 (astral, UTF-8 F0...) sorts after U+FF5E (UTF-8 EF...), although its UTF-16
    // high surrogate D83D is below FF5E.
    const names = ['\u{1F600}.conf', '\uFF5E.conf', 'a.conf', 'a', 'é.conf', '\uE000x.conf', '\u{10000}', ''];
    for (const a of names) for (const b of names) expect(Math.sign(byteCompare(a, b)), `${a} vs ${b}`).toBe(Math.sign(byBytes(a, b)));
    expect('\u{1F600}' < '\uFF5E').toBe(true);
  });
});
