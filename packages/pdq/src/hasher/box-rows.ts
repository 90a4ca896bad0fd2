// Box filters in the reference's exact float32 order: a running sum that adds the entering
// sample, then subtracts the leaving one, then divides by the number of samples in the window
// (a prefix sum gives the same means in exact arithmetic but different float32 bits).
// Dividing by the full window is done as a multiply by its reciprocal: for a float32 sum and an
// integer count c < 2^26 the exact quotient is never within double rounding error of a float32
// tie, so rounding sum·(1/c) to float32 equals the float32 division.

/** Window along an axis of length n: ⌈n/128⌉, so two box passes per axis make a tent about n/64 wide. */
export const jaroszWindow = (n: number): number => Math.floor((n + 127) / 128);

const boxRow = (src: Float32Array, dst: Float32Array, base: number, width: number, w: number): void => {
  const half = (w + 2) >> 1;
  let sum = 0;
  let ri = base;
  let li = base;
  let oi = base;
  for (let i = 0; i < half - 1; i += 1) sum = Math.fround(sum + src[ri++]!);
  let count = half - 1;
  for (let i = 0; i < w - half + 1; i += 1) {
    sum = Math.fround(sum + src[ri++]!);
    count += 1;
    dst[oi++] = sum / count;
  }
  const inv = 1 / count;
  for (let i = 0; i < width - w; i += 1) {
    sum = Math.fround(Math.fround(sum + src[ri++]!) - src[li++]!);
    dst[oi++] = sum * inv;
  }
  for (let i = 0; i < half - 1; i += 1) {
    sum = Math.fround(sum - src[li++]!);
    count -= 1;
    dst[oi++] = sum / count;
  }
};

/**
 * Box filter of window `w` along every row of a `width`×`height` float image, `src` → `dst`.
 * Four rows run side by side: each row's sum is a serial chain of float32 roundings, and
 * interleaving independent chains keeps the CPU busy (about 3.5× faster than row by row).
 */
export const boxAlongRows = (
  src: Float32Array,
  dst: Float32Array,
  width: number,
  height: number,
  w: number,
): void => {
  const half = (w + 2) >> 1;
  const w1 = width;
  const w2 = width * 2;
  const w3 = width * 3;
  let row = 0;
  for (; row + 3 < height; row += 4) {
    const base = row * width;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let ri = base;
    let li = base;
    let oi = base;
    for (let i = 0; i < half - 1; i += 1, ri += 1) {
      s0 = Math.fround(s0 + src[ri]!);
      s1 = Math.fround(s1 + src[ri + w1]!);
      s2 = Math.fround(s2 + src[ri + w2]!);
      s3 = Math.fround(s3 + src[ri + w3]!);
    }
    let count = half - 1;
    for (let i = 0; i < w - half + 1; i += 1, ri += 1, oi += 1) {
      s0 = Math.fround(s0 + src[ri]!);
      s1 = Math.fround(s1 + src[ri + w1]!);
      s2 = Math.fround(s2 + src[ri + w2]!);
      s3 = Math.fround(s3 + src[ri + w3]!);
      count += 1;
      dst[oi] = s0 / count;
      dst[oi + w1] = s1 / count;
      dst[oi + w2] = s2 / count;
      dst[oi + w3] = s3 / count;
    }
    const inv = 1 / count;
    for (let i = 0; i < width - w; i += 1, ri += 1, li += 1, oi += 1) {
      s0 = Math.fround(Math.fround(s0 + src[ri]!) - src[li]!);
      s1 = Math.fround(Math.fround(s1 + src[ri + w1]!) - src[li + w1]!);
      s2 = Math.fround(Math.fround(s2 + src[ri + w2]!) - src[li + w2]!);
      s3 = Math.fround(Math.fround(s3 + src[ri + w3]!) - src[li + w3]!);
      dst[oi] = s0 * inv;
      dst[oi + w1] = s1 * inv;
      dst[oi + w2] = s2 * inv;
      dst[oi + w3] = s3 * inv;
    }
    for (let i = 0; i < half - 1; i += 1, li += 1, oi += 1) {
      s0 = Math.fround(s0 - src[li]!);
      s1 = Math.fround(s1 - src[li + w1]!);
      s2 = Math.fround(s2 - src[li + w2]!);
      s3 = Math.fround(s3 - src[li + w3]!);
      count -= 1;
      dst[oi] = s0 / count;
      dst[oi + w1] = s1 / count;
      dst[oi + w2] = s2 / count;
      dst[oi + w3] = s3 / count;
    }
  }
  for (; row < height; row += 1) boxRow(src, dst, row * width, width, w);
};
