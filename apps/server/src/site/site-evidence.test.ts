import { MemoryBlobStore } from '@corroborate/store';
import exifr from 'exifr';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../build-server';
import { startTestServer, type TestServer } from '../testing/server-test-kit';
import { addGraphicEvidence } from './evidence.fixture';

let server: TestServer;
let app: Awaited<ReturnType<typeof buildServer>>;
let slug: string;
let mediaId: string;
let original: Buffer;

beforeAll(async () => {
  server = await startTestServer();
  const blobs = new MemoryBlobStore();
  // A second app on the same store, with the blob store the test server lacks.
  app = await buildServer({ store: server.store, version: 'test', blobs });
  const incident = await server.store.incidents.create({ title: 'Scene', status: 'verified', grade: 'weak' });
  ({ mediaId, thumbnail: original } = await addGraphicEvidence(server.store, blobs, incident.id));
  const res = await server.as('editor', {
    method: 'POST',
    url: `/api/incidents/${incident.id}/publish`,
    payload: { headline: 'Scene photo', claimReviewed: 'A photo shows the scene' },
  });
  slug = res.json<{ slug: string }>().slug;
});
afterAll(async () => {
  await app.close();
  await server.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('graphic evidence', () => {
  it('shows a graphic photo blurred by default, with a click-through to see it', async () => {
    const page = (await get(`/a/${slug}`)).body.replace(/\s+/g, ' ');
    expect(page).toContain('<figure class="blurred">');
    expect(page).toContain(`src="/a/${slug}/media/${mediaId}"`);
    expect(page).toMatch(
      new RegExp(`<a class="reveal" href="/a/${slug}\\?reveal=${mediaId}#evidence" ?> ?Show graphic image`),
    );
    const revealed = (await get(`/a/${slug}?reveal=${mediaId}`)).body.replace(/\s+/g, ' ');
    expect(revealed).toContain('<figure class="clear">');
    expect(revealed).toContain(`src="/a/${slug}/media/${mediaId}?reveal=1"`);
  });

  it('serves the image without EXIF GPS, blurred unless revealed', async () => {
    expect(await exifr.gps(original)).toMatchObject({ latitude: expect.closeTo(34.6, 1) as number });
    const blurred = await get(`/a/${slug}/media/${mediaId}`);
    const clear = await get(`/a/${slug}/media/${mediaId}?reveal=1`);
    for (const res of [blurred, clear]) {
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/webp');
      const meta = await sharp(res.rawPayload).metadata();
      expect(meta.exif).toBeUndefined();
      expect(await exifr.gps(res.rawPayload).catch(() => undefined)).toBeUndefined();
    }
    // Blurred and greyscale: the two variants differ, and the blurred one has no colour left.
    expect(blurred.rawPayload.equals(clear.rawPayload)).toBe(false);
    const { channels } = await sharp(blurred.rawPayload).stats();
    expect(Math.abs((channels[0]?.mean ?? 0) - (channels[1]?.mean ?? 0))).toBeLessThan(1);
  });

  it('serves no media that is not evidence of a published page', async () => {
    expect((await get(`/a/${slug}/media/med_unknown`)).statusCode).toBe(404);
    expect((await get(`/a/no-page/media/${mediaId}`)).statusCode).toBe(404);
  });
});
