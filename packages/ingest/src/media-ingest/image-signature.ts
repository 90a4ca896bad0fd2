import { DomainError } from '@corroborate/core';

/** Containers media ingest accepts, told apart by their first bytes. */
export type ImageContainer = 'jpeg' | 'png' | 'gif' | 'webp' | 'tiff' | 'avif' | 'heic';

const ascii = (b: Uint8Array, from: number, to: number): string =>
  String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

const startsWith = (b: Uint8Array, sig: readonly number[]): boolean => sig.every((v, i) => b[i] === v);

// ISO-BMFF: box size, "ftyp", major brand, minor version, compatible brands. AVIF files may carry
// "mif1" too, so "avif"/"avis" among the brands decides.
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

const heifKind = (b: Uint8Array): 'avif' | 'heic' | null => {
  if (b.length < 12 || ascii(b, 4, 8) !== 'ftyp' || !HEIF_BRANDS.has(ascii(b, 8, 12))) return null;
  const boxEnd = Math.min(b.length, ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0);
  const brands = ascii(b, 8, Math.max(12, boxEnd));
  return /avi[fs]/.test(brands) ? 'avif' : 'heic';
};

/** The container the bytes start like, or null for anything else (text, SVG, PDF, video…). */
export const sniffImage = (b: Uint8Array): ImageContainer | null => {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(b, 0, 4) === 'GIF8') return 'gif';
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  return heifKind(b);
};

/**
 * The container of an image to ingest. Throws DomainError `unsupported_format` naming the input
 * for an empty file and for bytes that are not one of the accepted formats (checked before any
 * decoder sees them, so a text file named .jpg is told as such).
 */
export const requireImage = (b: Uint8Array, name: string): ImageContainer => {
  if (b.length === 0)
    throw new DomainError('unsupported_format', `${name}: empty file (0 bytes), not an image`);
  const kind = sniffImage(b);
  if (kind) return kind;
  const text = /^[\t\n\r\x20-\x7e\u00a0-\ufffc]*$/.test(
    new TextDecoder().decode(b.subarray(0, 512), { stream: true }),
  );
  throw new DomainError(
    'unsupported_format',
    `${name}: ${text ? 'text, not an image' : 'not an image'} (accepted: JPEG, PNG, WebP, GIF, TIFF, AVIF, HEIC)`,
  );
};
