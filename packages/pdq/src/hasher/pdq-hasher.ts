import type { PdqImage } from '../image';
import { wordsToHex } from '../hash/hash-hex';
import { PdqError } from '../pdq-error';
import { dct64To16 } from './dct';
import { DIHEDRAL_NAMES, dihedralWords, type DihedralName } from './dihedral';
import { boxAlongCols, boxColsSampled } from './box-cols';
import { boxAlongRows, jaroszWindow } from './box-rows';
import { fillLuma } from './luma';
import { pdqQuality } from './quality';
import { thresholdToWords } from './threshold';

/** Options for hashing pixels. */
export interface PdqHashOptions {
  /** Also compute the 8 dihedral hashes (cheap: they reuse the DCT). Default false. */
  dihedral?: boolean;
  /**
   * Apply the reference tool's pre-resize: an image wider or taller than 512 is squashed to
   * exactly 512×512 by nearest neighbour before hashing. Default true (what the C++ tools hash).
   */
  resize512?: boolean;
}

/** A PDQ hash: 64 lowercase hex characters, the same bits as 8 words, and quality 0–100. */
export interface PdqHashResult {
  hash: string;
  quality: number;
  words: Uint32Array;
  /** Present when requested: the 8 dihedral hashes by name (`orig` equals `hash`). */
  dihedral?: Record<DihedralName, string>;
}

/** The size actually hashed after the reference's 512 rule. */
export const hashedSize = (width: number, height: number): { width: number; height: number } =>
  width > 512 || height > 512 ? { width: 512, height: 512 } : { width, height };

/** Internal arrays of one hash, for conformance checks against the reference's dumps. */
export interface PdqInternals {
  downsampled: Float32Array;
  dct: Float32Array;
}

const ZERO_HEX = '0'.repeat(64);

/**
 * A PDQ hasher with reusable buffers (one per thread of work; not reentrant). Arithmetic follows
 * Meta's C++ reference step by step in float32, so equal pixels give bit-identical hashes.
 */
export class PdqHasher {
  private lumaBuf = new Float32Array(0);
  private tmpBuf = new Float32Array(0);
  private sums = new Float64Array(512);
  private readonly colSums = new Float32Array(64);
  private readonly cols = new Int32Array(64);
  private readonly rows = new Int32Array(64);
  private readonly down = new Float32Array(64 * 64);
  private readonly half = new Float32Array(16 * 64);
  private readonly coeffs = new Float32Array(256);

  /** Hashes 8-bit pixels (see {@link PdqImage}); images under 5 px on a side give the zero hash, quality 0. */
  hash(img: PdqImage, options: PdqHashOptions = {}): PdqHashResult {
    checkImage(img);
    img = plainBytes(img);
    const { width, height } = options.resize512 === false ? img : hashedSize(img.width, img.height);
    if (width < 5 || height < 5) return this.zero(options.dihedral === true);
    this.downsample(img, width, height);
    dct64To16(this.down, this.half, this.coeffs);
    const words = new Uint32Array(8);
    thresholdToWords(this.coeffs, words);
    const result: PdqHashResult = { hash: wordsToHex(words), quality: pdqQuality(this.down), words };
    if (options.dihedral === true) result.dihedral = namedDihedral(dihedralWords(this.coeffs));
    return result;
  }

  /** Copies of the 64×64 downsampled luma and the 16×16 DCT from the last {@link hash} call. */
  internals(): PdqInternals {
    return { downsampled: this.down.slice(), dct: this.coeffs.slice() };
  }

  // Luma, two Jarosz (box-along-rows then box-along-columns) passes, then centre-sample to 64×64.
  // The last column pass only runs on the 64 sampled columns and emits the 64 sampled rows.
  // A 64×64 image is used as is, as the reference does: a window-1 running sum is not an exact
  // identity in float32.
  private downsample(img: PdqImage, width: number, height: number): void {
    if (width === 64 && height === 64) {
      fillLuma(img, 64, 64, this.down);
      return;
    }
    const n = width * height;
    if (this.lumaBuf.length < n) {
      this.lumaBuf = new Float32Array(n);
      this.tmpBuf = new Float32Array(n);
    }
    if (this.sums.length < width) this.sums = new Float64Array(width);
    const luma = this.lumaBuf;
    const tmp = this.tmpBuf;
    fillLuma(img, width, height, luma);
    const wRows = jaroszWindow(width);
    const wCols = jaroszWindow(height);
    for (let i = 0; i < 64; i += 1) {
      // Cell centres, computed in double and truncated as the reference does.
      this.cols[i] = Math.floor(((i + 0.5) * width) / 64);
      this.rows[i] = Math.floor(((i + 0.5) * height) / 64);
    }
    boxAlongRows(luma, tmp, width, height, wRows);
    boxAlongCols(tmp, luma, width, height, wCols, this.sums);
    boxAlongRows(luma, tmp, width, height, wRows);
    boxColsSampled(tmp, this.down, width, height, wCols, this.cols, this.rows, this.colSums);
  }

  private zero(dihedral: boolean): PdqHashResult {
    const result: PdqHashResult = { hash: ZERO_HEX, quality: 0, words: new Uint32Array(8) };
    if (dihedral) result.dihedral = namedDihedral(new Uint32Array(64));
    return result;
  }
}

const checkImage = ({ width, height, channels, data }: PdqImage): void => {
  const size = `${width}×${height}×${channels}`;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0) {
    throw new PdqError('invalid_image', `image size ${size} is not a pair of whole numbers`);
  }
  if (channels !== 1 && channels !== 3 && channels !== 4) {
    throw new PdqError('invalid_image', `image ${size}: expected 1, 3 or 4 channels`);
  }
  if (data.length < width * height * channels) {
    throw new PdqError(
      'invalid_image',
      `image ${size} needs ${width * height * channels} bytes, got ${data.length}`,
    );
  }
};

// Buffers and clamped arrays are viewed as plain Uint8Array (no copy) so the pixel loops see one
// array type and V8 keeps them monomorphic.
const plainBytes = (img: PdqImage): PdqImage => {
  const { data } = img;
  if (Object.getPrototypeOf(data) === Uint8Array.prototype) return img;
  return { ...img, data: new Uint8Array(data.buffer, data.byteOffset, data.length) };
};

const namedDihedral = (words: Uint32Array): Record<DihedralName, string> => {
  const out = {} as Record<DihedralName, string>;
  DIHEDRAL_NAMES.forEach((name, v) => (out[name] = wordsToHex(words, v * 8)));
  return out;
};

let shared: PdqHasher | undefined;

/** Hashes pixels with a shared {@link PdqHasher}. See {@link PdqHashOptions}. */
export const pdqHash = (img: PdqImage, options?: PdqHashOptions): PdqHashResult =>
  (shared ??= new PdqHasher()).hash(img, options);
