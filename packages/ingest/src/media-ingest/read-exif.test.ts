import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { jpegWithExif, photo } from './media-images.fixture';
import { readExif, summariseExif } from './read-exif';

const FIXTURES = fileURLToPath(new URL('../../../../../shared/fixtures/pdq/images/', import.meta.url));

describe('readExif', () => {
  it('reads capture time with its offset, GPS, camera and software from a JPEG', async () => {
    const exif = await readExif(await jpegWithExif(3));
    expect(exif).toEqual({
      capturedAt: '2014-06-12T14:30:05+03:00',
      gps: { lat: 34.6, lon: 43.68 },
      camera: 'Canon EOS 5D',
      software: 'GIMP 2.10',
    });
  });

  it('gives null for a PNG without EXIF (not its IHDR fields) and for bytes exifr cannot read', async () => {
    expect(await readExif(await (await photo(1, 40, 30)).png().toBuffer())).toBeNull();
    expect(await readExif(new TextEncoder().encode('not an image at all'))).toBeNull();
  });

  it('falls back to the XMP creation time and creator tool', async () => {
    const xmp =
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Snapseed 2.0"' +
      ' xmp:CreateDate="2019-03-02T10:11:12+02:00"/></rdf:RDF></x:xmpmeta>';
    const jpeg = await (await photo(2, 40, 30)).jpeg().withXmp(xmp).toBuffer();
    expect(await readExif(jpeg)).toEqual({
      capturedAt: '2019-03-02T10:11:12+02:00',
      gps: null,
      camera: null,
      software: 'Snapseed 2.0',
    });
  });

  it('does not repeat the make when the model already names it, and rejects impossible GPS', () => {
    expect(summariseExif({ Make: 'Apple', Model: 'iPhone 8' })?.camera).toBe('Apple iPhone 8');
    expect(summariseExif({ Make: 'NIKON', Model: 'NIKON D750\u0000' })?.camera).toBe('NIKON D750');
    expect(summariseExif({ latitude: 134.6, longitude: 43.68 })).toBeNull();
  });

  it.skipIf(!existsSync(FIXTURES))('reads the fixture photos without failing (shared fixtures)', async () => {
    for (const rel of [
      'bridge-mods/aaa-orig.jpg',
      'misc-images/modes/CMYK.jpg',
      'reg-test-input/pen-and-coaster.png',
    ]) {
      const exif = await readExif(await readFile(`${FIXTURES}${rel}`));
      if (exif) expect(Object.keys(exif).sort()).toEqual(['camera', 'capturedAt', 'gps', 'software']);
    }
    // sharp keeps EXIF when asked: the fixture bytes then carry what was written.
    const tagged = await sharp(await readFile(`${FIXTURES}bridge-mods/aaa-orig.jpg`))
      .withExif({ IFD0: { Make: 'Sony', Model: 'ILCE-7' } })
      .jpeg()
      .toBuffer();
    expect((await readExif(tagged))?.camera).toBe('Sony ILCE-7');
  });
});
