import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCaptureSite } from '../../packages/ingest/src/capture/capture-test-site.fixture';
import { photoJpeg } from '../../packages/ingest/src/media-ingest/media-images.fixture';
import { runCli } from '../support/cli';

let site: Awaited<ReturnType<typeof startCaptureSite>>;
let dir: string;
let db: string;
const env = { CORROBORATE_BLOBS: '', CORROBORATE_KEYS: '', CORROBORATE_TSA_URLS: '', PATH: '' };

beforeAll(async () => {
  site = await startCaptureSite({ a: await photoJpeg(71), b: await photoJpeg(72) });
  dir = await mkdtemp(join(tmpdir(), 'corroborate-preserve-capture-'));
  db = `sqlite:${join(dir, 'data', 'c.db')}`;
});
afterAll(async () => {
  await site?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('corroborate capture (real process, local test site)', () => {
  it('captures a page with its images, checkpoints the ledger, and verify passes', async () => {
    const url = `${site.base}/news/market.html`;
    const r = await runCli(['capture', url, '--db', db, '--allow-private'], { env });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^captured ${url.replace(/[.?]/g, '\\$&')}: cap_\\w+, WARC sha256 [0-9a-f]{64}, document doc_\\w+, 2 of 3 images$`,
        'm',
      ),
    );
    expect(r.stderr).toMatch(/^warning: .*missing\.jpg/m);
    // The first capture is the first checkpoint: none existed.
    expect(r.stdout).toMatch(/^checkpoint at ledger entry 4$/m);
    const v = await runCli(['verify', '--db', db], { env });
    expect(v.code, v.stderr).toBe(0);
    expect(v.stdout).toMatch(/^ledger ok: 4 entries chained, 1 signed checkpoints, 0 timestamp tokens$/m);
  });

  it('refuses a loopback page without --allow-private', async () => {
    const direct = await runCli(['capture', `${site.base}/news/market.html`, '--db', db], { env });
    expect(direct.code).toBe(1);
    expect(direct.stderr).toMatch(/^failed: .*127\.0\.0\.1/m);
    // The redirect hop itself is re-checked too: see capture-page.test.ts (needs a trusted first hop).
  });
});
