// Test support: seeded hash collections, and a brute-force matcher to check the index against.
import { hammingDistance } from '../hash/hamming';

/** A small seeded PRNG (mulberry32), so failures reproduce. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
};

/**
 * `families` random hashes, each followed by `copies` near-duplicates with 0–`maxFlips` random
 * bits flipped, packed 8 words per hash: real collections hold families of re-encoded copies.
 */
export const hashFamilies = (
  random: () => number,
  families: number,
  copies: number,
  maxFlips: number,
): Uint32Array => {
  const out = new Uint32Array(families * (copies + 1) * 8);
  let at = 0;
  for (let f = 0; f < families; f += 1) {
    const base = at;
    for (let k = 0; k < 8; k += 1) out[at++] = random();
    for (let c = 0; c < copies; c += 1) {
      out.copyWithin(at, base, base + 8);
      const flips = random() % (maxFlips + 1);
      for (let i = 0; i < flips; i += 1) {
        const bit = random() & 255;
        out[at + (bit >> 5)]! ^= 1 << (bit & 31);
      }
      at += 8;
    }
  }
  return out;
};

/** Every (id, distance) with distance ≤ d, by brute force, sorted by id; `skip` leaves ids out. */
export const bruteForce = (
  packed: Uint32Array,
  needle: Uint32Array,
  d: number,
  skip: (id: number) => boolean = () => false,
): [number, number][] => {
  const out: [number, number][] = [];
  for (let id = 0; id < packed.length / 8; id += 1) {
    const distance = hammingDistance(packed, needle, id * 8, 0);
    if (distance <= d && !skip(id)) out.push([id, distance]);
  }
  return out;
};
