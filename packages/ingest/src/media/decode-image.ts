import { readFile, stat } from 'node:fs/promises';
import sharp from 'sharp';
import { DomainError } from '@corroborate/core';
import { pdqHash, type DihedralName } from '@corroborate/pdq';

/** Pixels as Meta's reference PDQ tool sees them: 8-bit, grey kept as one channel, no alpha. */
export interface DecodedImage {
  width: number;
  height: number;
  channels: 1 | 3;
  data: Uint8Array;
  /** The file holds more than one frame or page (animated GIF/WebP, multi-page TIFF); the first was decoded. */
  animated: boolean;
  /** Container format as sharp names it: jpeg, png, webp, gif, tiff, avif… */
  format: string;
}

/** Limits for {@link decodeImage}. */
export interface DecodeImageOptions {
  /** Largest width × height decoded; larger images are refused before decoding. Default 100 MP. */
  maxPixels?: number;
  /** Largest file read, in bytes. Default 200 MiB. */
  maxBytes?: number;
  /** Name used in error messages when `input` is bytes. */
  name?: string;
}

/** Default pixel limit: 100 megapixels, 300 MB of RGB; a 30000×30000 PNG bomb is refused at the header. */
export const MAX_IMAGE_PIXELS = 100_000_000;

/** Default file size limit for images. */
export const MAX_IMAGE_BYTES = 200 * 1024 * 1024;

/**
 * Decodes an image file (or its bytes) the way the C++ reference's reader does, so hashes agree
 * bit for bit: no EXIF rotation, no ICC transform, alpha dropped (not composited), images whose
 * pixels are all grey returned as one channel, CMYK converted by ImageMagick's formula, first
 * frame only. Throws DomainError: `not_found` (unreadable file), `unsupported_format` (empty,
 * not an image, HEIC), `input_too_large` (over the limits) or `parse_failed` (corrupt, truncated).
 */
export const decodeImage = async (
  input: string | Uint8Array,
  options: DecodeImageOptions = {},
): Promise<DecodedImage> => {
  const name = typeof input === 'string' ? input : (options.name ?? 'image bytes');
  const maxPixels = options.maxPixels ?? MAX_IMAGE_PIXELS;
  const bytes =
    typeof input === 'string' ? await readImageFile(input, options.maxBytes ?? MAX_IMAGE_BYTES) : input;
  if (bytes.length === 0)
    throw new DomainError('unsupported_format', `${name}: empty file (0 bytes), not an image`);
  if (isHeic(bytes)) throw heicError(name);
  const sharpOptions = {
    failOn: 'error',
    limitInputPixels: maxPixels,
    ignoreIcc: true,
    autoOrient: false,
  } as const;
  const meta = await sharp(bytes, sharpOptions)
    .metadata()
    .catch((err: unknown) => {
      throw sharpError(name, err);
    });
  const { width = 0, height = 0, format = 'unknown' } = meta;
  if (format === 'heif' && meta.compression !== 'av1') throw heicError(name);
  if (width * height > maxPixels) {
    throw new DomainError(
      'input_too_large',
      `${name}: ${width}×${height} pixels is over the limit of ${maxPixels}`,
    );
  }
  const cmyk = meta.space === 'cmyk';
  // CMYK is read as raw ink values and converted below; everything else arrives as 8-bit sRGB
  // samples with the file's own values (ignoreIcc: no profile transform).
  const pipeline = cmyk
    ? sharp(bytes, sharpOptions).pipelineColourspace('cmyk').toColourspace('cmyk')
    : sharp(bytes, sharpOptions).removeAlpha().toColourspace('srgb');
  const { data, info } = await pipeline
    .raw({ depth: 'uchar' })
    .toBuffer({ resolveWithObject: true })
    .catch((err: unknown) => {
      throw sharpError(name, err);
    });
  const rgb = cmyk
    ? cmykToRgb(data, info.width * info.height, info.channels)
    : new Uint8Array(data.buffer, data.byteOffset, data.length);
  const grey = greyOf(rgb, info.width * info.height);
  return {
    width: info.width,
    height: info.height,
    channels: grey ? 1 : 3,
    data: grey ?? rgb,
    animated: (meta.pages ?? 1) > 1,
    format,
  };
};

/** A PDQ hash of an image file, as the reference's `pdq-photo-hasher` would print it. */
export interface ImageHash {
  hash: string;
  quality: number;
  /** The 8 dihedral hashes by name, when asked for. */
  dihedral?: Record<DihedralName, string>;
  width: number;
  height: number;
  animated: boolean;
  format: string;
}

/**
 * Decodes an image (see {@link decodeImage}), applies the reference's 512 rule (larger images
 * squashed to 512×512 by nearest neighbour) and PDQ-hashes it.
 */
export const hashImageFile = async (
  input: string | Uint8Array,
  options: DecodeImageOptions & { dihedral?: boolean } = {},
): Promise<ImageHash> => {
  const image = await decodeImage(input, options);
  const { hash, quality, dihedral } = pdqHash(image, { dihedral: options.dihedral === true });
  const { width, height, animated, format } = image;
  return { hash, quality, ...(dihedral ? { dihedral } : {}), width, height, animated, format };
};

const readImageFile = async (file: string, maxBytes: number): Promise<Uint8Array> => {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new DomainError('not_found', `${file}: not a file`);
    size = info.size;
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError(
      'not_found',
      `${file}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  if (size > maxBytes)
    throw new DomainError('input_too_large', `${file}: ${size} bytes is over the limit of ${maxBytes}`);
  return readFile(file);
};

// The bundled libvips reads AVIF but not HEVC-coded HEIF, so HEIC is named outright rather than
// surfacing libheif's "bad seek". ISO-BMFF: box size, "ftyp", major brand, version, brands.
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const isHeic = (bytes: Uint8Array): boolean => {
  if (bytes.length < 12) return false;
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(4, 8) !== 'ftyp' || !HEIC_BRANDS.has(ascii(8, 12))) return false;
  const boxEnd = Math.min(bytes.length, (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!);
  return !ascii(16, Math.max(16, boxEnd)).includes('avif');
};

const heicError = (name: string): DomainError =>
  new DomainError(
    'unsupported_format',
    `${name}: HEIC/HEIF (HEVC) images are not supported; convert to JPEG or PNG`,
  );

const sharpError = (name: string, err: unknown): DomainError => {
  const message = err instanceof Error ? err.message : String(err);
  const first = message.split('\n')[0] ?? message;
  if (/unsupported image format|bad seek|heif/i.test(message)) {
    return new DomainError('unsupported_format', `${name}: not a supported image format (${first})`);
  }
  if (/pixel limit/i.test(message)) return new DomainError('input_too_large', `${name}: ${first}`);
  return new DomainError('parse_failed', `${name}: cannot decode the image (${first})`);
};

// ImageMagick's CMYK → RGB at 16 bits (Q16), then scaled to 8: R = QR − (C·(QR − K)/QR + K).
// Tabulated over (ink, black): 64 KB, built on first use.
let cmykTable: Uint8Array | undefined;
const cmykLut = (): Uint8Array => {
  if (cmykTable) return cmykTable;
  cmykTable = new Uint8Array(256 * 256);
  for (let ink = 0; ink < 256; ink += 1) {
    for (let black = 0; black < 256; black += 1) {
      const c = ink * 257;
      const k = black * 257;
      const q = Math.min(65535, Math.max(0, Math.floor(65535 - ((c * (65535 - k)) / 65535 + k) + 0.5)));
      cmykTable[(ink << 8) | black] = Math.floor((q + 128) / 257);
    }
  }
  return cmykTable;
};

// `stride` is 4, or 5 when the CMYK image has alpha (dropped).
const cmykToRgb = (cmyk: Uint8Array, n: number, stride: number): Uint8Array => {
  const lut = cmykLut();
  const rgb = new Uint8Array(n * 3);
  for (let i = 0, p = 0, o = 0; i < n; i += 1, p += stride, o += 3) {
    const k = cmyk[p + 3]!;
    rgb[o] = lut[(cmyk[p]! << 8) | k]!;
    rgb[o + 1] = lut[(cmyk[p + 1]! << 8) | k]!;
    rgb[o + 2] = lut[(cmyk[p + 2]! << 8) | k]!;
  }
  return rgb;
};

// ImageMagick writes a PGM when every pixel has R = G = B, and the reference then uses the grey
// value as luma directly (RGB weights on R = G = B can be one float32 ulp off).
const greyOf = (rgb: Uint8Array, n: number): Uint8Array | null => {
  for (let p = 0; p < n * 3; p += 3) if (rgb[p] !== rgb[p + 1] || rgb[p] !== rgb[p + 2]) return null;
  const grey = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) grey[i] = rgb[i * 3]!;
  return grey;
};
