/**
 * PDQ quality 0–100 of the 64×64 downsampled luma: the sum of |trunc((u−v)·100/255)| over all
 * vertically and horizontally adjacent pairs (float32), divided by 90 and capped at 100.
 * The constants are the reference's hand-tuned heuristics; flat images score 0.
 */
export const pdqQuality = (a: Float32Array): number => {
  let sum = 0;
  for (let r = 0; r < 63; r += 1) {
    for (let c = 0; c < 64; c += 1) {
      sum += Math.abs(
        Math.trunc(Math.fround(Math.fround(Math.fround(a[r * 64 + c]! - a[(r + 1) * 64 + c]!) * 100) / 255)),
      );
    }
  }
  for (let r = 0; r < 64; r += 1) {
    for (let c = 0; c < 63; c += 1) {
      sum += Math.abs(
        Math.trunc(Math.fround(Math.fround(Math.fround(a[r * 64 + c]! - a[r * 64 + c + 1]!) * 100) / 255)),
      );
    }
  }
  return Math.min(100, Math.floor(sum / 90));
};
