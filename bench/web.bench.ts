// npm run bench:web [-- --incidents 100000 --runs 3]: time to interactive (Chromium, performance API)
// of the incident view and of the search map, with that many incidents in SQLite.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLAIM_EVENTS, GRADES, INCIDENT_STATUSES, type NewIncident, type Store } from '@corroborate/core';
import type { Page } from 'playwright-core';
import {
  addUser,
  chromiumPath,
  ensureWebBuilt,
  launchChromium,
  startWebServer,
} from '../tests/e2e/web-harness';
import { seedWorkspace } from '../tests/e2e/web-seed';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const INCIDENTS = arg('incidents', 100_000);
const RUNS = arg('runs', 3);
const PASSWORD = 'a long bench passphrase';

/** A small deterministic PRNG (mulberry32), so every run seeds the same incidents. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

/** Incidents spread over the Middle East and beyond, in transactions of 2,000. */
const seedIncidents = async (store: Store, n: number) => {
  const rand = prng(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  for (let done = 0; done < n; done += 2000)
    await store.transaction(async (tx) => {
      for (let i = done; i < Math.min(n, done + 2000); i++) {
        const inc: NewIncident = {
          title: `Bench incident ${i}`,
          place: {
            name: `Place ${i % 5000}`,
            geonameId: null,
            country: pick(['IQ', 'SY', 'YE', 'SD', 'UA']),
            admin1: null,
            lat: 10 + rand() * 45,
            lon: 20 + rand() * 40,
            precision: 'locality',
          },
          dateFrom: '2016-05-03',
          dateTo: '2016-05-03',
          eventKinds: [pick(CLAIM_EVENTS)],
          status: pick(INCIDENT_STATUSES),
          grade: pick(GRADES),
        };
        await tx.incidents.create(inc);
      }
    });
};

/** Milliseconds from navigation start until `ready` holds (performance.now() in the page). */
const timeToInteractive = async (page: Page, url: string, ready: (p: Page) => Promise<unknown>) => {
  await page.goto(url, { waitUntil: 'commit' });
  await ready(page);
  return page.evaluate(() => performance.now());
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const main = async () => {
  const chromium = chromiumPath();
  if (chromium === null) throw new Error('bench:web needs Debian chromium on PATH');
  await ensureWebBuilt();
  const dir = await mkdtemp(join(tmpdir(), 'web-bench-'));
  const server = await startWebServer(`sqlite:${join(dir, 'bench.db')}`);
  const browser = await launchChromium(chromium);
  try {
    await addUser(server.store, 'bench', PASSWORD);
    const seed = await seedWorkspace(server.store, server.blobs);
    let t = performance.now();
    await seedIncidents(server.store, INCIDENTS);
    console.log(`seeded ${INCIDENTS} incidents in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/app/`);
    await page.getByLabel('User name').fill('bench');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Inbox' }).waitFor();
    const csrf = await page.evaluate(() => sessionStorage.getItem('corroborate.csrf') ?? '');
    const post = (url: string, data: unknown) =>
      page.request.post(`${server.url}${url}`, { data, headers: { 'x-csrf-token': csrf } });
    const created = await post('/api/incidents/from-claim', { claimId: seed.market.claims[0]!.id });
    const incidentId = ((await created.json()) as { incident: { id: string } }).incident.id;
    await post(`/api/incidents/${incidentId}/claims`, { claimId: seed.wire.claims[0]!.id });
    await post(`/api/incidents/${incidentId}/media`, { mediaId: seed.graphic.id });

    const incident: number[] = [];
    const search: number[] = [];
    const searchApi: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      incident.push(
        await timeToInteractive(page, `${server.url}/app/incidents/${incidentId}`, async (p) => {
          await p.locator('section.range h3').waitFor();
          await p.locator('.place-map path.land').first().waitFor();
          await p.locator('.media-card img').waitFor();
        }),
      );
      search.push(
        await timeToInteractive(page, `${server.url}/app/search`, async (p) => {
          await p.locator('.total').waitFor({ timeout: 120_000 });
          await p.getByRole('button', { name: 'Map' }).click();
          await p.locator('canvas.cluster-map[data-ready="true"]').waitFor({ timeout: 120_000 });
        }),
      );
      t = performance.now();
      await page.request.get(`${server.url}/api/search/incidents`);
      searchApi.push(performance.now() - t);
    }
    const clusters = await page.locator('canvas.cluster-map').getAttribute('data-clusters');
    const total = await page.locator('.total').textContent();
    const ms = (xs: number[]) =>
      `median ${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;
    console.log(`incident view, time to interactive: ${ms(incident)}`);
    console.log(
      `search map (${total ?? '?'}, ${clusters ?? '?'} clusters), time to interactive: ${ms(search)}`,
    );
    console.log(`  of which GET /api/search/incidents (all points): ${ms(searchApi)}`);
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
};

await main();
