import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/core/sha256';

/** A small deterministic generator (mulberry32), so a failure names its seed. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const node = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('sha256', () => {
  it('gives the FIPS 180-4 example digests', () => {
    expect(sha256('').toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc').toString('hex')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').toString('hex')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it("gives node:crypto's digest for seeded texts of every length around the block and padding boundaries", () => {
    const next = rng(3);
    const alphabet = ['a', 'Z', '0', '\0', ' ', '\n', 'é', '€', '😀', '\u{10ffff}', 'net.ipv4.tcp_tw_recycle'];
    for (let len = 0; len < 300; len++) {
      for (let k = 0; k < 3; k++) {
        let s = '';
        while (s.length < len) s += alphabet[Math.floor(next() * alphabet.length)];
        expect(sha256(s).toString('hex'), JSON.stringify(s)).toBe(node(s));
      }
    }
    const big = 'x'.repeat(1_000_003);
    expect(sha256(big).toString('hex')).toBe(node(big));
  });

  it('encodes a lone surrogate as node:crypto does (U+FFFD)', () => {
    expect(sha256('a\ud800b').toString('hex')).toBe(node('a\ud800b'));
  });
});
