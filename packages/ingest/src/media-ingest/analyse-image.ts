import { MIN_PDQ_QUALITY, type ExifSummary, type MediaFlag } from '@corroborate/core';
import { DIHEDRAL_NAMES } from '@corroborate/pdq';
import { hashImageFile } from '../media/decode-image';
import { heicUnsupported, type HeicConverter } from './heic';
import { requireImage } from './image-signature';
import { mimeOf, recordedFormat } from './media-format';
import { readExif } from './read-exif';
import { makeThumbnail } from './thumbnails';

/** Everything media ingest learns from an image's bytes, before anything is stored. */
export interface ImageAnalysis {
  format: string;
  mimeType: string;
  width: number;
  height: number;
  pdq: string;
  pdqQuality: number;
  /** The 8 dihedral hashes in the reference order. */
  pdqDihedral: string[];
  flags: MediaFlag[];
  exif: ExifSummary | null;
  thumbnail: Uint8Array;
  notes: string[];
}

/**
 * Checks, decodes (sharp, pixel limit), PDQ-hashes with all 8 dihedral variants, reads EXIF/XMP
 * and makes the thumbnail. HEIC goes through `heicConverter` or is refused. Throws DomainError
 * naming `name` for bad input (empty, not an image, truncated, over the pixel limit).
 */
export const analyseImage = async (
  bytes: Uint8Array,
  name: string,
  heicConverter: HeicConverter | null,
): Promise<ImageAnalysis> => {
  const container = requireImage(bytes, name);
  const flags: MediaFlag[] = [];
  const notes: string[] = [];
  let decodable = bytes;
  if (container === 'heic') {
    if (!heicConverter) throw heicUnsupported(name);
    decodable = await heicConverter(bytes, name);
    flags.push('converted_from_heic');
  }
  const hashed = await hashImageFile(decodable, { name, dihedral: true });
  const format = recordedFormat(hashed.format, { heic: container === 'heic' });
  if (hashed.animated) {
    flags.push('first_frame_only');
    notes.push(`animated or multi-page ${format.toUpperCase()}: only the first frame was hashed`);
  }
  if (hashed.quality < MIN_PDQ_QUALITY) {
    flags.push('pdq_unreliable');
    notes.push(
      `PDQ quality ${hashed.quality} is under ${MIN_PDQ_QUALITY}: hash kept but not matched (flagged pdq_unreliable)`,
    );
  }
  const [exif, thumbnail] = await Promise.all([readExif(bytes), makeThumbnail(decodable, name)]);
  return {
    format,
    mimeType: mimeOf(format),
    width: hashed.width,
    height: hashed.height,
    pdq: hashed.hash,
    pdqQuality: hashed.quality,
    pdqDihedral: hashed.dihedral ? DIHEDRAL_NAMES.map((n) => hashed.dihedral![n]) : [],
    flags,
    exif,
    thumbnail,
    notes,
  };
};
