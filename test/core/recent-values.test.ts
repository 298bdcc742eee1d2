import { describe, expect, it } from 'vitest';
import { RecentValues } from '../../src/core/memo';

describe('RecentValues', () => {
  it('makes a value once while it stays among the most recently used, and again after it was dropped', () => {
    const made: string[] = [];
    const cache = new RecentValues<string>(2);
    const get = (k: string) => cache.get(k, (key) => (made.push(key), key.toUpperCase()));
    expect([get('a'), get('b'), get('a')]).toEqual(['A', 'B', 'A']);
    expect(made).toEqual(['a', 'b']);
    // 'b' is the least recently used now: 'c' takes its place, 'a' stays.
    expect(get('c')).toBe('C');
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);
    expect([get('a'), get('b')]).toEqual(['A', 'B']);
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps an empty string as a value', () => {
    let calls = 0;
    const cache = new RecentValues<string>(1);
    cache.get('x', () => (calls++, ''));
    expect(cache.get('x', () => (calls++, 'other'))).toBe('');
    expect(calls).toBe(1);
  });
});
