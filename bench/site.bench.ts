// npm run bench:site [-- --count 10000 --connections 200 --seconds 8]: requests/s and latency of the
// public site (an assessment page, the index) over HTTP with N published incidents in SQLite, at
// 200 concurrent connections (autocannon). Pages come from the server's rendered-page cache, which
// every publish, update or moderation empties; "cold" runs hit a different page on each request.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { GRADES, type PublishedAssessment } from '@corroborate/core';
import { buildServer } from '@corroborate/server';
import { openStore, systemClock, ulidIds } from '@corroborate/store';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex > 0) {
  // Child mode: only the server, so the load generator does not share its event loop.
  const store = await openStore(`sqlite:${process.argv[serveIndex + 1] ?? ''}`, {
    clock: systemClock,
    ids: ulidIds,
  });
  const app = await buildServer({ store, version: 'bench' }, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  console.log(`PORT ${(app.server.address() as AddressInfo).port}`);
  await new Promise(() => undefined);
}

/** Starts the server in a child process on the seeded database; resolves with its URL. */
const startServer = (dbPath: string): Promise<{ url: string; stop: () => void }> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--serve', dbPath],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.once('error', reject);
    child.stdout.on('data', (chunk: Buffer) => {
      const port = /PORT (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, stop: () => child.kill() });
    });
  });

const count = arg('count', 10_000);
const connections = arg('connections', 200);
const seconds = arg('seconds', 8);
const TAGS = ['iraq', 'syria', 'mass-killing', 'shelling', 'detention'];

const dir = await mkdtemp(join(tmpdir(), 'corroborate-bench-site-'));
try {
  const store = await openStore(`sqlite:${join(dir, 'site.db')}`, { clock: systemClock, ids: ulidIds });
  await store.migrate();
  const t0 = performance.now();
  const slugs: string[] = [];
  await store.transaction(async (tx) => {
    for (let i = 0; i < count; i += 1) {
      const incident = await tx.incidents.create({
        title: `Incident ${i}`,
        status: 'published',
        grade: GRADES[i % GRADES.length] ?? 'fair',
        gradeReason: 'Two independent counts agree',
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
      const at = new Date(Date.UTC(2014, 0, 1) + i * 3_600_000);
      const a: PublishedAssessment = {
        id: `asm_${i}`,
        incidentIds: [incident.id],
        slug: `incident-${i}`,
        headline: `Assessment of incident ${i}`,
        claimReviewed: `${100 + (i % 900)} people were killed`,
        body: 'What we found, with **sources**.',
        grade: incident.grade,
        tags: [TAGS[i % TAGS.length] ?? 'iraq'],
        country: 'IQ',
        moderation: 'pre',
        publishedAt: at,
        updatedAt: at,
      };
      await tx.site?.createAssessment(a);
      await tx.site?.addUpdate({
        id: `upd_${i}`,
        assessmentId: a.id,
        summary: 'Range widened',
        isCorrection: false,
        at,
      });
      slugs.push(a.slug);
    }
  });
  const seeded = (performance.now() - t0) / 1000;
  await store.close();
  const { url, stop } = await startServer(join(dir, 'site.db'));

  const run = async (title: string, path: () => string) => {
    const result = await autocannon({
      url,
      connections,
      duration: seconds,
      requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: path() }) }],
    });
    const failures = result.errors + result.non2xx;
    console.log(
      `  ${title.padEnd(40)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(4)} ms${failures ? `   ${failures} failed` : ''}`,
    );
  };

  console.log(
    `bench:site  ${count.toLocaleString('en')} published incidents in SQLite (seeded in ${seeded.toFixed(1)} s), ` +
      `${connections} connections, ${seconds} s per case`,
  );
  const one = slugs[Math.floor(slugs.length / 2)] ?? 'incident-0';
  await run(`GET /a/${one} (cached)`, () => `/a/${one}`);
  await run('GET / (cached)', () => '/');
  let n = 0;
  // Each request a different page: the cost of rendering from the database (cache misses at first).
  await run('GET /a/:slug (spread over all pages)', () => `/a/${slugs[n++ % slugs.length] ?? one}`);
  await run('GET /feed.xml (cached)', () => '/feed.xml');
  stop();
} finally {
  await rm(dir, { recursive: true, force: true });
}
