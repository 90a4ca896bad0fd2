import { validateStructuredData } from '@corroborate/publish';
import { MemoryBlobStore } from '@corroborate/store';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server-test-kit';
import { addGraphicEvidence } from './evidence.fixture';

let server: TestServer;
let assessmentId: string;
let slug: string;
let graphicId: string;
let plainId: string;
let plainSha: string;

/** A photo that is not sensitive: its preserved copy may be named in the markup. */
const addPlainPhoto = async (incidentId: string, blobs: MemoryBlobStore) => {
  const bytes = await sharp({
    create: { width: 120, height: 90, channels: 3, background: { r: 20, g: 90, b: 160 } },
  })
    .jpeg()
    .toBuffer();
  const { sha256 } = await blobs.put(bytes);
  const { media } = await server.store.media.insertOrGetBySha({
    sha256,
    mimeType: 'image/jpeg',
    format: 'jpeg',
    width: 120,
    height: 90,
    byteSize: bytes.length,
    pdq: null,
    pdqQuality: null,
    pdqDihedral: null,
    flags: [],
    exif: null,
    thumbnailSha256: sha256,
    sensitivity: 'none',
    fileName: 'street.jpg',
    url: null,
    documentId: null,
    firstSeenAt: new Date('2014-06-13T09:00:00Z'),
  });
  await server.store.mediaLinks.link({ incidentId, mediaId: media.id, note: 'The street', linkedBy: null });
  return { id: media.id, sha256 };
};

beforeAll(async () => {
  server = await startTestServer();
  const blobs = new MemoryBlobStore();
  const incident = await server.store.incidents.create({ title: 'Scene', status: 'verified', grade: 'fair' });
  ({ mediaId: graphicId } = await addGraphicEvidence(server.store, blobs, incident.id));
  ({ id: plainId, sha256: plainSha } = await addPlainPhoto(incident.id, blobs));
  const res = await server.as('editor', {
    method: 'POST',
    url: `/api/incidents/${incident.id}/publish`,
    payload: { headline: 'Scene photo', claimReviewed: 'A photo shows the scene' },
  });
  ({ id: assessmentId, slug } = res.json<{ id: string; slug: string }>());
});
afterAll(() => server.close());

const review = (mediaId: string, payload: Record<string, string>, role: 'editor' | 'analyst' = 'editor') =>
  server.as(role, {
    method: 'PUT',
    url: `/api/assessments/${assessmentId}/media/${mediaId}/review`,
    payload,
  });

const jsonLdOf = async (): Promise<Record<string, unknown>[]> => {
  const page = (await server.as(null, { method: 'GET', url: `/a/${slug}` })).body;
  return [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? 'null') as Record<string, unknown>,
  );
};

describe('MediaReview for assessed photos', () => {
  it('emits no MediaReview before an editor gives a verdict', async () => {
    expect((await jsonLdOf()).map((d) => d['@type'])).not.toContain('MediaReview');
  });

  it('emits a valid MediaReview per reviewed photo; the graphic one has no contentUrl', async () => {
    const graphic = await review(graphicId, {
      authenticity: 'decontextualized',
      context: 'Taken in Mosul in 2013, not near Tikrit',
      originalLink: 'https://example.org/2013/mosul',
    });
    expect(graphic.statusCode).toBe(200);
    expect(
      (await review(plainId, { authenticity: 'original', context: 'Taken on the day' })).statusCode,
    ).toBe(200);

    const reviews = (await jsonLdOf()).filter((d) => d['@type'] === 'MediaReview');
    expect(reviews).toHaveLength(2);
    for (const r of reviews) expect(validateStructuredData(r).errors).toEqual([]);
    const text = JSON.stringify(reviews);
    expect(text).toContain('https://schema.org/DecontextualizedContent');
    expect(text).toContain('https://schema.org/OriginalMediaContent');
    expect(text).toContain('Taken in Mosul in 2013');
    // The graphic photo is identified by hash only; the plain one by its preserved copy too.
    expect(text).not.toContain(`/media/${graphicId}`);
    expect(text).toContain(`/a/${slug}/media/${plainId}`);
    expect(text).toContain(plainSha);
  });

  it('replaces a verdict instead of adding a second one', async () => {
    expect(
      (await review(plainId, { authenticity: 'edited', context: 'Cropped from a wider shot' })).statusCode,
    ).toBe(200);
    const reviews = (await jsonLdOf()).filter((d) => d['@type'] === 'MediaReview');
    expect(reviews).toHaveLength(2);
    const text = JSON.stringify(reviews);
    expect(text).toContain('https://schema.org/EditedOrCroppedContent');
    expect(text).not.toContain('https://schema.org/OriginalMediaContent');
  });

  it('refuses analysts, unknown verdicts, bad links and media that is not evidence of the page', async () => {
    expect((await review(plainId, { authenticity: 'original', context: 'x' }, 'analyst')).statusCode).toBe(
      403,
    );
    expect((await review(plainId, { authenticity: 'fake', context: 'x' })).statusCode).toBe(400);
    expect(
      (await review(plainId, { authenticity: 'original', context: 'x', originalLink: 'javascript:alert(1)' }))
        .statusCode,
    ).toBe(400);
    expect((await review('med_unknown', { authenticity: 'original', context: 'x' })).statusCode).toBe(404);
  });
});
