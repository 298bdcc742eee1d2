import { describe, expect, it } from 'vitest';
import { heapFlagsToSet } from '../../src/cli/heap-flags';

describe('heap flags set by the process entries', () => {
  it('keeps the semi-spaces at their first size and the old generation near what survived', () => {
    expect(heapFlagsToSet([])).toEqual(['--semi-space-growth-factor=1', '--heap-growing-percent=20']);
    expect(heapFlagsToSet(['--enable-source-maps', ''])).toEqual(['--semi-space-growth-factor=1', '--heap-growing-percent=20']);
  });

  it('leaves a flag the user set, in Node options or NODE_OPTIONS, spelt with - or _, or negated', () => {
    expect(heapFlagsToSet(['--heap-growing-percent=50'])).toEqual(['--semi-space-growth-factor=1']);
    expect(heapFlagsToSet(['', '--max-old-space-size=512 --semi_space_growth_factor=2'])).toEqual(['--heap-growing-percent=20']);
    expect(heapFlagsToSet(['--heap-growing-percent', '30', '--no-semi-space-growth-factor'])).toEqual([]);
  });

  it('is not fooled by a flag whose name only starts the same', () => {
    expect(heapFlagsToSet(['--heap-growing-percentage=5'])).toEqual(['--semi-space-growth-factor=1', '--heap-growing-percent=20']);
  });
});
