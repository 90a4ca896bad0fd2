import type { MatchSink } from './mih-segment';

const pc = (x: number): number => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) | 0;
};

/**
 * Reports every hash with id in `from … to-1` within `maxDistance` of the needle at
 * `needle[nb…nb+7]`, by comparing against each in turn (any radius; the MIH needs d ≤ 63).
 */
export const linearScan = (
  words: Uint32Array,
  from: number,
  to: number,
  needle: Uint32Array,
  nb: number,
  maxDistance: number,
  sink: MatchSink,
): void => {
  const n0 = needle[nb]!;
  const n1 = needle[nb + 1]!;
  const n2 = needle[nb + 2]!;
  const n3 = needle[nb + 3]!;
  const n4 = needle[nb + 4]!;
  const n5 = needle[nb + 5]!;
  const n6 = needle[nb + 6]!;
  const n7 = needle[nb + 7]!;
  for (let id = from, b = from * 8; id < to; id += 1, b += 8) {
    let d = pc(words[b]! ^ n0) + pc(words[b + 1]! ^ n1) + pc(words[b + 2]! ^ n2) + pc(words[b + 3]! ^ n3);
    if (d > maxDistance) continue;
    d += pc(words[b + 4]! ^ n4) + pc(words[b + 5]! ^ n5) + pc(words[b + 6]! ^ n6) + pc(words[b + 7]! ^ n7);
    if (d <= maxDistance) sink(id, d);
  }
};
