// Column box filters, run a row at a time with one running sum per column: memory is read in
// order and the columns' float32 chains are independent. Per column, the sequence of roundings
// is exactly the reference's (see box-rows.ts for the order and the reciprocal argument).

/**
 * Box filter of window `w` down every column of a `width`×`height` float image, `src` → `dst`.
 * `sums` is scratch of at least `width` values; it holds float32 values (each is rounded before
 * it is stored) in a Float64Array, which spares a conversion on every load and store.
 */
export const boxAlongCols = (
  src: Float32Array,
  dst: Float32Array,
  width: number,
  height: number,
  w: number,
  sums: Float64Array,
): void => {
  const half = (w + 2) >> 1;
  sums.fill(0, 0, width);
  let count = 0;
  let ri = 0;
  let li = 0;
  let oi = 0;
  for (let i = 0; i < half - 1; i += 1, ri += width) {
    for (let c = 0; c < width; c += 1) sums[c] = Math.fround(sums[c]! + src[ri + c]!);
    count += 1;
  }
  for (let i = 0; i < w - half + 1; i += 1, ri += width, oi += width) {
    count += 1;
    for (let c = 0; c < width; c += 1) {
      const s = Math.fround(sums[c]! + src[ri + c]!);
      sums[c] = s;
      dst[oi + c] = s / count;
    }
  }
  const inv = 1 / count;
  for (let i = 0; i < height - w; i += 1, ri += width, li += width, oi += width) {
    for (let c = 0; c < width; c += 1) {
      const s = Math.fround(Math.fround(sums[c]! + src[ri + c]!) - src[li + c]!);
      sums[c] = s;
      dst[oi + c] = s * inv;
    }
  }
  for (let i = 0; i < half - 1; i += 1, li += width, oi += width) {
    count -= 1;
    for (let c = 0; c < width; c += 1) {
      const s = Math.fround(sums[c]! - src[li + c]!);
      sums[c] = s;
      dst[oi + c] = s / count;
    }
  }
};

/**
 * The last column pass, fused with the 64×64 decimation: filters only the 64 sampled columns
 * `cols` and writes row `r` of `out` (64 wide) whenever the filter reaches source row `rows[r]`.
 * `rows` must be non-decreasing (repeats allowed: images under 64 rows are upsampled).
 */
export const boxColsSampled = (
  src: Float32Array,
  out: Float32Array,
  width: number,
  height: number,
  w: number,
  cols: Int32Array,
  rows: Int32Array,
  sums: Float32Array,
): void => {
  const half = (w + 2) >> 1;
  sums.fill(0, 0, 64);
  let count = 0;
  let next = 0;
  const emit = (row: number): void => {
    for (; next < 64 && rows[next] === row; next += 1) {
      for (let c = 0; c < 64; c += 1) out[next * 64 + c] = sums[c]! / count;
    }
  };
  let ri = 0;
  let li = 0;
  let oi = 0;
  for (let i = 0; i < half - 1; i += 1, ri += 1) {
    for (let c = 0; c < 64; c += 1) sums[c] = sums[c]! + src[ri * width + cols[c]!]!;
    count += 1;
  }
  for (let i = 0; i < w - half + 1; i += 1, ri += 1) {
    for (let c = 0; c < 64; c += 1) sums[c] = sums[c]! + src[ri * width + cols[c]!]!;
    count += 1;
    emit(oi++);
  }
  for (let i = 0; i < height - w; i += 1, ri += 1, li += 1) {
    for (let c = 0; c < 64; c += 1) {
      sums[c] = Math.fround(sums[c]! + src[ri * width + cols[c]!]!) - src[li * width + cols[c]!]!;
    }
    emit(oi++);
  }
  for (let i = 0; i < half - 1; i += 1, li += 1) {
    for (let c = 0; c < 64; c += 1) sums[c] = sums[c]! - src[li * width + cols[c]!]!;
    count -= 1;
    emit(oi++);
  }
};
