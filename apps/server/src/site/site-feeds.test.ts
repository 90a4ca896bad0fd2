import { parseFeed } from '@rowanmanning/feed-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server-test-kit';
import { publishedTikrit } from './site-scenario.fixture';

let server: TestServer;
let published: Awaited<ReturnType<typeof publishedTikrit>>;
beforeAll(async () => {
  server = await startTestServer();
  published = await publishedTikrit(server, {
    headline: 'Tikrit killings assessed',
    claimReviewed: '1,700 killed',
    tags: ['iraq'],
  });
  await server.as('editor', {
    method: 'POST',
    url: `/api/assessments/${published.assessmentId}/updates`,
    payload: { summary: 'range widened after HRW report' },
  });
});
afterAll(() => server.close());

const get = (url: string) => server.as(null, { method: 'GET', url });

describe('feeds', () => {
  it('serves RSS, Atom and JSON Feed for the site that a real feed parser reads', async () => {
    for (const [url, type] of [
      ['/feed.xml', 'application/rss+xml'],
      ['/feed.rss', 'application/rss+xml'],
      ['/feed.atom', 'application/atom+xml'],
    ] as const) {
      const res = await get(url);
      expect(res.headers['content-type'], url).toContain(type);
      const feed = parseFeed(res.body);
      expect(
        feed.items.map((i) => i.title),
        url,
      ).toEqual(['Tikrit killings assessed']);
      expect(feed.items[0]?.url, url).toContain(`/a/${published.slug}`);
    }
    const json = (await get('/feed.json')).json<{ version: string; items: { title: string }[] }>();
    expect(json.version).toContain('jsonfeed.org/version/1.1');
    expect(json.items.map((i) => i.title)).toEqual(['Tikrit killings assessed']);
  });

  it('serves a tag feed with only that tag', async () => {
    expect(parseFeed((await get('/tags/iraq/feed.atom')).body).items).toHaveLength(1);
    expect(parseFeed((await get('/tags/syria/feed.xml')).body).items).toHaveLength(0);
  });

  it('serves an incident feed with its updates, newest first', async () => {
    const feed = parseFeed((await get(`/incidents/${published.incidentId}/feed.xml`)).body);
    expect(feed.items.map((i) => i.title)).toEqual([
      'Update: Tikrit killings assessed',
      'Tikrit killings assessed',
    ]);
    expect(feed.items[0]?.description).toContain('range widened after HRW report');
    expect((await get('/incidents/inc_missing/feed.json')).statusCode).toBe(404);
  });
});
