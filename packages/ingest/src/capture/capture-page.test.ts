import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkWacz, openWacz, writeWacz } from '@corroborate/archive';
import { isDomainError, type Store } from '@corroborate/core';
import { MemoryBlobStore, createUlidIds, nodeHasher, openStore, systemClock } from '@corroborate/store';
import { WARCParser } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaIngester } from '../media-ingest/media-ingester';
import { photoJpeg } from '../media-ingest/media-images.fixture';
import { capturePage as sut, type CaptureDeps } from './capture-page';
import { startCaptureSite } from './capture-test-site.fixture';

let site: Awaited<ReturnType<typeof startCaptureSite>>;
let dir: string;
let store: Store;
let deps: CaptureDeps;
const blobs = new MemoryBlobStore();

beforeAll(async () => {
  site = await startCaptureSite({ a: await photoJpeg(61), b: await photoJpeg(62) });
  dir = await mkdtemp(join(tmpdir(), 'corroborate-capture-'));
  const clock = systemClock;
  store = await openStore(`sqlite:${join(dir, 'c.db')}`, { clock, ids: createUlidIds({ clock }) });
  await store.migrate();
  const media = createMediaIngester({ store, blobs, clock, hasher: nodeHasher, heicConverter: null });
  deps = { store, blobs, clock, hasher: nodeHasher, ingestImage: (src) => media.ingestImage(src) };
});
afterAll(async () => {
  await store?.close();
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('capturePage', () => {
  it('stores the page, its images and one WARC that warcio reads, all in the ledger', async () => {
    const url = `${site.base}/news/market.html`;
    const got = await sut(deps, url, { allowPrivate: true });

    expect(got.images.map((i) => [i.url.slice(site.base.length), i.mediaId !== null])).toEqual([
      ['/img/a.jpg', true],
      ['/news/img/b.jpg', true],
      ['/img/missing.jpg', false],
    ]);
    expect(got.warnings.join('\n')).toMatch(/missing\.jpg/);
    const doc = await store.documents.get(got.document!.id);
    expect(doc?.text).toContain('12 شخصا على الأقل قتلوا');
    expect(doc?.title).toBe('هجوم على السوق');
    expect(got.capture.mediaIds).toHaveLength(2);
    for (const id of got.capture.mediaIds) expect((await store.media.get(id))?.documentId).toBe(doc?.id);

    const warc = await blobs.get(got.capture.sha256);
    expect(nodeHasher.sha256(warc!)).toBe(got.capture.sha256);
    const records: [string, string | null][] = [];
    for await (const r of new WARCParser([warc!])) records.push([r.warcType ?? '', r.warcTargetURI ?? null]);
    expect(records.map(([t]) => t)).toEqual([
      'warcinfo',
      'response',
      'request',
      'resource',
      'resource',
      'metadata',
    ]);
    expect(records[1]?.[1]).toBe(url);

    const kinds = [];
    for await (const e of store.ledger.iterate()) kinds.push([e.kind, e.objectId]);
    expect(kinds).toEqual([
      ['document', doc?.id],
      ['media', got.capture.mediaIds[0]],
      ['media', got.capture.mediaIds[1]],
      ['capture', got.capture.id],
    ]);
    expect((await store.captures.findByObjects([doc!.id]))[0]?.id).toBe(got.capture.id);

    // The same WARC packed as a WACZ passes the structure check (datapackage digests, pages, index).
    const { bytes } = await writeWacz({
      warcs: [{ filename: got.capture.filename, bytes: warc! }],
      created: got.capture.capturedAt,
    });
    const check = await checkWacz(await openWacz(bytes, 'capture.wacz'));
    expect(check.issues).toEqual([]);
    expect(check).toMatchObject({ ok: true, pages: 1 });
    expect(check.indexLines).toBeGreaterThanOrEqual(3);
  });

  it('refuses a page that redirects to a loopback address the policy does not allow', async () => {
    // 127.0.0.1 is trusted for the first hop only; the redirect to 127.0.0.2 must be re-checked.
    const url = `${site.base}/away?to=${encodeURIComponent(`http://127.0.0.2:${site.port}/news/market.html`)}`;
    const before = await store.ledger.latest();
    const err = await sut(deps, url, { allowPrivate: false, trustedAddresses: ['127.0.0.1'] }).catch(
      (e: unknown) => e,
    );
    expect(isDomainError(err) && err.message).toMatch(
      /127\.0\.0\.2.*(private|loopback|not allowed|refused)/i,
    );
    expect(await store.ledger.latest()).toEqual(before);
  });
});
