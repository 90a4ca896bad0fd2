import { readFileSync } from 'node:fs';
import { findPlaces, haversineKm } from './packages/extract/src/places/index';
const rows = readFileSync('../shared/fixtures/events/dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const r of rows) {
  const ps = findPlaces(r.text);
  console.log(r.id, r.country_iso3, '|', ps.map((p) => `${p.name}->${p.country}/${p.kind}${p.kind !== 'country' ? '/' + Math.round(haversineKm(p.lat, p.lon, r.lat, r.lon)) : ''}`).join(', '));
}
