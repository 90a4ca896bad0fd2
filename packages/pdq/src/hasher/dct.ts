/**
 * The 16×64 DCT-II basis (frequencies 1…16; the DC term is not used), row-major, float32 as in
 * the reference: a float32 scale √(2/64) times the cosine in double, rounded once.
 */
export const DCT_MATRIX: Float32Array = (() => {
  const m = new Float32Array(16 * 64);
  const scale = Math.fround(Math.sqrt(2 / 64));
  for (let i = 0; i < 16; i += 1) {
    for (let k = 0; k < 64; k += 1)
      m[i * 64 + k] = scale * Math.cos((Math.PI / 2 / 64) * (i + 1) * (2 * k + 1));
  }
  return m;
})();

/**
 * B = D·A·Dᵀ for a 64×64 `a`, into the 16×16 `out`, via `t` (16×64 scratch). Every product and
 * partial sum is rounded to float32 (stores into Float32Array round), summing over k ascending.
 */
export const dct64To16 = (a: Float32Array, t: Float32Array, out: Float32Array): void => {
  const d = DCT_MATRIX;
  t.fill(0);
  for (let i = 0; i < 16; i += 1) {
    const ti = i * 64;
    for (let k = 0; k < 64; k += 1) {
      const dik = d[i * 64 + k]!;
      const ak = k * 64;
      for (let c = 0; c < 64; c += 1) t[ti + c] = t[ti + c]! + Math.fround(dik * a[ak + c]!);
    }
  }
  for (let i = 0; i < 16; i += 1) {
    for (let j = 0; j < 16; j += 1) {
      let sum = 0;
      for (let k = 0; k < 64; k += 1) sum = Math.fround(sum + Math.fround(t[i * 64 + k]! * d[j * 64 + k]!));
      out[i * 16 + j] = sum;
    }
  }
};
