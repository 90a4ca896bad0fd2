import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import Fastify from 'fastify';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebApp } from '../../apps/server/src/web/serve-web-app';
import { pgAvailability } from '../../packages/store/src/contract/pg-availability';
import { postgresDatabase } from './incident-flow.engines';
import { addUser, startWebServer, type WebServer } from './web-harness';
import { seedWorkspace } from './web-seed';

interface Engine {
  url: string;
  dispose(): Promise<void>;
}

/** The routes the web workspace adds (inbox, media, search), over a real store, through inject. */
const webSupportRoutes = (makeEngine: () => Promise<Engine>) => () => {
  let engine: Engine;
  let server: WebServer;
  let seed: Awaited<ReturnType<typeof seedWorkspace>>;
  let session: { cookie: string; csrf: string };

  const api = (o: InjectOptions) =>
    server.app.inject({
      ...o,
      headers: {
        cookie: session.cookie,
        ...(o.method && o.method !== 'GET' ? { 'x-csrf-token': session.csrf } : {}),
      },
    });

  beforeAll(async () => {
    engine = await makeEngine();
    server = await startWebServer(engine.url);
    await addUser(server.store, 'sami', 'a long analyst passphrase');
    seed = await seedWorkspace(server.store, server.blobs);
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'sami', password: 'a long analyst passphrase' },
    });
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    session = { cookie, csrf: res.json<{ csrfToken: string }>().csrfToken };
  });
  afterAll(async () => {
    await server?.close();
    await engine?.dispose();
  });

  it('lists the inbox by source and language, and changes the status of many documents at once', async () => {
    const src = await api({
      method: 'POST',
      url: '/api/sources',
      payload: { name: 'Reuters', kind: 'media' },
    });
    const sourceId = src.json<{ id: string }>().id;
    await api({
      method: 'PUT',
      url: `/api/documents/${seed.wire.document.id}/source`,
      payload: { sourceId },
    });
    const bySource = await api({ method: 'GET', url: `/api/inbox/documents?sourceId=${sourceId}` });
    expect(bySource.json<{ items: { id: string; sourceId: string }[] }>().items).toEqual([
      expect.objectContaining({ id: seed.wire.document.id, sourceId }),
    ]);
    const arabic = await api({ method: 'GET', url: '/api/inbox/documents?language=ar' });
    expect(arabic.json<{ items: { title: string }[] }>().items.map((d) => d.title)).toEqual([
      'قصف سوق في الموصل',
    ]);

    const ids = [seed.market.document.id, seed.wire.document.id];
    const bulk = await api({
      method: 'POST',
      url: '/api/inbox/documents/status',
      payload: { ids, status: 'dismissed' },
    });
    expect(bulk.json()).toEqual({ updated: 2 });
    const dismissed = await api({ method: 'GET', url: '/api/inbox/documents?status=dismissed' });
    expect(
      dismissed
        .json<{ items: { id: string }[] }>()
        .items.map((d) => d.id)
        .sort(),
    ).toEqual([...ids].sort());
  });

  it('rolls a bulk change back when one id is unknown', async () => {
    const res = await api({
      method: 'POST',
      url: '/api/inbox/documents/status',
      payload: { ids: [seed.market.document.id, 'doc_missing'], status: 'reviewed' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
    expect((await server.store.documents.get(seed.market.document.id))?.status).not.toBe('reviewed');
  });

  it('answers a media item with EXIF and its near-duplicate seen from either side', async () => {
    const res = await api({ method: 'GET', url: `/api/media/${seed.earlier.id}` });
    const body = res.json<{ media: { exif: { gps: unknown }; hasThumbnail: boolean }; matches: unknown[] }>();
    expect(body.media.hasThumbnail).toBe(true);
    expect(body.media.exif.gps).toEqual({ lat: 36.3351, lon: 43.1189 });
    expect(body.matches).toEqual([
      expect.objectContaining({
        otherMediaId: seed.graphic.id,
        distance: 12,
        firstSeenAt: '2016-05-04T08:00:00.000Z',
      }),
    ]);
    expect((await api({ method: 'GET', url: '/api/media/med_missing' })).statusCode).toBe(404);
  });

  it('blurs a graphic thumbnail to greyscale unless ?reveal=1', async () => {
    const blurred = await api({ method: 'GET', url: `/api/media/${seed.graphic.id}/thumbnail` });
    const clear = await api({ method: 'GET', url: `/api/media/${seed.graphic.id}/thumbnail?reveal=1` });
    expect(blurred.headers['content-type']).toBe('image/webp');
    const stats = async (b: Buffer) => (await sharp(b).stats()).channels.map((c) => Math.round(c.mean));
    const [r, g, b] = await stats(blurred.rawPayload);
    expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!)).toBeLessThan(3);
    const [r2, , b2] = await stats(clear.rawPayload);
    expect(r2! - b2!).toBeGreaterThan(40);
  });

  it('searches incidents by facets the list has no filter for and returns every point', async () => {
    const mk = (title: string, country: string, perpetrators: string[], lat: number) =>
      server.store.incidents.create({
        title,
        place: {
          name: title,
          geonameId: null,
          country,
          admin1: 'Nineveh',
          lat,
          lon: 43,
          precision: 'locality',
        },
        perpetrators,
        eventKinds: ['killed'],
      });
    await mk('Search one', 'IQ', ['Group A'], 36);
    await mk('Search two', 'SY', ['Group A'], 35);
    await mk('Search three', 'IQ', ['Group B'], 34);
    const res = await api({
      method: 'GET',
      url: '/api/search/incidents?q=Search&country=iq&perpetrator=group%20a',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ total: number; items: { title: string }[]; points: number[][] }>();
    expect(body.items.map((i) => i.title)).toEqual(['Search one']);
    expect(body.total).toBe(1);
    expect(body.points).toEqual([[36, 43]]);
    const all = await api({ method: 'GET', url: '/api/search/incidents?q=Search&admin1=Nineveh' });
    expect(all.json<{ total: number }>().total).toBe(3);
  });
};

describe(
  'web-support routes on SQLite',
  webSupportRoutes(() => Promise.resolve({ url: 'sqlite::memory:', dispose: () => Promise.resolve() })),
);

const pg = pgAvailability();
if ('url' in pg)
  describe(
    'web-support routes on PostgreSQL',
    webSupportRoutes(() => postgresDatabase(pg.url)),
  );
else if ('fail' in pg)
  describe('web-support routes on PostgreSQL', () => {
    it('needs PostgreSQL in CI', () => {
      throw new Error(pg.fail);
    });
  });
else
  describe('web-support routes on PostgreSQL', () => {
    it.skip(`skipped: ${pg.skip}`, () => undefined);
  });

describe('serveWebApp', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'web-dist-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(join(dir, 'assets', 'app-abc.js'), 'console.log(1)');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const app = async (dist: string) => {
    const f = Fastify();
    await serveWebApp(f, dist);
    return f;
  };

  it('serves files, falls back to index.html for client routes, and 404s a missing asset or a climb out', async () => {
    const f = await app(dir);
    const asset = await f.inject({ url: '/app/assets/app-abc.js' });
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    const deep = await f.inject({ url: '/app/incidents/inc_1' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('id="root"');
    expect((await f.inject({ url: '/app/assets/gone.js' })).statusCode).toBe(404);
    expect((await f.inject({ url: '/app/..%2f..%2fpackage.json' })).statusCode).toBe(404);
    expect((await f.inject({ url: '/app' })).headers.location).toBe('/app/');
    await f.close();
  });

  it('answers 503 with how to build when there is no build', async () => {
    const f = await app(join(dir, 'nothing-here'));
    const res = await f.inject({ url: '/app/' });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('web app not built: run npm run build:web');
    await f.close();
  });
});
