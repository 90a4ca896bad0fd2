import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  chromiumPath,
  ensureWebBuilt,
  launchChromium,
  startWebServer,
  type WebServer,
} from './web-harness';
import { seedWorkspace } from './web-seed';

const chromium = chromiumPath();
const ARTIFACTS = 'test-results/web';
const PASSWORD = 'a long analyst passphrase';

/**
 * The web acceptance flow: a real server on SQLite, the built app, Debian chromium driven by
 * playwright-core. Log in, review claims, create an incident, link a second report, grade, comment,
 * open blurred evidence and click through; screenshots go to test-results/web/.
 */
describe.skipIf(chromium === null)('web workspace in chromium (full flow)', () => {
  let server: WebServer;
  let browser: Browser;
  let page: Page;
  let seed: Awaited<ReturnType<typeof seedWorkspace>>;

  const shot = async (name: string) => {
    await mkdir(ARTIFACTS, { recursive: true });
    await writeFile(`${ARTIFACTS}/${name}.png`, await page.screenshot({ fullPage: true }));
  };

  beforeAll(async () => {
    await ensureWebBuilt();
    server = await startWebServer();
    await addUser(server.store, 'amira', PASSWORD);
    seed = await seedWorkspace(server.store, server.blobs);
    browser = await launchChromium(chromium!);
    page = await browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: 'en-GB',
      timezoneId: 'Asia/Baghdad',
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in and shows the inbox with the new documents, Arabic titles right to left', async () => {
    await page.goto(`${server.url}/app/`);
    await page.getByLabel('User name').fill('amira');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    const rows = page.locator('table.documents tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const arabic = page.getByRole('link', { name: 'قصف سوق في الموصل' });
    expect(await arabic.evaluate((a) => getComputedStyle(a.closest('td')!).direction)).toBe('rtl');
    await shot('inbox');
  });

  it('opens a document, accepts two claims and corrects one from the keyboard', async () => {
    await page.getByRole('link', { name: 'Market shelled in Mosul' }).click();
    await page.getByRole('heading', { name: 'Market shelled in Mosul' }).waitFor();
    expect(await page.locator('.doc-text mark.hl-place').first().textContent()).toBe('Mosul');
    expect(await page.locator('.doc-text mark.hl-date').first().textContent()).toBe('3 May 2016');
    const panel = page.getByRole('region', { name: 'Claims' });
    await panel.focus();
    await page.keyboard.press('a');
    await panel.locator('[data-claim-id] .badge.accepted').first().waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('a');
    await expect.poll(() => panel.locator('.badge.accepted').count()).toBe(2);
    await page.keyboard.press('j');
    await page.keyboard.press('c');
    const form = page.getByRole('form', { name: 'Correct claim' });
    await form.getByLabel('Least').fill('12');
    await form.getByLabel('Most').fill('15');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await panel.locator('.badge.corrected').waitFor();
    expect(await panel.locator('.claim-card').nth(2).textContent()).toContain('12–15 killed');
    await shot('document');
  });

  it('creates an incident from the first claim and shows its range', async () => {
    const panel = page.getByRole('region', { name: 'Claims' });
    await panel.locator('.claim-card').first().click();
    await page.getByRole('button', { name: 'Create incident from selected claim' }).click();
    await page.getByRole('heading', { name: 'Range' }).waitFor();
    await expect.poll(() => page.locator('section.range h3').first().textContent()).toBe('killed: 40');
  });

  it('links a second report and sees the range update, with the date disagreement', async () => {
    const incidentUrl = page.url();
    await page.goto(`${server.url}/app/documents/${seed.wire.document.id}`);
    await page.getByRole('button', { name: 'Link to this incident' }).click();
    await page.waitForURL(incidentUrl);
    await expect.poll(() => page.locator('section.range h3').first().textContent()).toBe('killed: 40–55');
    expect(await page.locator('table.lines tbody tr').count()).toBe(2);
    expect(await page.getByRole('note').textContent()).toMatch(
      /disagree on the date: 3 May 2016 vs 4 May 2016/,
    );
  });

  it('sets a grade with a reason and comments', async () => {
    const grade = page.getByRole('form', { name: 'Set grade' });
    await grade.locator('select').selectOption('fair');
    await grade.getByPlaceholder('Reason (required)').fill('Two independent counts, one day apart');
    await grade.getByRole('button', { name: 'Set grade' }).click();
    await page.getByRole('heading', { name: 'Grade: fair' }).waitFor();
    expect(await page.locator('.grade-history').textContent()).toContain('Two independent counts');
    const comment = page.getByRole('form', { name: 'Comment' });
    await comment.locator('textarea').fill('Checked the governor quote against the wire copy.');
    await comment.getByRole('button', { name: 'Comment' }).click();
    await page.locator('.comments li', { hasText: 'governor quote' }).waitFor();
    await expect.poll(() => page.locator('.activity li').count()).toBeGreaterThan(2);
  });

  it('links graphic evidence, shows it blurred with EXIF and matches, and reveals it on click', async () => {
    const pick = page.getByRole('form', { name: 'Link media' });
    await pick.locator('select').selectOption({ label: 'market-aftermath.jpg (graphic_violence)' });
    await pick.getByRole('button', { name: 'Link evidence' }).click();
    const card = page.locator(`.media-card[data-media-id="${seed.graphic.id}"]`);
    const hidden = card.getByRole('button', { name: /Show graphic image/ });
    await hidden.waitFor();
    const img = card.locator('img');
    expect(await img.getAttribute('src')).not.toContain('reveal=1');
    expect(await card.textContent()).toContain('36.33510, 43.11890');
    expect(await card.locator('.matches').textContent()).toMatch(
      /near-duplicate .* distance 12 · first seen 3 May 2016/,
    );
    const blurred = await page.request.get(`${server.url}${(await img.getAttribute('src'))!}`);
    expect(blurred.headers()['content-type']).toBe('image/webp');
    await page.locator('.place-map svg path.land').first().waitFor();
    await shot('incident');
    await hidden.click();
    await expect.poll(() => img.getAttribute('src')).toContain('reveal=1');
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
      .toBeGreaterThan(0);
    const revealed = await page.request.get(`${server.url}${(await img.getAttribute('src'))!}`);
    expect(Buffer.compare(await blurred.body(), await revealed.body())).not.toBe(0);
  });

  it('searches incidents by words and facets, as a list and as a clustered map', async () => {
    await page.getByRole('link', { name: 'Search' }).click();
    const form = page.getByRole('form', { name: 'Search' });
    await form.getByLabel('Words').fill('Mosul');
    await form.locator('select[name="grade"]').selectOption('fair');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('.total').textContent()).toBe('1 incidents');
    expect(await page.locator('table.incidents tbody tr').count()).toBe(1);
    await form.locator('select[name="grade"]').selectOption('weak');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.locator('.total').textContent()).toBe('0 incidents');
    await form.locator('select[name="grade"]').selectOption('');
    await form.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('button', { name: 'Map' }).click();
    const canvas = page.locator('canvas.cluster-map[data-ready="true"]');
    await canvas.waitFor();
    expect(await canvas.getAttribute('data-clusters')).toBe('1');
  });

  it('marks documents reviewed in bulk from the inbox', async () => {
    await page.getByRole('link', { name: 'Inbox' }).click();
    const rows = page.locator('table.documents tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByLabel('Select all').check();
    await page.getByRole('button', { name: 'Mark reviewed' }).click();
    await expect.poll(() => rows.count()).toBe(0);
    await page.locator('select[name="status"]').selectOption('reviewed');
    await expect.poll(() => rows.count()).toBe(3);
  });
});

describe.runIf(chromium === null)('web workspace in chromium', () => {
  // Skipped (with this reason in the report) on a machine without chromium; a failure in CI.
  it.skipIf(!process.env.CI)('needs Debian chromium (apt-get install chromium)', () => {
    throw new Error('chromium not found on PATH: CI must install Debian chromium for the web flow');
  });
});
