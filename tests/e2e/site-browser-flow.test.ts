import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addGraphicEvidence } from '../../apps/server/src/site/evidence.fixture';
import { startSiteHarness, type SiteHarness } from './site-harness';
import { chromiumPath, launchChromium } from './web-harness';

const chromium = chromiumPath();
// A missing browser must not pass silently where the flow is required.
if (chromium === null && process.env.CI)
  throw new Error('chromium is not installed, and CI requires the site browser flow');
if (chromium === null)
  console.warn('site browser flow skipped: Debian chromium is not installed (apt-get install chromium)');

/**
 * The public site in Debian chromium: an editor publishes, a logged-out reader reads, reveals a
 * blurred photo, subscribes and confirms by the mailed link, comments; the editor approves the
 * comment in the moderation queue and posts an update; the reader sees it and gets the notice.
 */
describe.skipIf(chromium === null)('public site in chromium (full flow)', () => {
  let h: SiteHarness;
  let browser: Browser;
  let reader: Page;
  let editor: BrowserContext;
  let slug = '';
  let assessmentId = '';
  let mediaId = '';

  const mails = async (n: number) => {
    await h.drain();
    return h.sink.waitFor(n);
  };

  beforeAll(async () => {
    h = await startSiteHarness();
    browser = await launchChromium(chromium ?? '');
    reader = await (
      await browser.newContext({ timezoneId: 'Asia/Baghdad', javaScriptEnabled: false })
    ).newPage();
    editor = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('an editor signs in and publishes a verified incident', async () => {
    const incident = await h.store.incidents.create({
      title: 'Killings near Tikrit',
      status: 'verified',
      grade: 'fair',
      gradeReason: 'Independent count by HRW',
      place: {
        name: 'Tikrit',
        geonameId: null,
        country: 'IQ',
        admin1: null,
        lat: 34.6,
        lon: 43.68,
        precision: 'exact',
      },
    });
    mediaId = (await addGraphicEvidence(h.store, h.blobs, incident.id)).mediaId;
    const login = await editor.request.post(`${h.url}/api/auth/login`, {
      data: { username: 'editor', password: h.editorPassword },
    });
    expect(login.status()).toBe(200);
    const csrf = (await editor.cookies()).find((c) => c.name === 'corroborate_csrf')?.value ?? '';
    const published = await editor.request.post(`${h.url}/api/incidents/${incident.id}/publish`, {
      headers: { 'x-csrf-token': csrf },
      data: {
        headline: 'Killings near Tikrit, June 2014',
        claimReviewed: 'ISIS killed 1,700 soldiers',
        tags: ['iraq'],
      },
    });
    expect(published.status()).toBe(201);
    ({ slug, id: assessmentId } = (await published.json()) as { slug: string; id: string });
  });

  it('a logged-out reader reads the page without script and clicks through the blurred photo', async () => {
    await reader.goto(`${h.url}/a/${slug}`);
    await reader.getByRole('heading', { name: 'Killings near Tikrit, June 2014' }).waitFor();
    expect(await reader.locator('figure.blurred img').count()).toBe(1);
    const blurredSrc = await reader.locator('figure img').getAttribute('src');
    await reader.getByRole('link', { name: 'Show graphic image' }).click();
    await reader.locator('figure.clear img').waitFor();
    expect(reader.url()).toContain(`reveal=${mediaId}`);
    const clearSrc = await reader.locator('figure img').getAttribute('src');
    expect(clearSrc).not.toBe(blurredSrc);
    // The image really loaded (and decoded) in the browser.
    const loaded = await reader.request.get(`${h.url}${clearSrc ?? ''}`);
    expect(loaded.headers()['content-type']).toBe('image/webp');
  });

  it('subscribes and confirms by the link from the captured e-mail', async () => {
    await reader.goto(`${h.url}/a/${slug}`);
    await reader.getByLabel('E-mail').fill('reader@example.org');
    await reader.getByRole('button', { name: 'Follow this assessment' }).click();
    await reader.getByRole('heading', { name: 'Check your inbox' }).waitFor();
    const [optIn] = await mails(1);
    const link = /http:\/\/127\.0\.0\.1:\d+\/subscriptions\/confirm\?token=[\w.-]+/.exec(
      optIn?.parsed.text ?? '',
    )?.[0];
    expect(link).toBeDefined();
    await reader.goto(link ?? '');
    await reader.getByRole('heading', { name: 'Subscription confirmed' }).waitFor();
    await reader.goto(`${h.url}/a/${slug}`);
    expect(await reader.locator('p.followers').textContent()).toContain('1 follower');
  });

  it('comments; the comment appears once the editor approves it in the queue', async () => {
    await reader.getByLabel('Name').fill('Layla');
    await reader.getByLabel('Comment').fill('I was **there** that week.');
    await reader.getByRole('button', { name: 'Post comment' }).click();
    await reader.getByText('your comment will appear once an editor has read it').waitFor();
    expect(await reader.locator('ol.comments li').count()).toBe(0);

    const queue = await editor.newPage();
    await queue.goto(`${h.url}/site/moderation`);
    await queue.getByRole('heading', { name: 'Comments awaiting moderation (1)' }).waitFor();
    await queue.getByRole('button', { name: 'approve' }).click();
    await queue.locator('ol.queue li').waitFor({ state: 'detached' });

    await reader.goto(`${h.url}/a/${slug}`);
    expect(await reader.locator('ol.comments li strong').first().textContent()).toBe('Layla');
    expect(await reader.locator('ol.comments li div strong').textContent()).toBe('there');
  });

  it('the editor updates the incident: the reader sees the update log and gets the notice', async () => {
    const csrf = (await editor.cookies()).find((c) => c.name === 'corroborate_csrf')?.value ?? '';
    const update = await editor.request.post(`${h.url}/api/assessments/${assessmentId}/updates`, {
      headers: { 'x-csrf-token': csrf },
      data: { summary: 'range widened after HRW report' },
    });
    expect(update.status()).toBe(201);
    await reader.goto(`${h.url}/a/${slug}`);
    const entry = reader.locator('#updates li.update');
    expect((await entry.textContent())?.replace(/\s+/g, ' ').trim()).toBe(
      'Updated just now: range widened after HRW report',
    );
    expect(await entry.locator('time').getAttribute('title')).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$/);
    const [, notice] = await mails(2);
    expect(notice?.to).toEqual(['reader@example.org']);
    expect(notice?.parsed.text).toContain('range widened after HRW report');
  });
});
