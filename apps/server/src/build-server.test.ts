import { nodeHasher } from '@corroborate/store';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/server-test-kit';

let server: TestServer;
let docId: string;
/** Requests as a viewer (API token): every route but health needs a signed-in user. */
const sut = { inject: (o: InjectOptions) => server.as('viewer', o) };

beforeAll(async () => {
  server = await startTestServer();
  const { store } = server;
  const text = 'Shelling killed four civilians in the village of Kafr Nabl, residents said.';
  const { document } = await store.documents.insertOrGetBySha({
    kind: 'article',
    url: null,
    fileName: 'kafr-nabl.txt',
    title: 'Shelling in Kafr Nabl',
    byline: null,
    publishedAt: new Date('2019-05-06T00:00:00Z'),
    retrievedAt: new Date('2019-05-07T10:00:00Z'),
    language: 'en',
    text,
    sha256: nodeHasher.sha256(text),
    sourceId: null,
    ingestNotes: [],
  });
  docId = document.id;
});
afterAll(() => server.close());

describe('HTTP API', () => {
  it('reports health with the engine and document count', async () => {
    const res = await sut.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', engine: 'sqlite', version: 'test', documents: 1 });
  });

  it('lists documents without their text, and gets one with its text and claims', async () => {
    const list = await sut.inject({ method: 'GET', url: '/api/documents?limit=10' });
    expect(list.statusCode).toBe(200);
    const body = list.json<{ items: Record<string, unknown>[]; nextCursor: string | null }>();
    expect(body.items.map((d) => d.id)).toEqual([docId]);
    expect(body.items[0]).not.toHaveProperty('text');
    expect(body.nextCursor).toBeNull();

    const one = await sut.inject({ method: 'GET', url: `/api/documents/${docId}` });
    expect(one.statusCode).toBe(200);
    expect(one.json<{ document: { text: string; publishedAt: string } }>().document.publishedAt).toBe(
      '2019-05-06T00:00:00.000Z',
    );
  });

  it('searches documents by full text', async () => {
    const res = await sut.inject({ method: 'GET', url: '/api/documents/search?q=shelling' });
    expect(res.statusCode).toBe(200);
    const hits = res.json<{ hits: { id: string; snippet: string }[] }>().hits;
    expect(hits[0]?.id).toBe(docId);
    expect(hits[0]?.snippet.toLowerCase()).toContain('[shelling]');
  });

  it('answers unknown ids and routes with 404 and a code', async () => {
    const res = await sut.inject({ method: 'GET', url: '/api/documents/doc_nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
    const route = await sut.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(route.statusCode).toBe(404);
    expect(route.json()).toMatchObject({ code: 'not_found' });
  });

  it('answers malformed queries with 400 and the list of issues', async () => {
    const res = await sut.inject({ method: 'GET', url: '/api/documents?limit=0&status=bogus' });
    expect(res.statusCode).toBe(400);
    const body = res.json<{ code: string; issues: { path: string[]; message: string }[] }>();
    expect(body.code).toBe('validation_failed');
    expect(body.issues.length).toBeGreaterThanOrEqual(2);
    expect(body.issues.flatMap((i) => i.path)).toEqual(expect.arrayContaining(['limit', 'status']));
  });

  it('serves its OpenAPI document', async () => {
    const res = await sut.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(doc.openapi).toBe('3.0.3');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/documents', '/api/documents/{id}']),
    );
  });
});
