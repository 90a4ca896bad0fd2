import { describe, expect, it } from 'vitest';
import { hexToWords } from './hash-hex';
import { hammingDistance, hammingDistanceHex, popcount32 } from './hamming';

const naivePopcount = (x: number): number => [...(x >>> 0).toString(2)].filter((b) => b === '1').length;

describe('Hamming distance', () => {
  it('counts bits of 32-bit words, including the sign bit', () => {
    for (const x of [0, 1, 0xff, 0x80000000, 0xffffffff, 0xdeadbeef, 0x12345678]) {
      expect(popcount32(x)).toBe(naivePopcount(x));
    }
  });

  it('is 0 for equal hashes, 256 for complements, symmetric', () => {
    const a = 'f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95';
    const complement = [...a].map((h) => (15 - parseInt(h, 16)).toString(16)).join('');
    const b = 'b062eb9d2ab170c0567fcb672d9a5548c5612982dd5e374a7424ebbc8b135cb5';
    expect(hammingDistanceHex(a, a)).toBe(0);
    expect(hammingDistanceHex(a, complement)).toBe(256);
    expect(hammingDistanceHex(a, b)).toBe(hammingDistanceHex(b, a));
  });

  it('agrees with a digit-by-digit count', () => {
    const a = '98736629670cc19fc9f23862f66cce1f599e32c78e236c78619d202e9e66c157';
    const b = 'e162474a56babaadce4ccfe2231f4abdcac5342e31032bdd2eaca68bca87d516';
    const expected = [...a].reduce((n, h, i) => n + naivePopcount(parseInt(h, 16) ^ parseInt(b[i]!, 16)), 0);
    expect(hammingDistanceHex(a, b)).toBe(expected);
  });

  it('compares hashes inside packed arrays by offset', () => {
    const packed = new Uint32Array(16);
    hexToWords('0'.repeat(63) + 'f', packed, 8);
    expect(hammingDistance(packed, packed, 0, 8)).toBe(4);
  });
});
