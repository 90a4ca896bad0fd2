import sharp from 'sharp';
import { DomainError } from '@corroborate/core';
import { MAX_IMAGE_PIXELS } from '../media/decode-image';

/** Longest side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 320;

// Strong enough that a body or a face cannot be made out at 320 px, while the layout still shows.
const BLUR_SIGMA = 14;

const failed = (name: string, err: unknown): DomainError =>
  new DomainError(
    'parse_failed',
    `${name}: cannot make a thumbnail (${(err instanceof Error ? err.message : String(err)).split('\n')[0]})`,
  );

/**
 * A WebP thumbnail, at most 320 px on its longer side (never enlarged), turned upright by its EXIF
 * orientation. sharp writes no metadata unless asked, so EXIF (GPS, camera serials) is stripped.
 * First frame only for animations.
 */
export const makeThumbnail = async (bytes: Uint8Array, name = 'image'): Promise<Uint8Array> =>
  sharp(bytes, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS })
    .rotate()
    .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer()
    .catch((err: unknown) => {
      throw failed(name, err);
    });

/**
 * The variant served for a flagged item unless the viewer asks to see it: greyscale and heavily
 * blurred, same size, WebP without metadata. Meant for thumbnails (cost grows with the pixels).
 */
export const blurredThumbnail = async (bytes: Uint8Array): Promise<Uint8Array> =>
  sharp(bytes, { failOn: 'error', limitInputPixels: MAX_IMAGE_PIXELS })
    .greyscale()
    .blur(BLUR_SIGMA)
    .webp({ quality: 60 })
    .toBuffer()
    .catch((err: unknown) => {
      throw failed('thumbnail', err);
    });
