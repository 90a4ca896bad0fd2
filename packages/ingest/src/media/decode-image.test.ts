import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@corroborate/core';
import { hammingDistanceHex } from '@corroborate/pdq';
import { decodeImage, hashImageFile } from './decode-image';

// Shared fixtures live outside the repository (../shared from the repo root); skip when absent.
const FIXTURES = fileURLToPath(new URL('../../../../../shared/fixtures/pdq/', import.meta.url));
const hasFixtures = existsSync(`${FIXTURES}SPEC.md`);
const tsv = (relative: string): string[][] =>
  readFileSync(FIXTURES + relative, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));

describe.skipIf(!hasFixtures)('hashImageFile against the C++ reference (shared fixtures)', () => {
  it('hashes at least 38 of the 39 images exactly and none more than 10 bits off', async () => {
    const rows = tsv('expected/reference-hashes.tsv');
    const distances: number[] = [];
    for (const [file, hash, quality, width, height, channels] of rows) {
      const image = await decodeImage(FIXTURES + file);
      expect([image.width, image.height, image.channels], file).toEqual(
        [width, height, channels].map(Number),
      );
      const result = await hashImageFile(FIXTURES + file);
      distances.push(result.quality === Number(quality) ? hammingDistanceHex(result.hash, hash!) : 256);
    }
    expect(distances).toHaveLength(39);
    expect(distances.filter((d) => d === 0).length).toBeGreaterThanOrEqual(38);
    expect(Math.max(...distances)).toBeLessThanOrEqual(10);
  });

  it('gives the reference dihedral hashes, in reference order', async () => {
    for (const [file, ...expected] of tsv('expected/reference-dihedral.tsv')) {
      const result = await hashImageFile(FIXTURES + file, { dihedral: true });
      expect([...Object.values(result.dihedral!), String(result.quality)], file).toEqual(expected);
    }
  });
});

describe('decodeImage', () => {
  let dir = '';
  const file = async (name: string, bytes: Uint8Array | string): Promise<string> => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  };
  const rgb = (
    width: number,
    height: number,
    pixel: (x: number, y: number) => number[],
    channels: 3 | 4 = 3,
  ) =>
    sharp(
      Buffer.from(
        Array.from({ length: width * height }, (_, i) => pixel(i % width, Math.floor(i / width))).flat(),
      ),
      {
        raw: { width, height, channels },
      },
    );
  const failure = async (input: string | Uint8Array): Promise<DomainError> => {
    const err: unknown = await decodeImage(input).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!(err instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(err)}`);
    return err;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corroborate-decode-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('refuses an empty file as unsupported, naming it', async () => {
    const path = await file('empty.jpg', new Uint8Array(0));
    const err = await failure(path);
    expect([err.code, err.message.includes(path)]).toEqual(['unsupported_format', true]);
  });

  it('refuses text with an image extension as unsupported', async () => {
    const err = await failure(await file('notes.png', 'these are notes, not pixels\n'));
    expect(err.code).toBe('unsupported_format');
  });

  it('refuses a truncated JPEG as a parse failure', async () => {
    const jpeg = await rgb(128, 128, (x, y) => [(x * 7) & 255, (y * 13) & 255, (x * y) & 255])
      .jpeg()
      .toBuffer();
    const err = await failure(await file('cut.jpg', jpeg.subarray(0, Math.floor(jpeg.length / 2))));
    expect(err.code).toBe('parse_failed');
    expect(err.message).toMatch(/cut\.jpg: cannot decode/);
  });

  it('refuses a 30000×30000 PNG from its header, fast', async () => {
    const started = performance.now();
    const err = await failure(await file('bomb.png', pngHeaderOnly(30000, 30000)));
    expect(err.code).toBe('input_too_large');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses HEIC as unsupported', async () => {
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic\0\0\0\0mif1heic'),
      Buffer.alloc(64),
    ]);
    const err = await failure(await file('photo.heic', heic));
    expect([err.code, /HEIC/.test(err.message)]).toEqual(['unsupported_format', true]);
  });

  it('still decodes AVIF, the other HEIF flavour', async () => {
    const avif = await rgb(32, 24, () => [51, 102, 153])
      .avif()
      .toBuffer();
    const sut = await decodeImage(avif);
    expect([sut.format, sut.width, sut.height, sut.channels]).toEqual(['heif', 32, 24, 3]);
  });

  it('reports a missing file as not found', async () => {
    expect((await failure(join(dir, 'nowhere.jpg'))).code).toBe('not_found');
  });

  it('drops alpha without compositing and keeps colour images as RGB', async () => {
    const png = await rgb(8, 8, (x) => [200, 10 + x, 10, x === 0 ? 0 : 128], 4)
      .png()
      .toBuffer();
    const sut = await decodeImage(png);
    expect([sut.channels, sut.format, ...sut.data.subarray(0, 6)]).toEqual([
      3,
      'png',
      200,
      10,
      10,
      200,
      11,
      10,
    ]);
  });

  it('returns an image whose pixels are all grey as one channel', async () => {
    const png = await rgb(10, 6, (x, y) => [x * 20 + y, x * 20 + y, x * 20 + y])
      .png()
      .toBuffer();
    const sut = await decodeImage(png, { name: 'grey.png' });
    expect([sut.channels, sut.data.length, sut.data[13]]).toEqual([1, 60, 61]);
  });

  it('does not apply EXIF orientation', async () => {
    const jpeg = await rgb(40, 20, () => [90, 90, 200])
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const sut = await decodeImage(jpeg);
    expect([sut.width, sut.height]).toEqual([40, 20]);
  });

  it('decodes the first frame of an animated GIF and says it was animated', async () => {
    const frames = Buffer.from(
      Array.from({ length: 16 * 32 }, (_, i) => (i < 256 ? [250, 250, 250] : [0, 0, 0])).flat(),
    );
    const gif = await sharp(frames, { raw: { width: 16, height: 32, channels: 3, pageHeight: 16 } })
      .gif()
      .toBuffer();
    const sut = await decodeImage(await readFile(await file('anim.gif', gif)));
    expect([sut.animated, sut.format, sut.width, sut.height, sut.data[0]]).toEqual([
      true,
      'gif',
      16,
      16,
      250,
    ]);
  });

  it('hashes bytes and paths alike, with dihedral hashes on request', async () => {
    const png = await rgb(96, 80, (x, y) => [(x * y) & 255, (x * 3) & 255, (y * 5) & 255])
      .png()
      .toBuffer();
    const fromPath = await hashImageFile(await file('pattern.png', png), { dihedral: true });
    const fromBytes = await hashImageFile(png);
    expect(fromBytes.hash).toBe(fromPath.hash);
    expect(fromPath.dihedral?.orig).toBe(fromPath.hash);
    expect(fromBytes.dihedral).toBeUndefined();
    expect([fromPath.width, fromPath.height, fromPath.animated]).toEqual([96, 80, false]);
  });
});

// A PNG signature and IHDR claiming width×height, then an empty IDAT and IEND: a decompression
// bomb's header without its 2.7 MB body. CRCs are computed so decoders accept the chunks.
const pngHeaderOnly = (width: number, height: number): Uint8Array => {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit grey, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 3, 0, 0, 0, 0, 1])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
};

const crc32 = (bytes: Uint8Array): number => {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
};
