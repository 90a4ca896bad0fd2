import { popcount32 } from '../hash/hamming';

const cache = new Map<number, Uint16Array>();

/**
 * Every `bits`-bit value with at most `radius` bits set, fewest bits first: XOR-ing a slot key
 * with each gives all keys within that Hamming radius. Enumerated once and cached (a few KB).
 */
export const flipMasks = (bits: number, radius: number): Uint16Array => {
  const key = bits * 16 + radius;
  let masks = cache.get(key);
  if (!masks) {
    const list: number[] = [];
    for (let r = 0; r <= radius; r += 1) {
      for (let v = 0; v < 1 << bits; v += 1) if (popcount32(v) === r) list.push(v);
    }
    masks = Uint16Array.from(list);
    cache.set(key, masks);
  }
  return masks;
};
