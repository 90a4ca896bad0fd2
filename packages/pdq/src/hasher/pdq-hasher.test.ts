import { describe, expect, it } from 'vitest';
import { hammingDistanceHex } from '../hash/hamming';
import type { PdqImage } from '../image';
import { PdqError } from '../pdq-error';
import { DIHEDRAL_NAMES } from './dihedral';
import { fillLuma } from './luma';
import { PdqHasher, hashedSize } from './pdq-hasher';

// A textured, asymmetric test image: random 3×3-pixel blocks (seeded). Blocks that divide 64
// would zero whole DCT frequencies and leave those bits to round-off.
const pattern = (width: number, height: number, channels: 1 | 3 = 3): PdqImage => {
  let seed = 2024;
  const cells = Array.from({ length: 64 * 64 }, () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 24;
  });
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const value = cells[(Math.floor(y / 3) % 64) * 64 + (Math.floor(x / 3) % 64)]!;
      for (let c = 0; c < channels; c += 1) data[(y * width + x) * channels + c] = (value + 40 * c) & 255;
    }
  }
  return { width, height, channels, data };
};

const transform = (
  img: PdqImage,
  map: (x: number, y: number) => [number, number],
  width: number,
  height: number,
): PdqImage => {
  const data = new Uint8Array(width * height * img.channels);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [sx, sy] = map(x, y);
      for (let c = 0; c < img.channels; c += 1) {
        data[(y * width + x) * img.channels + c] = img.data[(sy * img.width + sx) * img.channels + c]!;
      }
    }
  }
  return { ...img, width, height, data };
};

describe('PdqHasher', () => {
  const sut = new PdqHasher();

  it('gives the all-zero hash and quality 0 below 5 pixels on a side', () => {
    const result = sut.hash(pattern(4, 40));
    expect([result.hash, result.quality]).toEqual(['0'.repeat(64), 0]);
  });

  it('sets exactly half the bits of a textured image and rates it 100', () => {
    const result = sut.hash(pattern(300, 200));
    const ones = [...result.hash].reduce((n, h) => n + parseInt(h, 16).toString(2).split('1').length - 1, 0);
    expect([ones, result.quality]).toEqual([128, 100]);
  });

  it('rates a flat image 0', () => {
    const flat = { width: 50, height: 50, channels: 1 as const, data: new Uint8Array(2500).fill(90) };
    expect(sut.hash(flat).quality).toBe(0);
  });

  it('returns the same hash for the same pixels, also from a fresh hasher after other sizes', () => {
    const img = pattern(640, 480);
    const first = sut.hash(img).hash;
    sut.hash(pattern(33, 71));
    expect(sut.hash(img).hash).toBe(first);
    expect(new PdqHasher().hash(img).hash).toBe(first);
  });

  it('ignores a fourth (alpha) channel', () => {
    const rgb = pattern(120, 90);
    const rgba = new Uint8Array(120 * 90 * 4);
    for (let i = 0; i < 120 * 90; i += 1) {
      rgba.set(rgb.data.subarray(i * 3, i * 3 + 3), i * 4);
      rgba[i * 4 + 3] = i % 256;
    }
    expect(sut.hash({ width: 120, height: 90, channels: 4, data: rgba }).hash).toBe(sut.hash(rgb).hash);
  });

  it('squashes images over 512 to 512×512 by nearest neighbour unless told not to', () => {
    expect(hashedSize(1600, 1004)).toEqual({ width: 512, height: 512 });
    expect(hashedSize(512, 300)).toEqual({ width: 512, height: 300 });
    const big = pattern(1024, 600);
    const squashed = transform(
      big,
      (x, y) => [Math.floor((x * 1024) / 512), Math.floor((y * 600) / 512)],
      512,
      512,
    );
    expect(sut.hash(big).hash).toBe(sut.hash(squashed).hash);
    expect(sut.hash(big, { resize512: false }).hash).not.toBe(sut.hash(big).hash);
  });

  it('computes dihedral hashes that match the transformed image, and orig equals the hash', () => {
    // At 64×64 the blur window is 1 and decimation keeps every pixel, so moving the pixels moves
    // the DCT input exactly; only float32 summation order can flip a bit.
    const n = 64;
    const img = pattern(n, n);
    const result = sut.hash(img, { dihedral: true });
    expect(Object.keys(result.dihedral!)).toEqual([...DIHEDRAL_NAMES]);
    expect(result.dihedral!.orig).toBe(result.hash);
    const moved: Record<string, PdqImage> = {
      rot90: transform(img, (x, y) => [n - 1 - y, x], n, n),
      rot180: transform(img, (x, y) => [n - 1 - x, n - 1 - y], n, n),
      flipy: transform(img, (x, y) => [n - 1 - x, y], n, n),
      flipx: transform(img, (x, y) => [x, n - 1 - y], n, n),
      rot270: transform(img, (x, y) => [y, n - 1 - x], n, n),
      flipplus1: transform(img, (x, y) => [y, x], n, n),
      flipminus1: transform(img, (x, y) => [n - 1 - y, n - 1 - x], n, n),
    };
    for (const [name, image] of Object.entries(moved)) {
      const plain = sut.hash(image).hash;
      const distances = DIHEDRAL_NAMES.map((variant) => hammingDistanceHex(plain, result.dihedral![variant]));
      const own = distances[DIHEDRAL_NAMES.indexOf(name as 'rot90')]!;
      expect(own).toBeLessThanOrEqual(2);
      expect(Math.min(...distances.filter((d) => d !== own))).toBeGreaterThan(80);
    }
  });

  it('uses a 64×64 image as the downsampled luma as is, as the reference does', () => {
    const img = pattern(64, 64);
    sut.hash(img);
    const luma = new Float32Array(64 * 64);
    fillLuma(img, 64, 64, luma);
    expect(Array.from(sut.internals().downsampled)).toEqual(Array.from(luma));
  });

  it('refuses pixel buffers that do not fit their size', () => {
    const short = { width: 10, height: 10, channels: 3 as const, data: new Uint8Array(299) };
    expect(() => sut.hash(short)).toThrow(PdqError);
    expect(() => sut.hash({ ...short, channels: 2 as 3, data: new Uint8Array(300) })).toThrow(/channels/);
  });
});
