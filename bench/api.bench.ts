// npm run bench:api [-- --incidents 100000 --seconds 10 --connections 10]: requests/s and p99 latency
// (autocannon) of the incident list and incident detail over HTTP, with 100k incidents in SQLite.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  CLAIM_EVENTS,
  GRADES,
  INCIDENT_STATUSES,
  VICTIM_TYPES,
  type ClaimFacts,
  type NewIncident,
  type Store,
} from '@corroborate/core';
import { argon2Passwords, buildServer, createUser } from '@corroborate/server';
import { nodeHasher, openStore, systemClock, ulidIds } from '@corroborate/store';
import { createApiToken } from '../apps/server/src/use-cases/auth/api-tokens';
import { recomputeReconciliation } from '../apps/server/src/use-cases/incidents/recompute-reconciliation';

/** A small deterministic PRNG (mulberry32), so every run seeds the same incidents. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
};

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const day = (rand: () => number): string =>
  new Date(Date.UTC(2014, 0, 1) + Math.floor(rand() * 7 * 365) * 86_400_000).toISOString().slice(0, 10);

/** An incident somewhere in a box around Iraq and Syria, 2014–2020, with random kinds and status. */
const randomIncident = (rand: () => number, i: number): NewIncident => {
  const date = day(rand);
  const status = pick(rand, INCIDENT_STATUSES);
  return {
    title: `Incident ${i}: ${pick(rand, ['shelling', 'air strike', 'car bomb', 'execution', 'raid'])} near town ${i % 997}`,
    place: {
      name: `Town ${i % 997}`,
      geonameId: 1_000_000 + (i % 997),
      country: pick(rand, ['IQ', 'SY']),
      admin1: `Region ${i % 18}`,
      lat: 30 + rand() * 7,
      lon: 38 + rand() * 10,
      precision: 'locality',
    },
    dateFrom: date,
    dateTo: date,
    datePrecision: 'day',
    eventKinds: [pick(rand, CLAIM_EVENTS)],
    perpetrators: [pick(rand, ['ISIS', 'unknown', 'army'])],
    victimTypes: [pick(rand, VICTIM_TYPES)],
    status,
    grade: status === 'new' ? null : pick(rand, GRADES),
  };
};

/** Three claims of one event: a self-claim, an NGO range and a repeat, as extraction would store them. */
const claimSet = (n: number): ClaimFacts[] => {
  const base = (min: number, max: number, claimant: string): ClaimFacts => ({
    event: 'killed',
    count: { min, max, approx: false, text: `${min}` },
    victims: { text: 'civilians', type: 'civilians' },
    perpetrator: null,
    claimant,
    stance: 'asserted',
    place: null,
    date: { text: 'on Monday', span: null, value: '2015-03-02' },
    span: [0, 10],
  });
  return [
    base(40 + n, 40 + n, 'ISIS'),
    base(12, 20 + (n % 9), 'Human Rights Watch'),
    base(40 + n, 40 + n, 'ISIS'),
  ];
};

/**
 * Inserts `count` incidents in one transaction; the first `withClaims` of them also get three linked
 * claims (one document each). Returns the ids of those.
 */
const seedIncidents = async (store: Store, count: number, withClaims: number): Promise<string[]> => {
  const rand = prng(42);
  const ids: string[] = [];
  await store.transaction(async (tx) => {
    await tx.sources.upsertByName({ name: 'ISIS', kind: 'perpetrator_affiliated', url: null });
    await tx.sources.upsertByName({ name: 'Human Rights Watch', kind: 'ngo', url: null });
    for (let i = 0; i < count; i++) {
      const incident = await tx.incidents.create(randomIncident(rand, i));
      if (i >= withClaims) continue;
      ids.push(incident.id);
      const text = `Report ${i} on incident ${incident.id}.`;
      const { document } = await tx.documents.insertOrGetBySha({
        kind: 'article',
        url: null,
        fileName: null,
        title: `Report ${i}`,
        byline: null,
        publishedAt: new Date(Date.UTC(2015, 2, 3 + (i % 20))),
        retrievedAt: new Date(),
        language: 'en',
        text,
        sha256: nodeHasher.sha256(text),
        sourceId: null,
        ingestNotes: [],
      });
      for (const claim of await tx.claims.replaceMachineClaims(document.id, claimSet(i)))
        await tx.claims.setIncident(claim.id, incident.id);
    }
  });
  return ids;
};

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const incidents = arg('incidents', 100_000);
const seconds = arg('seconds', 10);
const connections = arg('connections', 10);
const dir = await mkdtemp(join(tmpdir(), 'corroborate-bench-api-'));
try {
  const store = await openStore(
    `sqlite:${join(dir, 'bench.db')}`,
    { clock: systemClock, ids: ulidIds },
    { migrate: true },
  );
  const t0 = performance.now();
  const detailIds = await seedIncidents(store, incidents, 500);
  const seeded = (performance.now() - t0) / 1000;
  await store.transaction(async (tx) => {
    for (const id of detailIds) await recomputeReconciliation(tx, id);
  });
  const deps = { store, clock: systemClock, ids: ulidIds, hasher: nodeHasher, passwords: argon2Passwords };
  const viewer = await createUser(
    deps,
    { username: 'bench', role: 'viewer', password: 'bench passphrase' },
    null,
  );
  const { token } = await createApiToken(deps, viewer, 'bench');
  const server = await buildServer({ store, version: 'bench' });
  const address = await server.listen({ port: 0, host: '127.0.0.1' });
  const headers = { authorization: `Bearer ${token}` };
  const rand = prng(7);

  const run = async (title: string, path: () => string) => {
    const result = await autocannon({
      url: address,
      connections,
      duration: seconds,
      requests: [{ method: 'GET', headers, setupRequest: (req) => ({ ...req, path: path() }) }],
    });
    const failures = result.errors + result.non2xx;
    console.log(
      `  ${title.padEnd(44)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${String(result.latency.p50).padStart(3)} ms   p99 ${String(result.latency.p99).padStart(3)} ms${failures ? `   ${failures} failed` : ''}`,
    );
  };

  console.log(
    `bench:api  ${incidents.toLocaleString('en')} incidents in SQLite (seeded in one transaction in ${seeded.toFixed(1)} s), ` +
      `${connections} connections, ${seconds} s per case, API-token auth`,
  );
  await run('GET /api/incidents?limit=50', () => '/api/incidents?limit=50');
  await run(
    'GET /api/incidents?status=verified&kind=killed',
    () => '/api/incidents?status=verified&kind=killed&limit=50',
  );
  await run(
    'GET /api/incidents?lat=33.3&lon=44.4&km=50',
    () => '/api/incidents?lat=33.3&lon=44.4&km=50&limit=50',
  );
  await run(
    'GET /api/incidents/:id (3 claims, reconciled)',
    () => `/api/incidents/${detailIds[Math.floor(rand() * detailIds.length)]}`,
  );
  await server.close();
  await store.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
