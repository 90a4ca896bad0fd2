import type { PdqImage } from '../image';

// The float32 values nearest 0.299, 0.587 and 0.114, as the reference's `float` constants.
const CR = Math.fround(0.299);
const CG = Math.fround(0.587);
const CB = Math.fround(0.114);

// fl32(c·v) for every byte value: the same rounded products the reference's float multiplies give.
const lut = (c: number): Float64Array => Float64Array.from({ length: 256 }, (_, v) => Math.fround(c * v));
const R = lut(CR);
const G = lut(CG);
const B = lut(CB);

const rgbLuma = (data: ArrayLike<number>, p: number): number =>
  Math.fround(Math.fround(R[data[p]!]! + G[data[p + 1]!]!) + B[data[p + 2]!]!);

/**
 * Writes the luma of `img`, sampled to `outW`×`outH` by nearest neighbour (source column
 * ⌊x·W/outW⌋, the reference's 512 rule), into `out`. Identity when the sizes are equal.
 * RGB luma is ((R·cR + G·cG) + B·cB) in float32; grey is used as is; alpha is ignored.
 */
export const fillLuma = (img: PdqImage, outW: number, outH: number, out: Float32Array): void => {
  const { width, height, channels, data } = img;
  if (outW === width && outH === height) {
    const n = width * height;
    if (channels === 1) for (let i = 0; i < n; i += 1) out[i] = data[i]!;
    else for (let i = 0, p = 0; i < n; i += 1, p += channels) out[i] = rgbLuma(data, p);
    return;
  }
  const cols = new Int32Array(outW);
  for (let x = 0; x < outW; x += 1) cols[x] = Math.floor((x * width) / outW) * channels;
  let o = 0;
  for (let y = 0; y < outH; y += 1) {
    const rowBase = Math.floor((y * height) / outH) * width * channels;
    if (channels === 1) for (let x = 0; x < outW; x += 1) out[o++] = data[rowBase + cols[x]!]!;
    else for (let x = 0; x < outW; x += 1) out[o++] = rgbLuma(data, rowBase + cols[x]!);
  }
};
