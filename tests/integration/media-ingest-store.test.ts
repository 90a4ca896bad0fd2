import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMediaIngester, flagMedia, type MediaIngestDeps } from '@corroborate/ingest';
import { FsBlobStore, nodeHasher } from '@corroborate/store';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mirroredSmallCopy, photoJpeg } from '../../packages/ingest/src/media-ingest/media-images.fixture';
import type { ContractHarness, ContractStore } from '../../packages/store/src/contract/contract-harness';
import { pgAvailability } from '../../packages/store/src/contract/pg-availability';
import { pgHarness } from '../../packages/store/src/contract/pg-harness';
import { sqliteHarness } from '../../packages/store/src/contract/sqlite-harness';

// Media ingest against the real stores: one transaction per item, matches across two processes.
const mediaIngestOn = (h: ContractHarness): void => {
  let t: ContractStore;
  let blobDir: string;
  const deps = (store = t.store): MediaIngestDeps => ({
    store,
    blobs: new FsBlobStore(blobDir),
    clock: t.clock,
    hasher: nodeHasher,
    heicConverter: null,
  });
  const source = (bytes: Uint8Array, name: string) => ({ bytes, name, fileName: name, url: null });

  beforeEach(async () => {
    t = await h.open();
    blobDir = await mkdtemp(join(tmpdir(), 'corroborate-media-blobs-'));
  });
  afterEach(async () => {
    await t.dispose();
    await rm(blobDir, { recursive: true, force: true });
  });

  it('stores an item with its matches, and another process sees it as a near-duplicate source', async () => {
    const first = createMediaIngester(deps());
    const original = await first.ingestImage(source(await photoJpeg(51), 'a.jpg'));
    t.clock.advance(86_400_000 * 3);
    // A second process on the same database, with its own in-memory index.
    const other = await t.reopen();
    const second = createMediaIngester(deps(other));
    const copy = await second.ingestImage(source(await mirroredSmallCopy(51), 'b.jpg'));
    expect(copy.matches).toMatchObject([
      {
        kind: 'near_duplicate',
        matchedMediaId: original.media.id,
        matchedFirstSeenAt: original.media.firstSeenAt,
      },
    ]);
    expect(await t.store.media.listMatches(original.media.id)).toEqual(copy.matches);
    expect(await t.store.media.get(copy.media.id)).toEqual(copy.media);
    // And the first process, ingesting again, now knows about the copy too.
    const third = await first.ingestImage(
      source(
        await sharp(await photoJpeg(51))
          .png()
          .toBuffer(),
        'c.png',
      ),
    );
    expect(third.matches.map((m) => m.matchedMediaId).sort()).toEqual(
      [original.media.id, copy.media.id].sort(),
    );
  });

  it('writes nothing to the database when the transaction fails, keeping only the harmless blobs', async () => {
    const sut = createMediaIngester(deps());
    await sut.ingestImage(source(await photoJpeg(52), 'a.jpg'));
    const failing = deps();
    failing.store = {
      ...t.store,
      transaction: (fn) =>
        t.store.transaction(async (tx) => {
          await fn(tx);
          throw new Error('connection lost before commit');
        }),
    };
    await expect(
      createMediaIngester(failing).ingestImage(source(await mirroredSmallCopy(52), 'b.jpg')),
    ).rejects.toThrow('connection lost before commit');
    expect(await t.store.media.count()).toBe(1);
    // The failed attempt's blobs (original and thumbnail) stay; the retry re-uses them.
    const blobs = new FsBlobStore(blobDir);
    const names = async () => {
      const out: string[] = [];
      for await (const n of blobs.list()) out.push(n);
      return out;
    };
    expect(await names()).toHaveLength(4);
    const again = await sut.ingestImage(source(await mirroredSmallCopy(52), 'b.jpg'));
    expect(again.created).toBe(true);
    expect(again.matches).toHaveLength(1);
    expect(await names()).toHaveLength(4);
    expect(await blobs.has(again.media.sha256)).toBe(true);
  });

  it('flags an item and chains the audit entry', async () => {
    const { media } = await createMediaIngester(deps()).ingestImage(source(await photoJpeg(53), 'a.jpg'));
    await flagMedia(deps(), { mediaId: media.id, sensitivity: 'personal_information', actorId: 'usr_1' });
    expect((await t.store.media.get(media.id))?.sensitivity).toBe('personal_information');
    expect(
      await t.store.audit.listByEntity({ entityType: 'media', entityId: media.id, limit: 5 }),
    ).toMatchObject([
      {
        action: 'media.flag',
        before: { sensitivity: 'none' },
        after: { sensitivity: 'personal_information' },
      },
    ]);
  });
};

describe('media ingest on SQLite', () => {
  mediaIngestOn(sqliteHarness());
});

const pg = pgAvailability();
if ('url' in pg) {
  const harness = pgHarness(pg.url);
  afterAll(() => harness.close());
  describe('media ingest on PostgreSQL', () => {
    mediaIngestOn(harness);
  });
} else if ('fail' in pg) {
  describe('media ingest on PostgreSQL', () => {
    it('needs a database in CI', () => {
      throw new Error(pg.fail);
    });
  });
} else {
  describe.skip(`media ingest on PostgreSQL (skipped: ${pg.skip})`, () => {
    it('runs with DATABASE_URL', () => undefined);
  });
}
