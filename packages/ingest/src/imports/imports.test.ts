import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDomainError, type Document, type Store } from '@corroborate/core';
import { MemoryBlobStore, createUlidIds, nodeHasher, openStore, systemClock } from '@corroborate/store';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createMediaIngester } from '../media-ingest/media-ingester';
import { readCsvManifest } from './csv-manifest';
import { importPosts as sut } from './import-posts';
import type { ImportDeps } from './import-types';
import {
  telegramMessages,
  writeManifestFolder,
  writeTelegramExport,
  writeXArchive,
} from './import-exports.fixture';
import { readTelegramExport } from './telegram-export';
import { readXArchive } from './x-archive';

let dir: string;
let store: Store;
let deps: ImportDeps;

beforeEach(async () => {
  await store?.close();
  dir = await mkdtemp(join(tmpdir(), 'corroborate-import-'));
  const clock = systemClock;
  store = await openStore(`sqlite:${join(dir, 'c.db')}`, { clock, ids: createUlidIds({ clock }) });
  await store.migrate();
  const media = createMediaIngester({
    store,
    blobs: new MemoryBlobStore(),
    clock,
    hasher: nodeHasher,
    heicConverter: null,
  });
  deps = { store, clock, hasher: nodeHasher, ingestImage: (src) => media.ingestImage(src) };
});
afterAll(async () => {
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const allDocuments = async (): Promise<Document[]> => {
  const docs: Document[] = [];
  for await (const d of store.documents.iterate()) docs.push(d);
  return docs;
};

describe('Telegram channel export', () => {
  it('stores posts with source, zoned time, links and edits; the photo linked; missing files reported', async () => {
    const folder = await writeTelegramExport(join(dir, 'tg'));
    const got = await sut(deps, await readTelegramExport(folder));
    expect(got).toMatchObject({
      posts: 4,
      documents: { stored: 3, duplicates: 0 },
      media: { stored: 1, duplicates: 0 },
    });
    expect(got.failed).toEqual([]);
    expect(got.missing).toEqual([
      {
        post: 'message 3',
        what: '(File not included. Change data exporting settings to download.) (the export left the file out)',
      },
      { post: 'message 4', what: 'photos/photo_2@14-06-2014_14-00-00.jpg (file not found)' },
    ]);
    expect(got.skipped).toEqual([
      { post: 'message 5', what: 'video_files/clip.mp4: not an image; only images are stored as media' },
    ]);

    const [first, edited, video] = await allDocuments();
    expect(first?.text).toBe('قال مسؤولون إن 12 شخصا قتلوا في السوق. https://news.example.org/a');
    expect(first?.publishedAt?.toISOString()).toBe('2014-06-14T09:00:00.000Z');
    expect(first?.ingestNotes).toEqual([
      'posted: 2014-06-14T12:00:00+03:00',
      'link: https://news.example.org/a',
    ]);
    expect((await store.sources.get(first!.sourceId!))?.name).toBe('أخبار الموصل');
    expect(edited?.ingestNotes).toContain(
      'edited: 2014-06-14T13:30:00+03:00 (the export holds the edited text)',
    );
    expect(video?.ingestNotes).toContain('link: https://hrw.example/report');
    const photo = (await store.media.list({ limit: 5 })).items;
    expect(photo.map((m) => [m.documentId, m.fileName])).toEqual([
      [first?.id, 'photos/photo_1@14-06-2014_12-00-00.jpg'],
    ]);
  });

  it('changes nothing when the same export is imported again', async () => {
    const folder = await writeTelegramExport(join(dir, 'tg'));
    await sut(deps, await readTelegramExport(folder));
    const ledger = await store.ledger.latest();
    const again = await sut(deps, await readTelegramExport(folder));
    expect(again).toMatchObject({
      documents: { stored: 0, duplicates: 3 },
      media: { stored: 0, duplicates: 1 },
    });
    expect(await store.ledger.latest()).toEqual(ledger);
    expect(await store.documents.count()).toBe(3);
  });

  it('reports the first bad place of a malformed result.json by line and column', async () => {
    const folder = await writeTelegramExport(join(dir, 'bad'));
    const good = JSON.stringify({ name: 'x', messages: telegramMessages() }, null, 1);
    // Drop the comma after message 2's "id" member.
    const bad = good.replace('"id": 2,', '"id": 2');
    await writeFile(join(folder, 'result.json'), bad);
    const line = bad.slice(0, bad.indexOf('"id": 2')).split('\n').length + 1;
    const err = await readTelegramExport(folder)
      .then((exp) => sut(deps, exp))
      .catch((e: unknown) => e);
    expect(isDomainError(err) && err.code).toBe('parse_failed');
    expect((err as Error).message).toMatch(
      new RegExp(`result\\.json: line ${line}, column 4: not valid JSON`),
    );
    // The bad message is the first one: nothing was stored.
    expect(await store.documents.count()).toBe(0);
  });
});

describe('X archive', () => {
  it('stores tweets with expanded links, account as source, zoned time; a missing photo and a video reported', async () => {
    const got = await sut(deps, await readXArchive(await writeXArchive(join(dir, 'x'))));
    expect(got).toMatchObject({ posts: 2, documents: { stored: 2 }, media: { stored: 1 } });
    expect(got.missing).toEqual([
      { post: 'tweet 100', what: 'data/tweets_media/100-Gone1.jpg (file not found)' },
    ]);
    expect(got.skipped).toHaveLength(1);
    const [tweet, arabic] = await allDocuments();
    expect(tweet).toMatchObject({
      text: 'Photos from Tikrit & Speicher https://news.example.org/speicher',
      url: 'https://x.com/witness_iq/status/100',
      byline: '@witness_iq',
    });
    expect(tweet?.ingestNotes).toEqual([
      'posted: 2014-06-14T12:00:00+00:00',
      'link: https://news.example.org/speicher',
    ]);
    expect(arabic?.publishedAt?.toISOString()).toBe('2014-06-15T05:30:00.000Z');
    expect((await store.sources.get(tweet!.sourceId!))?.name).toBe('@witness_iq on X');
  });
});

describe('CSV manifest', () => {
  it('reads the columns the header names; documents and images stored, a missing file reported', async () => {
    const got = await sut(deps, await readCsvManifest(await writeManifestFolder(join(dir, 'm'))));
    expect(got).toMatchObject({ posts: 4, documents: { stored: 2 }, media: { stored: 1 } });
    expect(got.missing).toEqual([{ post: 'manifest.csv line 5', what: 'lost.jpg (file not found)' }]);
    const [report, notes] = await allDocuments();
    expect(report).toMatchObject({ title: 'Report, bridge', url: 'https://ngo.example/r' });
    expect(report?.text).toContain('قال شهود إن 30 شخصا قتلوا');
    expect(report?.publishedAt?.toISOString()).toBe('2014-06-16T07:00:00.000Z');
    expect((await store.sources.get(report!.sourceId!))?.name).toBe('Witness Group');
    expect(notes?.publishedAt).toBeNull();
    expect(notes?.ingestNotes).toContain(
      'published: 2014-06-16 (no time zone given; not used as the publication time)',
    );
  });

  it('refuses a manifest without a file column', async () => {
    const csv = join(dir, 'bad.csv');
    await writeFile(csv, 'title,url\nx,y\n');
    await expect(readCsvManifest(csv)).rejects.toThrow(/line 1: the header must name a "file" column/);
  });
});
