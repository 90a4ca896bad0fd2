import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forge, scenario } from '../../packages/archive/src/bundle/proof-bundle.fixture';
import { writeProofBundle } from '../../packages/archive/src/bundle/proof-bundle.writer';
import {
  hasOpenssl,
  startLocalTsa,
  type LocalTsa,
} from '../../packages/archive/src/tsa/local-openssl-tsa.fixture';
import { startSiteHarness, type SiteHarness } from './site-harness';
import { chromiumPath, launchChromium } from './web-harness';

const chromium = chromiumPath();
// A missing browser or openssl (for the local TSA) must not pass silently where the check is required.
if ((chromium === null || !hasOpenssl) && process.env.CI)
  throw new Error('chromium and openssl are required in CI for the bundle check page flow');
if (chromium === null || !hasOpenssl)
  console.warn('bundle check page flow skipped: Debian chromium or openssl is not installed');

/**
 * A reader opens /verify in chromium, chooses a real proof bundle (signed checkpoint, RFC 3161 token from a
 * local `openssl ts` TSA) and reads that everything holds; then a tampered copy, and reads what broke.
 */
describe.skipIf(chromium === null || !hasOpenssl)('bundle check page in chromium', () => {
  let h: SiteHarness;
  let tsa: LocalTsa;
  let browser: Browser;
  let page: Page;
  let bundle: Uint8Array;

  const check = async (name: string, bytes: Uint8Array) => {
    await page.goto(`${h.url}/verify`);
    await page.waitForSelector('body[data-state="ready"]');
    await page.setInputFiles('#bundle', { name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
    await page.waitForSelector('body[data-state="done"]', { timeout: 20_000 });
    return {
      status: (await page.textContent('#status')) ?? '',
      report: (await page.textContent('#report')) ?? '',
    };
  };

  beforeAll(async () => {
    tsa = await startLocalTsa();
    bundle = await writeProofBundle((await scenario(`${tsa.url}/tsa`)).input);
    h = await startSiteHarness();
    browser = await launchChromium(chromium ?? '');
    page = await (await browser.newContext()).newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
    await tsa?.close();
  });

  it('says that everything holds for an untouched bundle, without sending it to the server', async () => {
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') posts.push(r.url());
    });
    const { status, report } = await check('speicher.wacz', bundle);
    expect(status).toBe('speicher.wacz: everything holds.');
    expect(report).toContain('Verdict: the bundle verifies.');
    expect(report).toMatch(/Timestamp from TSA .* valid/);
    expect(report).not.toContain('PROBLEM');
    expect(posts).toEqual([]);
  });

  it('names the flipped byte in a photo', async () => {
    const copy = bundle.slice();
    const at = findBytes(copy, Uint8Array.from([0x4a, 0x46, 0x49, 0x46, 9, 8, 7, 6, 5]));
    expect(at).toBeGreaterThan(0);
    copy[at + 4] = copy[at + 4]! ^ 0x10;
    const { status, report } = await check('tampered.wacz', copy);
    expect(status).toBe('tampered.wacz: problems found.');
    expect(report).toContain('PROBLEM: corroborate/media/med_1.jpg does not match its SHA-256 hash');
    expect(report).toMatch(/Verdict: the bundle does NOT verify \(\d+ of \d+ checks failed\)\./);
  });

  it('names a forged photo whose hashes were recomputed: the ledger gives it away', async () => {
    const forged = await forge(bundle, (files) => {
      const photo = files.get('corroborate/media/med_1.jpg');
      if (photo) photo[8] = 0x00;
    });
    const { report } = await check('forged.wacz', forged);
    expect(report).toMatch(/PROBLEM: .*med_1/);
    expect(report).toContain('does NOT verify');
  });
});

const findBytes = (hay: Uint8Array, needle: Uint8Array): number => {
  outer: for (let i = 0; i <= hay.length - needle.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
};
