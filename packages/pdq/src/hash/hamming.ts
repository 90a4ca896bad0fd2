import { HASH_WORDS, hexToWords } from './hash-hex';

/** Number of set bits in a 32-bit integer (SWAR; JS has no popcount instruction). */
export const popcount32 = (x: number): number => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
};

/**
 * Hamming distance (0–256) between the hash at word offset `ai` of `a` and the one at `bi` of `b`.
 * Offsets let callers compare hashes packed in one large array without copying.
 */
export const hammingDistance = (a: Uint32Array, b: Uint32Array, ai = 0, bi = 0): number => {
  let d = 0;
  for (let k = 0; k < HASH_WORDS; k += 1) d += popcount32((a[ai + k]! ^ b[bi + k]!) >>> 0);
  return d;
};

/** Hamming distance between two hex hashes. */
export const hammingDistanceHex = (a: string, b: string): number =>
  hammingDistance(hexToWords(a), hexToWords(b));
