import { describe, expect, it } from 'vitest';
import { requireImage, sniffImage } from './image-signature';
import { animatedGif, heicHeader, photo } from './media-images.fixture';

describe('sniffImage / requireImage', () => {
  it('tells the accepted containers apart by their first bytes', async () => {
    const img = await photo(1, 32, 24);
    expect(sniffImage(await img.clone().jpeg().toBuffer())).toBe('jpeg');
    expect(sniffImage(await img.clone().png().toBuffer())).toBe('png');
    expect(sniffImage(await img.clone().webp().toBuffer())).toBe('webp');
    expect(sniffImage(await img.clone().tiff().toBuffer())).toBe('tiff');
    expect(sniffImage(await img.clone().avif().toBuffer())).toBe('avif');
    expect(sniffImage(await animatedGif())).toBe('gif');
    expect(sniffImage(heicHeader())).toBe('heic');
  });

  it('names the file and says why when the bytes are empty, text, or something else', () => {
    expect(() => requireImage(new Uint8Array(0), 'empty.jpg')).toThrow(
      'empty.jpg: empty file (0 bytes), not an image',
    );
    expect(() => requireImage(new TextEncoder().encode('Dear editor, café…'), 'letter.png')).toThrow(
      /^letter\.png: text, not an image/,
    );
    expect(() => requireImage(new TextEncoder().encode('<svg xmlns="…"/>'), 'x.jpg')).toThrow(/x\.jpg: text/);
    expect(() => requireImage(Uint8Array.from([0x00, 0x01, 0xff, 0xfe, 0x80]), 'blob.gif')).toThrow(
      /^blob\.gif: not an image \(accepted: JPEG, PNG, WebP, GIF, TIFF, AVIF, HEIC\)/,
    );
  });
});
