import type { NewMediaItem } from '@corroborate/core';
import { nodeHasher } from '../adapters/node-hasher';

/** A 64-hex hash made from a seed, for PDQ fields and thumbnails. */
export const hexOf = (seed: string): string => nodeHasher.sha256(seed);

/** A NewMediaItem whose sha256 follows `seed`; overrides win. */
export const aMediaItem = (seed = 'photo-1', overrides: Partial<NewMediaItem> = {}): NewMediaItem => ({
  sha256: hexOf(`bytes:${seed}`),
  mimeType: 'image/jpeg',
  format: 'jpeg',
  width: 640,
  height: 480,
  byteSize: 48_213,
  pdq: hexOf(`pdq:${seed}`),
  pdqQuality: 100,
  pdqDihedral: Array.from({ length: 8 }, (_, i) => hexOf(`pdq:${seed}:${i}`)),
  flags: [],
  exif: {
    capturedAt: '2014-06-12T14:30:05+03:00',
    gps: { lat: 34.6, lon: 43.68 },
    camera: 'Canon EOS 5D',
    software: 'GIMP 2.10',
  },
  thumbnailSha256: hexOf(`thumb:${seed}`),
  sensitivity: 'none',
  fileName: `${seed}.jpg`,
  url: null,
  documentId: null,
  firstSeenAt: new Date('2014-06-12T21:30:05.123Z'),
  ...overrides,
});
