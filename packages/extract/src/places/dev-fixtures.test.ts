// Regression floors on the shared development fixtures (GeoWebNews, WAD events). The data stays in
// ../shared (licence terms) and is read at run time; without it these tests are skipped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { findPlaces, getGazetteer, haversineKm } from './index';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const fixtures = resolve(repoRoot, '..', 'shared', 'fixtures');
const gwn = resolve(fixtures, 'geoparse', 'gwn_dev.jsonl');
const wad = resolve(fixtures, 'events', 'dev.jsonl');

// A first run derives the gazetteer (~10-20 s); keep that out of the tests' own time limit.
beforeAll(() => {
  getGazetteer();
}, 120_000);

const rows = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

interface GoldToponym {
  start: number;
  end: number;
  lat: number | null;
  lon: number | null;
  offset_mismatch?: boolean;
}

describe.skipIf(!existsSync(gwn))('GeoWebNews dev', () => {
  it('resolves found toponyms within 161 km at least 90 % of the time', () => {
    let near = 0;
    let found = 0;
    for (const r of rows<{ text: string; toponyms: GoldToponym[] }>(gwn)) {
      const places = findPlaces(r.text);
      for (const g of r.toponyms) {
        if (g.offset_mismatch || g.lat === null || g.lon === null) continue;
        const hit = places.find((p) => p.span[0] < g.end && g.start < p.span[1]);
        if (!hit) continue;
        found += 1;
        if (haversineKm(g.lat, g.lon, hit.lat, hit.lon) <= 161) near += 1;
      }
    }
    expect(found).toBeGreaterThan(300);
    expect(near / found).toBeGreaterThanOrEqual(0.9);
  });
});

describe.skipIf(!existsSync(wad))('WAD events dev', () => {
  it('finds a place within 161 km of the coded point in at least 80 % of events', () => {
    const events = rows<{ text: string; lat: number; lon: number }>(wad);
    const hits = events.filter((e) =>
      findPlaces(e.text).some((p) => p.kind !== 'country' && haversineKm(p.lat, p.lon, e.lat, e.lon) <= 161),
    );
    expect(hits.length / events.length).toBeGreaterThanOrEqual(0.8);
  });
});
