/**
 * 8-bit pixels, row-major and interleaved. One channel is grey (used as luma directly, as the
 * reference does for grey images); three is RGB; a fourth (alpha) channel is ignored.
 */
export interface PdqImage {
  width: number;
  height: number;
  channels: 1 | 3 | 4;
  data: Uint8Array | Uint8ClampedArray;
}
