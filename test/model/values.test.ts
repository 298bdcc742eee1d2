import { describe, expect, it } from 'vitest';
import { parseValue } from '../../src/model/values';

describe('values as the kernel reads them', () => {
  it.each([
    ['6', 6],
    ['0x6', 6],
    ['010', 8],
    ['-1', -1],
    ['+3', 3],
  ])('integer %s is %d (strtoul base 0)', (text, n) => {
    expect(parseValue(text, 'integer')).toEqual({ ok: true, value: { type: 'integer', value: n } });
  });

  it.each(['08', '6s', '"6"', '', '0x'])('rejects %j', (text) => {
    expect(parseValue(text, 'integer').ok).toBe(false);
  });

  it('reads a single number as a partial port range that keeps the default high end', () => {
    expect(parseValue('1024', 'portRange')).toEqual({ ok: true, value: { type: 'portRange', value: { lo: 1024, hi: 60999, partial: true } } });
  });

  it('reads reserved ports with the bitmap grammar (no blanks)', () => {
    expect(parseValue('30000-32767,10250', 'portList').ok).toBe(true);
    expect(parseValue('30000-32767, 10250', 'portList').ok).toBe(false);
  });
});
