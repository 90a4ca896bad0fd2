import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUlidIds, openStore, systemClock } from '@corroborate/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  animatedGif,
  bombPng,
  flatPng,
  heicHeader,
  mirroredSmallCopy,
  photoJpeg,
} from '../../packages/ingest/src/media-ingest/media-images.fixture';
import { runCli } from '../support/cli';

let dir: string;
let db: string;

const listFiles = async (root: string): Promise<string[]> =>
  (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => e.name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-media-cli-'));
  db = `sqlite:${join(dir, 'data', 'test.db')}`;
  const photos = join(dir, 'photos');
  await mkdir(photos);
  await writeFile(join(photos, 'a.jpg'), await photoJpeg(41));
  await writeFile(join(photos, 'b-mirrored.jpg'), await mirroredSmallCopy(41));
  await writeFile(join(photos, 'c.jpg'), await photoJpeg(42));
  await writeFile(join(photos, 'flat.png'), await flatPng());
  await writeFile(
    join(photos, 'report.txt'),
    'Officials said 12 people were killed in the market on Tuesday.',
  );
  const bad = join(dir, 'bad');
  await mkdir(bad);
  await writeFile(join(bad, 'empty.jpg'), '');
  await writeFile(join(bad, 'letter.png'), 'Dear editor, this is not a picture.');
  const cut = await photoJpeg(43);
  await writeFile(join(bad, 'truncated.jpg'), cut.subarray(0, cut.length >> 1));
  await writeFile(join(bad, 'bomb.png'), await bombPng());
  await writeFile(join(bad, 'IMG_0001.heic'), heicHeader());
  await writeFile(join(bad, 'anim.gif'), await animatedGif());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// No heif-convert on this PATH, whatever the machine has installed.
const env = { PATH: '', CORROBORATE_BLOBS: '' };

describe('corroborate ingest with images (real SQLite, real process)', () => {
  it('stores images next to documents, finds the mirrored copy, and keeps the summary line', async () => {
    const r = await runCli(['ingest', join(dir, 'photos'), '--db', db, '--no-extract'], { env });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ingested: 5 stored, 0 duplicates, 0 failed, 0 skipped$/m);
    expect(r.stdout).toMatch(
      /^media: 4 stored, 0 duplicates, 0 failed, 1 near-duplicate matches, 0 hash list hits$/m,
    );
    expect(r.stderr).toMatch(
      /warning: \S*b-mirrored\.jpg: near-duplicate of med_\w+ \(PDQ distance \d+, flip[xy]; first seen \d{4}-\d\d-\d\d\)/,
    );
    expect(r.stderr).toMatch(/warning: \S*flat\.png: PDQ quality \d+ is under 50/);
    // Blobs sit next to the database: 4 originals and 4 thumbnails, nothing temporary left.
    expect(await listFiles(join(dir, 'data', 'blobs'))).toHaveLength(8);

    const again = await runCli(['ingest', join(dir, 'photos', 'a.jpg'), '--db', db, '--no-extract'], { env });
    expect(again.stdout).toMatch(/^ingested: 0 stored, 1 duplicates, 0 failed, 0 skipped$/m);
    expect(again.stdout).toMatch(/^media: 0 stored, 1 duplicates, 0 failed/m);
  });

  it('reports each bad image on one line naming the file, and stores nothing for them', async () => {
    const before = await listFiles(join(dir, 'data', 'blobs'));
    const r = await runCli(['ingest', join(dir, 'bad'), '--db', db, '--no-extract'], { env });
    expect(r.stdout).toMatch(/^ingested: 1 stored, 0 duplicates, 5 failed, 0 skipped$/m);
    expect(r.stderr).toMatch(/failed: \S*empty\.jpg: empty file \(0 bytes\), not an image/);
    expect(r.stderr).toMatch(/failed: \S*letter\.png: text, not an image/);
    expect(r.stderr).toMatch(/failed: \S*truncated\.jpg: cannot decode the image/);
    expect(r.stderr).toMatch(/failed: \S*bomb\.png: .*pixel limit/i);
    expect(r.stderr).toMatch(/failed: \S*IMG_0001\.heic: unsupported: HEIC needs a converter \(heif-convert/);
    expect(r.stderr).toMatch(
      /warning: \S*anim\.gif: animated or multi-page GIF: only the first frame was hashed/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
    // Only the GIF (original + thumbnail) was added.
    expect((await listFiles(join(dir, 'data', 'blobs'))).length).toBe(before.length + 2);
  });

  it('flags a media item, with an audit entry, and refuses unknown values', async () => {
    const list = await runCli(['media', 'list', '--db', db]);
    const row = list.stdout.split('\n').find((l) => l.endsWith('a.jpg'));
    const id = row?.split('\t')[0] ?? '';
    expect(id).toMatch(/^med_/);
    const flag = await runCli(['media', 'flag', id, 'graphic_violence', '--actor', 'editor-1', '--db', db]);
    expect(flag.code).toBe(0);
    expect(flag.stdout.trim()).toBe(`${id}: sensitivity graphic_violence`);
    const bad = await runCli(['media', 'flag', id, 'gory', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/"gory" is not a sensitivity/);

    const store = await openStore(db, { clock: systemClock, ids: createUlidIds() });
    try {
      expect((await store.media.get(id))?.sensitivity).toBe('graphic_violence');
      const audit = await store.audit.listByEntity({ entityType: 'media', entityId: id, limit: 10 });
      expect(audit).toMatchObject([
        {
          action: 'media.flag',
          actorId: 'editor-1',
          before: { sensitivity: 'none' },
          after: { sensitivity: 'graphic_violence' },
        },
      ]);
    } finally {
      await store.close();
    }
  });

  it('exports hashes, imports a partner list with a bad line, and matches it against stored media', async () => {
    const exported = await runCli(['hashlist', 'export', '--format', 'csv', '--db', db]);
    expect(exported.code).toBe(0);
    const lines = exported.stdout.trim().split('\n');
    expect(lines[0]).toBe('hash,label');
    // a, b-mirrored, c, anim: the flat image's unreliable hash is left out.
    expect(lines).toHaveLength(5);
    expect(exported.stderr).toMatch(/exported 4 hashes \(1 left out/);

    const [hashOfA] = lines.find((l) => l.length > 0 && l !== 'hash,label')!.split(',');
    const partner = join(dir, 'partner.csv');
    await writeFile(partner, `hash,label\n${hashOfA},"case 7, Mosul"\nnot-a-hash,oops\n`);
    const imported = await runCli(['hashlist', 'import', partner, '--name', 'partner', '--db', db]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/imported: hash list "partner" \(hl_\w+\), 1 hash, 1 bad line/);
    expect(imported.stderr).toMatch(/partner\.csv line 3: "not-a-hash" is not a PDQ hash/);

    const matched = await runCli(['hashlist', 'match', partner, '--db', db]);
    expect(matched.code).toBe(0);
    const pairs = matched.stdout.trim().split('\n');
    // The original at distance 0, and its mirrored copy through the dihedral hashes.
    expect(pairs[0]).toMatch(/^2,med_\w+,0,"case 7, Mosul"$/);
    expect(pairs.length).toBeGreaterThanOrEqual(2);
    expect(pairs.slice(1).every((p) => /^2,med_\w+,([1-9]|[12]\d|3[01]),"case 7, Mosul"$/.test(p))).toBe(
      true,
    );

    const exact = await runCli(['hashlist', 'match', partner, '--distance', '0', '--db', db]);
    expect(exact.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('records hits on an imported list when new media comes in', async () => {
    const copy = join(dir, 'copy-of-a.jpg');
    await writeFile(copy, (await mirroredSmallCopy(41)).subarray(0)); // same bytes as b-mirrored: a duplicate
    const dup = await runCli(['ingest', copy, '--db', db, '--no-extract'], { env });
    expect(dup.stdout).toMatch(/media: 0 stored, 1 duplicates/);
    const fresh = join(dir, 'fresh.png');
    const sharp = (await import('sharp')).default;
    await writeFile(
      fresh,
      await sharp(await photoJpeg(41))
        .resize(300, 225)
        .png()
        .toBuffer(),
    );
    const r = await runCli(['ingest', fresh, '--db', db, '--no-extract'], { env });
    expect(r.stdout).toMatch(
      /^media: 1 stored, 0 duplicates, 0 failed, 2 near-duplicate matches, 1 hash list hits$/m,
    );
    expect(r.stderr).toMatch(/matches hash list "partner" line 2 \(case 7, Mosul\), PDQ distance \d+/);
  });
});
