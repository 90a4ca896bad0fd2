import { hammingDistanceHex } from '@corroborate/pdq';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createMediaIngester } from './media-ingester';
import {
  animatedGif,
  bombPng,
  flatPng,
  heicHeader,
  mirroredSmallCopy,
  photo,
  photoJpeg,
} from './media-images.fixture';
import { makeMediaDeps } from './media-store.fake';

const source = (bytes: Uint8Array, name: string) => ({ bytes, name, fileName: name, url: null });

describe('ingestImage', () => {
  it('stores the original and a thumbnail as blobs and records hash, size, format and first-seen time', async () => {
    const { deps, store, blobs, clock } = makeMediaDeps();
    const sut = createMediaIngester(deps);
    const bytes = await photoJpeg(1);
    const out = await sut.ingestImage(source(bytes, 'a.jpg'));
    expect(out.created).toBe(true);
    const m = out.media;
    expect(m).toMatchObject({
      format: 'jpeg',
      mimeType: 'image/jpeg',
      width: 400,
      height: 300,
      byteSize: bytes.length,
    });
    expect(m.sha256).toBe(deps.hasher.sha256(bytes));
    expect(m.pdq).toMatch(/^[0-9a-f]{64}$/);
    expect(m.pdqQuality).toBeGreaterThanOrEqual(50);
    expect(m.pdqDihedral).toHaveLength(8);
    expect(m.pdqDihedral![0]).toBe(m.pdq);
    expect(m.firstSeenAt).toEqual(clock.now());
    expect(m.flags).toEqual([]);
    expect(await blobs.get(m.sha256)).toEqual(Uint8Array.from(bytes));
    expect(await blobs.has(m.thumbnailSha256!)).toBe(true);
    expect(store.committed.media).toHaveLength(1);
  });

  it('treats identical bytes as a duplicate and writes nothing new', async () => {
    const { deps, store, blobs } = makeMediaDeps();
    const sut = createMediaIngester(deps);
    const bytes = await photoJpeg(2);
    const first = await sut.ingestImage(source(bytes, 'a.jpg'));
    const blobCount = blobs.blobs.size;
    const again = await sut.ingestImage(source(bytes, 'copy-of-a.jpg'));
    expect(again.created).toBe(false);
    expect(again.media.id).toBe(first.media.id);
    expect(store.committed.media).toHaveLength(1);
    expect(blobs.blobs.size).toBe(blobCount);
    expect(sut.counts).toMatchObject({ stored: 1, duplicates: 1 });
  });

  it('matches a mirrored, shrunk, re-encoded copy with its distance and the earlier first-seen date', async () => {
    const { deps, store, clock } = makeMediaDeps();
    const sut = createMediaIngester(deps);
    const original = await sut.ingestImage(source(await photoJpeg(3), 'original.jpg'));
    await sut.ingestImage(source(await photoJpeg(4), 'unrelated.jpg'));
    clock.advanceDays(30);
    const copy = await sut.ingestImage(source(await mirroredSmallCopy(3), 'copy.jpg'));
    expect(copy.created).toBe(true);
    expect(copy.matches).toHaveLength(1);
    const [match] = copy.matches;
    expect(match).toMatchObject({
      kind: 'near_duplicate',
      mediaId: copy.media.id,
      matchedMediaId: original.media.id,
    });
    // Only a mirrored variant matches: the copy's own hash is far from the original's.
    expect(['flipx', 'flipy']).toContain(match!.variant);
    expect(hammingDistanceHex(copy.media.pdq!, original.media.pdq!)).toBeGreaterThan(31);
    expect(match!.distance).toBeLessThanOrEqual(31);
    expect(match!.matchedFirstSeenAt).toEqual(original.media.firstSeenAt);
    expect(copy.notes.join('\n')).toMatch(
      new RegExp(
        `near-duplicate of ${original.media.id} \\(PDQ distance ${match!.distance}, ${match!.variant}; first seen 2024-03-01\\)`,
      ),
    );
    expect(store.committed.matches).toHaveLength(1);
    expect(sut.counts.nearDuplicates).toBe(1);
  });

  it('flags a flat image as pdq_unreliable and does not match it, even against another flat image', async () => {
    const { deps, store } = makeMediaDeps();
    const sut = createMediaIngester(deps);
    const first = await sut.ingestImage(source(await flatPng(), 'grey.png'));
    expect(first.media.pdqQuality).toBeLessThan(50);
    expect(first.media.flags).toContain('pdq_unreliable');
    expect(first.notes.join()).toMatch(/PDQ quality \d+ is under 50: hash kept but not matched/);
    const second = await sut.ingestImage(source(await flatPngVariant(), 'grey-2.png'));
    expect(second.matches).toEqual([]);
    expect(store.committed.matches).toEqual([]);
    expect(sut.counts.unreliable).toBe(2);
  });

  it('says an animated GIF was hashed from its first frame only', async () => {
    const { deps } = makeMediaDeps();
    const out = await createMediaIngester(deps).ingestImage(source(await animatedGif(), 'anim.gif'));
    expect(out.media.format).toBe('gif');
    expect(out.media.flags).toContain('first_frame_only');
    expect(out.notes.join()).toMatch(/animated or multi-page GIF: only the first frame was hashed/);
  });
});

// Another flat image with a different grey: different bytes, an equally meaningless hash.
const flatPngVariant = () =>
  sharp({ create: { width: 90, height: 90, channels: 3, background: '#7a7a7a' } })
    .png()
    .toBuffer();

describe('ingestImage refuses bad input, naming the file and storing nothing', () => {
  const refuses = async (bytes: Uint8Array, name: string, pattern: RegExp, code: string) => {
    const { deps, store, blobs } = makeMediaDeps();
    const sut = createMediaIngester(deps);
    await expect(sut.ingestImage(source(bytes, name))).rejects.toMatchObject({
      code,
      message: expect.stringMatching(pattern),
    });
    expect(store.committed.media).toEqual([]);
    expect(blobs.blobs.size).toBe(0);
    expect(sut.counts.failed).toBe(1);
  };

  it('a zero-byte file', async () => {
    await refuses(new Uint8Array(0), 'empty.jpg', /^empty\.jpg: empty file/, 'unsupported_format');
  });

  it('a text file with an image extension', async () => {
    await refuses(
      new TextEncoder().encode('hello, not a photo'),
      'notes.jpg',
      /^notes\.jpg: text, not an image/,
      'unsupported_format',
    );
  });

  it('a truncated JPEG', async () => {
    const jpeg = await photoJpeg(5);
    await refuses(
      jpeg.subarray(0, jpeg.length >> 1),
      'cut.jpg',
      /^cut\.jpg: cannot decode the image/,
      'parse_failed',
    );
  });

  it('a 30000×30000 PNG, refused by the pixel limit before decoding', async () => {
    const bomb = await bombPng();
    const started = performance.now();
    await refuses(bomb, 'bomb.png', /^bomb\.png: .*pixel limit/i, 'input_too_large');
    // Generous bound for a loaded CI machine; decoding would take seconds and ~1 GB.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('HEIC without a converter', async () => {
    await refuses(
      heicHeader(),
      'IMG_0001.HEIC',
      /^IMG_0001\.HEIC: unsupported: HEIC needs a converter \(heif-convert/,
      'unsupported_format',
    );
  });
});

describe('ingestImage with a HEIC converter', () => {
  it('decodes the converted image, keeps the HEIC bytes as the original, and records the format', async () => {
    const png = await (await photo(8, 64, 48)).png().toBuffer();
    const { deps, blobs } = makeMediaDeps({ heicConverter: () => Promise.resolve(png) });
    const heic = heicHeader();
    const out = await createMediaIngester(deps).ingestImage(source(heic, 'IMG_0002.HEIC'));
    expect(out.media).toMatchObject({ format: 'heic', mimeType: 'image/heic', width: 64, height: 48 });
    expect(out.media.flags).toContain('converted_from_heic');
    expect(await blobs.get(out.media.sha256)).toEqual(Uint8Array.from(heic));
  });
});

describe('ingestImage atomicity', () => {
  it('leaves no item when recording a match fails, and the same image then goes in whole', async () => {
    const { deps, store } = makeMediaDeps();
    const sut = createMediaIngester(deps);
    await sut.ingestImage(source(await photoJpeg(9), 'a.jpg'));
    store.failNextMatch = new Error('disk full');
    const copy = await mirroredSmallCopy(9);
    await expect(sut.ingestImage(source(copy, 'b.jpg'))).rejects.toThrow('disk full');
    expect(store.committed.media).toHaveLength(1);
    expect(store.committed.matches).toEqual([]);
    const retry = await sut.ingestImage(source(copy, 'b.jpg'));
    expect(retry.created).toBe(true);
    expect(retry.matches).toHaveLength(1);
  });
});
