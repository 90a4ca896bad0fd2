import type { BlobStore, Store } from '@corroborate/core';
import sharp from 'sharp';

/** A small JPEG that still carries EXIF GPS (Tikrit): the worst case for what reaches the public. */
export const jpegWithGps = (): Promise<Buffer> =>
  sharp({ create: { width: 200, height: 150, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'Canon', Model: 'Canon EOS 5D' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '34/1 36/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '43/1 40/1 48/1',
      },
    })
    .toBuffer();

/**
 * Links a graphic photo to the incident as evidence, its stored thumbnail deliberately left with
 * EXIF GPS, so tests can show the site strips it. Returns the media id and the thumbnail bytes.
 */
export const addGraphicEvidence = async (
  store: Store,
  blobs: BlobStore,
  incidentId: string,
): Promise<{ mediaId: string; thumbnail: Buffer }> => {
  const thumbnail = await jpegWithGps();
  const { sha256 } = await blobs.put(thumbnail);
  const { media } = await store.media.insertOrGetBySha({
    sha256,
    mimeType: 'image/jpeg',
    format: 'jpeg',
    width: 200,
    height: 150,
    byteSize: thumbnail.length,
    pdq: null,
    pdqQuality: null,
    pdqDihedral: null,
    flags: [],
    exif: null,
    thumbnailSha256: sha256,
    sensitivity: 'dead_bodies',
    fileName: 'scene.jpg',
    url: null,
    documentId: null,
    firstSeenAt: new Date('2014-06-14T10:00:00Z'),
  });
  await store.mediaLinks.link({ incidentId, mediaId: media.id, note: 'Photo of the scene', linkedBy: null });
  return { mediaId: media.id, thumbnail };
};
