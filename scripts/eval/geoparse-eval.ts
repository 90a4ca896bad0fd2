// Scores the geoparser on GeoWebNews (toponym recognition and Acc@161) and spot-checks the WAD
// event places. Data stays in ../shared (licence terms): it is read at run time, never copied.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FindPlacesInternalOptions } from '../../packages/extract/src/places/find-places';
import { findPlaces, haversineKm } from '../../packages/extract/src/places/index';
import type { PlaceMention } from '../../packages/extract/src/places/index';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GWN_DEV = resolve(repoRoot, '..', 'shared', 'fixtures', 'geoparse', 'gwn_dev.jsonl');
export const WAD_DEV = resolve(repoRoot, '..', 'shared', 'fixtures', 'events', 'dev.jsonl');

/** The paper's literal group: what a geoparser should find and resolve as a place. */
const LITERAL_TYPES = new Set(['Literal', 'Literal_Modifier', 'Embedded_Literal', 'Mixed', 'Coercion']);
const ASSOCIATIVE_TYPES = new Set(['Metonymic', 'Non_Literal_Modifier', 'Embedded_Non_Lit']);

interface GoldToponym {
  start: number;
  end: number;
  name: string;
  lat: number | null;
  lon: number | null;
  type: string;
  offset_mismatch?: boolean;
}

export interface GeoparseScores {
  /** Share of predicted spans overlapping a literal-group toponym. */
  precision: number;
  /** Share of literal-group toponyms overlapped by a prediction. */
  recall: number;
  f1: number;
  /** Precision counting associative toponyms ("Russia said") as correct too. */
  lenientPrecision: number;
  /** Share of found gold toponyms with coordinates resolved within 161 km. */
  accAt161: number;
  meanKm: number;
  medianKm: number;
  /** Gold toponyms with coordinates that a prediction overlaps (the Acc@161 population). */
  n: number;
  /** Gold toponyms with coordinates in the file. */
  goldWithCoordinates: number;
  predictions: number;
}

const overlaps = (a: { start: number; end: number }, s: number, e: number): boolean =>
  a.start < e && s < a.end;

/** Scores `findPlaces` on a GeoWebNews JSONL file (format in its README). `options` can switch on
 *  the mentions findPlaces leaves out by default (associative uses, bare demonyms). */
export async function evalGeoparse(
  file: string = GWN_DEV,
  options: FindPlacesInternalOptions = {},
): Promise<GeoparseScores> {
  const rows = readJsonl<{ text: string; toponyms: GoldToponym[] }>(file);
  let predicted = 0;
  let correct = 0;
  let lenient = 0;
  let literal = 0;
  let found = 0;
  let withCoords = 0;
  const errors: number[] = [];
  for (const row of rows) {
    const gold = row.toponyms.filter((t) => !t.offset_mismatch);
    const places = findPlaces(row.text, options);
    predicted += places.length;
    for (const p of places) {
      const [s, e] = p.span;
      const hits = gold.filter((g) => overlaps(g, s, e));
      if (hits.some((g) => LITERAL_TYPES.has(g.type))) correct += 1;
      if (hits.some((g) => LITERAL_TYPES.has(g.type) || ASSOCIATIVE_TYPES.has(g.type))) lenient += 1;
    }
    for (const g of gold) {
      const hit = bestOverlap(places, g);
      if (LITERAL_TYPES.has(g.type)) {
        literal += 1;
        if (hit) found += 1;
      }
      if (g.lat === null || g.lon === null) continue;
      withCoords += 1;
      if (hit) errors.push(haversineKm(g.lat, g.lon, hit.lat, hit.lon));
    }
  }
  await Promise.resolve();
  const precision = ratio(correct, predicted);
  const recall = ratio(found, literal);
  const sorted = [...errors].sort((a, b) => a - b);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    lenientPrecision: ratio(lenient, predicted),
    accAt161: ratio(errors.filter((km) => km <= 161).length, errors.length),
    meanKm: ratio(
      errors.reduce((a, b) => a + b, 0),
      errors.length,
    ),
    medianKm: sorted[Math.floor(sorted.length / 2)] ?? 0,
    n: errors.length,
    goldWithCoordinates: withCoords,
    predictions: predicted,
  };
}

function bestOverlap(places: PlaceMention[], g: GoldToponym): PlaceMention | undefined {
  let best: PlaceMention | undefined;
  let bestLen = 0;
  for (const p of places) {
    const len = Math.min(p.span[1], g.end) - Math.max(p.span[0], g.start);
    if (len > bestLen) {
      best = p;
      bestLen = len;
    }
  }
  return best;
}

interface EventRow {
  id: string;
  text: string;
  country_iso3: string;
  admin1: string | null;
  admin2: string | null;
  place_name: string | null;
  lat: number;
  lon: number;
}

export interface EventPlaceScores {
  rows: number;
  /** Rows where some found place (other than a whole country) lies within 161 km of the coded point. */
  anyWithin161: number;
  /** Rows where the most specific place found (city, else district, else region) is within 161 km. */
  mostSpecificWithin161: number;
  /** Same as anyWithin161, given the coded country as `countryHint`. */
  anyWithin161WithHint: number;
  misses: string[];
}

const SPECIFICITY: Record<PlaceMention['kind'], number> = {
  city: 0,
  admin2: 1,
  admin1: 2,
  other: 3,
  country: 4,
};

/** Spot-check on the WAD events: are the coded places found and resolved near the coded point? */
export function evalEventPlaces(file: string = WAD_DEV): EventPlaceScores {
  const rows = readJsonl<EventRow>(file);
  let any = 0;
  let specific = 0;
  let hinted = 0;
  const misses: string[] = [];
  const near = (p: PlaceMention, r: EventRow) =>
    p.kind !== 'country' && haversineKm(p.lat, p.lon, r.lat, r.lon) <= 161;
  for (const r of rows) {
    const places = findPlaces(r.text);
    if (places.some((p) => near(p, r))) any += 1;
    else
      misses.push(
        `${r.id} [${[r.place_name, r.admin2, r.admin1].join(' | ')}] found: ${places.map((p) => `${p.name}->${p.country}`).join(', ')}`,
      );
    const best = [...places].sort((a, b) => SPECIFICITY[a.kind] - SPECIFICITY[b.kind])[0];
    if (best && near(best, r)) specific += 1;
    if (findPlaces(r.text, { countryHint: r.country_iso3 }).some((p) => near(p, r))) hinted += 1;
  }
  return {
    rows: rows.length,
    anyWithin161: any,
    mostSpecificWithin161: specific,
    anyWithin161WithHint: hinted,
    misses,
  };
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const fmt = (x: number) => x.toFixed(3);
  const row = (s: GeoparseScores) => ({
    precision: fmt(s.precision),
    lenientPrecision: fmt(s.lenientPrecision),
    recall: fmt(s.recall),
    f1: fmt(s.f1),
    accAt161: fmt(s.accAt161),
    meanKm: s.meanKm.toFixed(0),
    medianKm: s.medianKm.toFixed(1),
    n: `${s.n} of ${s.goldWithCoordinates}`,
    predictions: s.predictions,
  });
  console.log(
    'GeoWebNews dev (gwn_dev.jsonl): toponyms vs the literal group, Acc@161 on found gold with coordinates',
  );
  console.table({
    default: row(await evalGeoparse(GWN_DEV)),
    'all mentions': row(await evalGeoparse(GWN_DEV, { includeAssociative: true, includeDemonyms: true })),
  });
  const e = evalEventPlaces(WAD_DEV);
  console.log('WAD events dev (dev.jsonl): coded place within 161 km');
  console.table({
    anyPlace: `${e.anyWithin161}/${e.rows} (${fmt(e.anyWithin161 / e.rows)})`,
    mostSpecific: `${e.mostSpecificWithin161}/${e.rows} (${fmt(e.mostSpecificWithin161 / e.rows)})`,
    anyWithCountryHint: `${e.anyWithin161WithHint}/${e.rows} (${fmt(e.anyWithin161WithHint / e.rows)})`,
  });
  if (process.argv.includes('--misses')) for (const m of e.misses) console.log('  miss', m);
  console.log(`${Math.round(performance.now() - t0)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
