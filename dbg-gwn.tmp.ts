import { readFileSync } from 'node:fs';
import { findPlaces, haversineKm } from './packages/extract/src/places/index';
const LIT = new Set(['Literal', 'Literal_Modifier', 'Embedded_Literal', 'Mixed', 'Coercion']);
const rows = readFileSync('../shared/fixtures/geoparse/gwn_dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const mode = process.argv[2];
const fps: string[] = []; const fns: string[] = []; const far: string[] = [];
for (const r of rows) {
  const places = findPlaces(r.text, { includeDemonyms: !!process.env.DEM, includeAssociative: !!process.env.ASSOC } as never);
  const gold = r.toponyms.filter((t: any) => !t.offset_mismatch);
  for (const p of places) {
    const hits = gold.filter((g: any) => g.start < p.span[1] && p.span[0] < g.end);
    if (!hits.some((g: any) => LIT.has(g.type))) fps.push(`${r.id}\t${p.name}\t${p.country}/${p.kind}\t[${hits.map((h: any) => h.type).join(',')}]\t…${r.text.slice(Math.max(0, p.span[0] - 40), p.span[1] + 30).replace(/\n/g, ' ')}…`);
  }
  for (const g of gold) {
    const hit = places.find((p) => g.start < p.span[1] && p.span[0] < g.end);
    if (LIT.has(g.type) && !hit) fns.push(`${r.id}\t${g.name}\t${g.type}\t…${r.text.slice(Math.max(0, g.start - 40), g.end + 30).replace(/\n/g, ' ')}…`);
    if (hit && g.lat !== null) {
      const d = haversineKm(g.lat, g.lon, hit.lat, hit.lon);
      if (d > 161) far.push(`${r.id}\t${g.name}\t${g.type}\tgold ${g.lat},${g.lon} got ${hit.name} ${hit.country}/${hit.admin1}/${hit.kind} ${hit.lat.toFixed(2)},${hit.lon.toFixed(2)} ${Math.round(d)}km`);
    }
  }
}
const out = mode === 'fp' ? fps : mode === 'fn' ? fns : far;
console.log(out.join('\n')); console.log(out.length);
