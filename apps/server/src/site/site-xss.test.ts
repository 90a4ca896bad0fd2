import { parseFeed } from '@rowanmanning/feed-parser';
import { XSS_CORPUS, findUnsafeMarkup } from '@corroborate/publish';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server-test-kit';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const ok = async <R extends { statusCode: number; body: string }>(p: Promise<R>): Promise<R> => {
  const res = await p;
  if (res.statusCode >= 400) throw new Error(`${res.statusCode} ${res.body}`);
  return res;
};

/** One page whose every reader- or editor-written field holds `text`; returns its id, slug and incident. */
const pageWith = async (text: string, n: number) => {
  // The store itself refuses NUL in incident fields; everything else goes in as written.
  const stored = text.replace(/\0/g, '');
  const incident = await server.store.incidents.create({
    title: stored,
    status: 'verified',
    grade: 'fair',
    gradeReason: stored,
    place: {
      name: stored,
      geonameId: null,
      country: 'IQ',
      admin1: null,
      lat: 34.6,
      lon: 43.68,
      precision: 'exact',
    },
  });
  const published = await ok(
    server.as('editor', {
      method: 'POST',
      url: `/api/incidents/${incident.id}/publish`,
      payload: {
        headline: text,
        claimReviewed: text,
        body: text,
        slug: `page-${n}`,
        tags: ['xss'],
        moderation: 'post',
      },
    }),
  );
  const { id, slug } = published.json<{ id: string; slug: string }>();
  await ok(
    server.as('editor', {
      method: 'POST',
      url: `/api/assessments/${id}/updates`,
      payload: { summary: text, isCorrection: true },
    }),
  );
  await ok(
    server.app.inject({
      method: 'POST',
      url: `/a/${slug}/comments`,
      remoteAddress: `10.0.${Math.floor(n / 200)}.${n % 200}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ name: text, body: text }).toString(),
    }),
  );
  return { slug, incidentId: incident.id };
};

// Elements a feed reader renders as HTML; their XML text is that HTML (as in the publish library's own test).
const HTML_ELEMENTS = new Set(['title', 'description', 'content:encoded', 'summary', 'content']);

/** Unsafe markup in the HTML-bearing elements of an RSS or Atom document (which must be well-formed XML). */
const feedFindings = (xml: string): string[] => {
  parseFeed(xml); // a real feed parser must accept it
  const doc = new JSDOM(xml, { contentType: 'text/xml' }).window.document;
  return [...doc.querySelectorAll('item > *, entry > *')]
    .filter((el) => HTML_ELEMENTS.has(el.tagName))
    .flatMap((el) => findUnsafeMarkup(el.textContent));
};

const get = async (url: string) => (await server.as(null, { method: 'GET', url })).body;

// The layout has forms, a style sheet, an inline SVG map and JSON-LD of its own: a page written with
// harmless text gives the findings every page has; a payload must add none.
const sorted = (xs: string[]) => [...xs].sort();

describe(`XSS corpus (${XSS_CORPUS.length} payloads) through titles, headlines, comments, updates and feeds`, () => {
  it('adds no unsafe markup to any page or feed', async () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(30);
    const base = await pageWith('harmless words', 0);
    const basePage = sorted(findUnsafeMarkup(await get(`/a/${base.slug}`)));
    const baseIndex = sorted(findUnsafeMarkup(await get('/')));
    expect(basePage.length).toBeGreaterThan(0); // the baseline check itself sees the layout's forms
    const leaks: string[] = [];
    for (const [i, { name, payload }] of XSS_CORPUS.entries()) {
      const { slug, incidentId } = await pageWith(payload, i + 1);
      const page = await get(`/a/${slug}`);
      if (!page.includes('<h1>')) leaks.push(`${name}: page did not render`);
      const extra = sorted(findUnsafeMarkup(page));
      if (extra.join('|') !== basePage.join('|')) leaks.push(`${name}: page ${extra.join(', ')}`);
      for (const feedUrl of [`/incidents/${incidentId}/feed.xml`, `/incidents/${incidentId}/feed.atom`]) {
        const found = feedFindings(await get(feedUrl));
        if (found.length > 0) leaks.push(`${name}: ${feedUrl} ${found.join(', ')}`);
      }
      const json = JSON.parse(await get(`/incidents/${incidentId}/feed.json`)) as {
        items: { content_html?: string }[];
      };
      // JSON Feed's title and summary are plain text by its spec; content_html is the HTML.
      for (const item of json.items)
        if (item.content_html && findUnsafeMarkup(item.content_html).length > 0)
          leaks.push(`${name}: feed.json ${item.content_html}`);
    }
    // Every payload is now on the index, the tag page and the site feeds at once.
    expect(sorted(findUnsafeMarkup(await get('/')))).toEqual(baseIndex);
    expect(sorted(findUnsafeMarkup(await get('/tags/xss')))).toEqual(baseIndex);
    for (const url of ['/feed.atom', '/feed.xml', '/tags/xss/feed.xml'])
      leaks.push(...feedFindings(await get(url)).map((f) => `${url}: ${f}`));
    expect(parseFeed(await get('/feed.atom')).items.length).toBeGreaterThanOrEqual(50);
    expect(leaks).toEqual([]);
  });
});
