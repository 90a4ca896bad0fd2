const sorted = new Float32Array(256);

/** The lower median (index 127 in ascending order) of 256 coefficients. */
export const lowerMedian = (b: Float32Array): number => {
  sorted.set(b.subarray(0, 256));
  sorted.sort();
  return sorted[127]!;
};

/**
 * Thresholds 16×16 coefficients at their lower median into 8 hash words at `offset` of `out`:
 * bit 16i+j is set when B[i][j] is strictly above the median.
 */
export const thresholdToWords = (b: Float32Array, out: Uint32Array, offset = 0): void => {
  const m = lowerMedian(b);
  for (let k = 0; k < 8; k += 1) {
    let w = 0;
    for (let bit = 0; bit < 32; bit += 1) if (b[k * 32 + bit]! > m) w |= 1 << bit;
    out[offset + k] = w >>> 0;
  }
};
