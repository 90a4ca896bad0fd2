import { validateStructuredData } from '@corroborate/publish';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server-test-kit';
import { publishedTikrit } from './site-scenario.fixture';

let server: TestServer;
let published: Awaited<ReturnType<typeof publishedTikrit>>;
beforeAll(async () => {
  server = await startTestServer();
  published = await publishedTikrit(server, {
    headline: 'Killings of soldiers near Tikrit, June 2014',
    claimReviewed: 'ISIS killed 1,700 soldiers at Camp Speicher',
    tags: ['Iraq', 'mass killing'],
  });
});
afterAll(() => server.close());

const get = (url: string) => server.as(null, { method: 'GET', url });
/** The page with whitespace runs folded (templates are laid out by the formatter). */
const squashed = async (url: string) => (await get(url)).body.replace(/\s+/g, ' ');

const jsonLd = (page: string): unknown[] =>
  [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] ?? 'null') as unknown,
  );

describe('publishing and the assessment page', () => {
  it('publishes a verified incident at /a/:slug and moves it to published', async () => {
    expect(published.slug).toBe('killings-of-soldiers-near-tikrit-june-2014');
    expect((await server.store.incidents.get(published.incidentId))?.status).toBe('published');
  });

  it('refuses publishing by an analyst, and a second page with the same slug', async () => {
    const url = `/api/incidents/${published.incidentId}/publish`;
    const payload = { headline: 'Killings of soldiers near Tikrit, June 2014', claimReviewed: 'x' };
    expect((await server.as('analyst', { method: 'POST', url, payload })).statusCode).toBe(403);
    const again = await server.as('editor', { method: 'POST', url, payload });
    expect([again.statusCode, again.json<{ code: string }>().code]).toEqual([409, 'conflict']);
  });

  it('shows claim, range with per-source lines, grade with reason and the timeline to a logged-out reader', async () => {
    const res = await get(`/a/${published.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const page = await squashed(`/a/${published.slug}`);
    expect(page).toContain('Claim under review: <q>ISIS killed 1,700 soldiers at Camp Speicher</q>');
    expect(page).toMatch(
      /<span class="grade">fair<\/span ?> ?— Independent count by HRW; the 1,700 figure is a self-claim/,
    );
    expect(page).toMatch(/<h3>killed: \d+–\d+<\/h3>/);
    expect(page).toMatch(
      /<td><a href="https:[^"]+" rel="nofollow noopener">Human Rights Watch<\/a><\/td> ?<td>560–770<\/td>/,
    );
    // Timeline in publication order: the ISIS claim (14 June) before HRW's count (27 June).
    expect(page.indexOf('2014-06-14')).toBeLessThan(page.indexOf('2014-06-27'));
    expect(page).not.toContain('<script src');
  });

  it('carries a ClaimReview that validates, and Open Graph and Twitter tags', async () => {
    const page = (await get(`/a/${published.slug}`)).body;
    const [review] = jsonLd(page);
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'ISIS killed 1,700 soldiers at Camp Speicher',
      reviewRating: { alternateName: 'Fair' },
    });
    expect(validateStructuredData(review as never).errors).toEqual([]);
    expect(page).toContain(
      '<meta property="og:title" content="Killings of soldiers near Tikrit, June 2014">',
    );
    expect(page).toMatch(/<meta name="twitter:card" content="[a-z_]+">/);
  });

  it('logs updates with relative and absolute time, corrections marked, and re-renders after each', async () => {
    const before = (await get(`/a/${published.slug}`)).body;
    expect(before).not.toContain('range widened');
    const post = (summary: string, isCorrection: boolean) =>
      server.as('editor', {
        method: 'POST',
        url: `/api/assessments/${published.assessmentId}/updates`,
        payload: { summary, isCorrection },
      });
    expect((await post('range widened after HRW report', false)).statusCode).toBe(201);
    expect((await post('date of the first report corrected', true)).statusCode).toBe(201);
    const page = await squashed(`/a/${published.slug}`);
    expect(page).toMatch(
      /<li class="update"> ?Updated <time datetime="[^"]+Z" title="\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC">just now<\/time>: range widened after HRW report ?<\/li>/,
    );
    expect(page).toMatch(/<li class="correction"> ?Correction/);
    expect(page).toMatch(/<p class="last-update"> ?Corrected <time/);
  });

  it('lists the page on the index, its tag and country pages, and finds it by search', async () => {
    for (const url of ['/', '/tags/iraq', '/tags/mass-killing', '/countries/IQ', '/search?q=camp%20speicher'])
      expect((await get(url)).body, url).toContain(`href="/a/${published.slug}"`);
    expect((await get('/tags/syria')).body).not.toContain(`href="/a/${published.slug}"`);
    expect((await get('/search?q=aleppo')).body).toContain('Nothing here yet.');
  });

  it('answers 404 for an unknown page', async () => {
    expect((await get('/a/no-such-page')).statusCode).toBe(404);
  });
});
