import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegWithExif, photo } from './media-images.fixture';
import { blurredThumbnail, makeThumbnail, THUMBNAIL_SIZE } from './thumbnails';

const pixels = async (bytes: Uint8Array) => sharp(bytes).raw().toBuffer({ resolveWithObject: true });

const spread = (data: Buffer): number => {
  let sum = 0;
  for (let i = 1; i < data.length; i++) sum += Math.abs(data[i]! - data[i - 1]!);
  return sum / data.length;
};

describe('thumbnails', () => {
  it('makes a WebP of at most 320 px on the longer side, without EXIF', async () => {
    const thumb = await makeThumbnail(await jpegWithExif(4));
    const meta = await sharp(thumb).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.exif).toBeUndefined();
    const big = await sharp(
      await makeThumbnail(await (await photo(5, 1000, 500)).png().toBuffer()),
    ).metadata();
    expect([big.width, big.height]).toEqual([THUMBNAIL_SIZE, 160]);
  });

  it('never enlarges a small image', async () => {
    const meta = await sharp(await makeThumbnail(await (await photo(6, 40, 30)).png().toBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([40, 30]);
  });

  it('blurs and greys the variant served for flagged items', async () => {
    const thumb = await makeThumbnail(await (await photo(7, 320, 240)).jpeg().toBuffer());
    const blurred = await blurredThumbnail(thumb);
    const original = await pixels(thumb);
    const out = await pixels(blurred);
    expect([out.info.width, out.info.height]).toEqual([original.info.width, original.info.height]);
    const { data, info } = out;
    let colour = 0;
    if (info.channels >= 3) {
      for (let i = 0; i < data.length; i += info.channels) {
        colour = Math.max(colour, Math.abs(data[i]! - data[i + 1]!), Math.abs(data[i]! - data[i + 2]!));
      }
    }
    expect(colour).toBeLessThanOrEqual(1);
    const grey = await sharp(thumb).greyscale().raw().toBuffer();
    expect(spread(await sharp(blurred).greyscale().raw().toBuffer())).toBeLessThan(spread(grey) / 3);
  });

  it('names the input when the bytes cannot be read', async () => {
    await expect(makeThumbnail(new Uint8Array([1, 2, 3]), 'bad.jpg')).rejects.toThrow(
      /^bad\.jpg: cannot make a thumbnail/,
    );
  });
});
