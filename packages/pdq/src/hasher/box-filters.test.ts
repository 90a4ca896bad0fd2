import { describe, expect, it } from 'vitest';
import { boxAlongCols, boxColsSampled } from './box-cols';
import { boxAlongRows, jaroszWindow } from './box-rows';

// The reference's 1-D box filter, written the plain way: running sum, add then subtract, divide.
const reference1d = (x: number[], w: number): number[] => {
  const n = x.length;
  const h = Math.floor((w + 2) / 2);
  const y: number[] = [];
  let sum = 0;
  let count = 0;
  for (let k = 0; k < h - 1; k += 1) {
    sum = Math.fround(sum + x[k]!);
    count += 1;
  }
  for (let i = 0; i < n; i += 1) {
    if (i + h - 1 <= n - 1) {
      sum = Math.fround(sum + x[i + h - 1]!);
      count += 1;
    }
    if (i + h - 1 - w >= 0) {
      sum = Math.fround(sum - x[i + h - 1 - w]!);
      count -= 1;
    }
    y.push(Math.fround(sum / count));
  }
  return y;
};

const randomImage = (width: number, height: number, seed: number): Float32Array => {
  let s = seed;
  return Float32Array.from({ length: width * height }, () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return Math.fround((s >>> 8) / 65793); // 0…255 with fractional float32 bits
  });
};

describe('Jarosz box filters', () => {
  it('sizes the window as ⌈n/128⌉', () => {
    expect([5, 128, 129, 512, 1600].map(jaroszWindow)).toEqual([1, 1, 2, 4, 13]);
  });

  // Odd heights leave rows outside the 4-row interleave; windows 1–6 cover odd and even halves.
  it.each([
    [7, 5, 1],
    [33, 9, 2],
    [64, 13, 3],
    [100, 6, 4],
    [131, 7, 5],
    [257, 3, 6],
  ])(
    'filters %i-wide rows (%i rows, window %i) bit for bit like the plain running sum',
    (width, height, w) => {
      const src = randomImage(width, height, width * 31 + w);
      const sut = new Float32Array(width * height);
      boxAlongRows(src, sut, width, height, w);
      for (let r = 0; r < height; r += 1) {
        const row = Array.from(src.subarray(r * width, (r + 1) * width));
        expect(Array.from(sut.subarray(r * width, (r + 1) * width))).toEqual(reference1d(row, w));
      }
    },
  );

  it.each([
    [9, 40, 1],
    [5, 77, 4],
    [12, 300, 3],
  ])('filters columns of a %i×%i image (window %i) like the plain running sum', (width, height, w) => {
    const src = randomImage(width, height, height + w);
    const sut = new Float32Array(width * height);
    boxAlongCols(src, sut, width, height, w, new Float64Array(width));
    for (let c = 0; c < width; c += 1) {
      const col = Array.from({ length: height }, (_, r) => src[r * width + c]!);
      expect(Array.from({ length: height }, (_, r) => sut[r * width + c]!)).toEqual(reference1d(col, w));
    }
  });

  it('samples the last column pass at the requested cells, repeating rows for short images', () => {
    const [width, height, w] = [70, 40, 1];
    const src = randomImage(width, height, 7);
    const full = new Float32Array(width * height);
    boxAlongCols(src, full, width, height, w, new Float64Array(width));
    const cols = Int32Array.from({ length: 64 }, (_, i) => Math.floor(((i + 0.5) * width) / 64));
    const rows = Int32Array.from({ length: 64 }, (_, i) => Math.floor(((i + 0.5) * height) / 64));
    const sut = new Float32Array(64 * 64);
    boxColsSampled(src, sut, width, height, w, cols, rows, new Float32Array(64));
    for (let r = 0; r < 64; r += 1) {
      for (let c = 0; c < 64; c += 1) expect(sut[r * 64 + c]).toBe(full[rows[r]! * width + cols[c]!]);
    }
  });
});
