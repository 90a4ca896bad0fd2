// prettier-ignore
const MIME: Record<string, string> = {
  jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif', tiff: 'image/tiff',
  avif: 'image/avif', heic: 'image/heic', svg: 'image/svg+xml',
};

/**
 * The format to record for a decoded image: sharp names AVIF "heif" (AV1 in a HEIF box), and a
 * HEIC decoded through a converter arrives as the converter's PNG.
 */
export const recordedFormat = (decoded: string, opts: { heic: boolean }): string =>
  opts.heic ? 'heic' : decoded === 'heif' ? 'avif' : decoded;

/** The MIME type of a recorded format; unknown ones are `application/octet-stream`. */
export const mimeOf = (format: string): string => MIME[format] ?? 'application/octet-stream';
