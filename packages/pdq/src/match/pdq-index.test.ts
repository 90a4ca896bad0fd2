import { describe, expect, it } from 'vitest';
import { hexToWords, wordsToHex } from '../hash/hash-hex';
import { PdqError } from '../pdq-error';
import { bruteForce, hashFamilies, seededRandom } from '../testing/random-hashes';
import { loadIndex, saveIndex } from './index-codec';
import { PdqIndex, type PdqMatch } from './pdq-index';

const pairs = (matches: PdqMatch[]): [number, number][] => matches.map((m) => [m.id, m.distance]);
const needleOf = (packed: Uint32Array, id: number): Uint32Array => packed.slice(id * 8, id * 8 + 8);

// Needles: stored hashes, their near copies (flipped bits) and unrelated random hashes.
const needles = (packed: Uint32Array, random: () => number, count: number): Uint32Array[] =>
  Array.from({ length: count }, (_, i) => {
    const needle =
      i % 3 === 2
        ? Uint32Array.from({ length: 8 }, random)
        : needleOf(packed, random() % (packed.length / 8));
    for (let f = random() % 40; i % 3 === 1 && f > 0; f -= 1)
      needle[(random() & 255) >> 5]! ^= 1 << (random() & 31);
    return needle;
  });

const DISTANCES = [0, 8, 15, 16, 31, 32, 47, 63, 64, 90];

describe('PdqIndex', () => {
  it('finds what a linear scan finds at every distance, for bulk and one-by-one building', () => {
    const random = seededRandom(11);
    const packed = hashFamilies(random, 1500, 5, 70);
    const bulk = new PdqIndex();
    bulk.addMany(packed);
    // One at a time with a small tail: many segments of different sizes and bucket widths.
    const incremental = new PdqIndex({ tailLimit: 64 });
    for (let id = 0; id < packed.length / 8; id += 1) expect(incremental.add(needleOf(packed, id))).toBe(id);
    expect(incremental.stats().segments.length).toBeGreaterThan(3);
    for (const needle of needles(packed, random, 60)) {
      for (const d of DISTANCES) {
        const expected = bruteForce(packed, needle, d);
        expect(pairs(bulk.query(needle, d))).toEqual(expected);
        expect(pairs(incremental.query(needle, d))).toEqual(expected);
      }
    }
  });

  it('uses full 16-bit buckets on a large segment and stays exact', () => {
    const random = seededRandom(5);
    const packed = hashFamilies(random, 30_000, 4, 40);
    const sut = new PdqIndex();
    sut.addMany(packed);
    expect(sut.stats().segments[0]).toBe(150_000);
    for (const needle of needles(packed, random, 45)) {
      for (const d of [31, 63]) expect(pairs(sut.query(needle, d))).toEqual(bruteForce(packed, needle, d));
    }
  });

  it('leaves removed hashes out, keeps ids, and survives save and load', () => {
    const random = seededRandom(23);
    const packed = hashFamilies(random, 400, 6, 50);
    const sut = new PdqIndex({ tailLimit: 100 });
    sut.addMany(packed.subarray(0, 1000 * 8));
    sut.addMany(packed.subarray(1000 * 8));
    const removed = new Set<number>();
    for (let i = 0; i < 700; i += 1) {
      const id = random() % (packed.length / 8);
      expect(sut.remove(id)).toBe(!removed.has(id));
      removed.add(id);
    }
    expect(sut.size).toBe(packed.length / 8 - removed.size);
    const loaded = loadIndex(saveIndex(sut));
    expect([loaded.count, loaded.size]).toEqual([sut.count, sut.size]);
    for (const needle of needles(packed, random, 40)) {
      for (const d of [16, 31, 63, 80]) {
        const expected = bruteForce(packed, needle, d, (id) => removed.has(id));
        expect(pairs(sut.query(needle, d))).toEqual(expected);
        expect(pairs(loaded.query(needle, d))).toEqual(expected);
      }
    }
    const kept = [...Array(packed.length / 8).keys()].find((id) => !removed.has(id))!;
    expect(loaded.get(kept)).toBe(wordsToHex(packed, kept * 8));
    expect(loaded.get([...removed][0]!)).toBeUndefined();
  });

  it('matches mirrored copies through the 8 dihedral needles, keeping the closest', () => {
    const random = seededRandom(3);
    const packed = hashFamilies(random, 200, 0, 0);
    const sut = new PdqIndex({ tailLimit: 50 });
    sut.addMany(packed);
    const plain = Uint32Array.from({ length: 8 }, random);
    const variants = [plain, needleOf(packed, 42), needleOf(packed, 7)];
    variants[2]![0]! ^= 0b111; // 3 bits off
    const found = sut.queryAny(variants, 31);
    expect(found).toEqual([
      { id: 7, distance: 3, variant: 2 },
      { id: 42, distance: 0, variant: 1 },
    ]);
  });

  it('refuses malformed hashes and distances', () => {
    const sut = new PdqIndex();
    expect(() => sut.add('xyz')).toThrow(PdqError);
    expect(() => sut.query(new Uint32Array(8), 257)).toThrow(/0 to 256/);
    expect(() => sut.addMany(new Uint32Array(9))).toThrow(/multiple of 8/);
    expect(sut.remove(0)).toBe(false);
  });

  it('takes hex strings and returns them', () => {
    const sut = new PdqIndex();
    const hex = 'f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95';
    expect(sut.addMany([hex, hex.replace('f1', 'f0')])).toBe(0);
    expect(sut.get(0)).toBe(hex);
    expect(sut.query(hexToWords(hex), 0)).toEqual([{ id: 0, distance: 0, variant: 0 }]);
    expect(pairs(sut.query(hex, 1))).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});
