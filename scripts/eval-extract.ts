// Scores the claim extractor on the WAD development events and the seed document; prints a table.
// Data stays in ../shared (licence terms): it is read at run time, never copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { extract, getGazetteer, haversineKm } from '../packages/extract/src/index';
import type { ExtractionResult } from '../packages/extract/src/index';
import { checkSeed } from '../packages/extract/src/acceptance/seed-acceptance';
import type { SeedExpectation } from '../packages/extract/src/acceptance/seed-acceptance';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = resolve(root, '..', 'shared', 'fixtures');
const DEV = resolve(fixtures, 'events', 'dev.jsonl');
const SEED = resolve(fixtures, 'seed');
const verbose = process.argv.includes('--verbose');

interface WadRow {
  id: string;
  text: string;
  date_start: string;
  source_pub_dates: string[];
  country_iso3: string;
  admin1: string | null;
  lat: number;
  lon: number;
  deaths: { number: number | null };
  injured: { number: number | null };
  perpetrators: Record<string, string>;
}

// Several names for one actor; a perpetrator matches when a content word or alias is shared.
const ALIASES: [RegExp, string][] = [
  [/\b(?:isis|isil|is|islamic state|daesh|jihadists?)\b/g, ' isis '],
  [
    /\b(?:regime|government|military|army|troops|soldiers|security forces|police|policemen|armed forces)\b/g,
    ' stateforces ',
  ],
  [/\b(?:russian?|moscow)\b/g, ' russia '],
  [/\b(?:turkish|turkey)\b/g, ' turkey '],
  [/\b(?:syrian?)\b/g, ' syria '],
  [/\b(?:air ?force|air ?strikes?|airstrikes?|warplanes|jets)\b/g, ' air '],
];
const GENERIC = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'group',
  'members',
  'forces',
  'suspected',
  'unknown',
  'unidentified',
  'air',
  'men',
  'armed',
  'gunmen',
  'other',
  'unclear',
]);

const words = (s: string): Set<string> => {
  let t = ` ${s.toLowerCase().replace(/[^a-z\s-]/g, ' ')} `;
  for (const [re, alias] of ALIASES) t = t.replace(re, alias);
  return new Set(t.split(/[\s-]+/).filter((w) => w.length > 1 && !GENERIC.has(w)));
};

// Words match on their first five letters ("paramilitaries" ~ "paramilitary", "gangs" ~ "gang").
const stem = (w: string): string => w.slice(0, 5);
const perpMatches = (ours: string, gold: string[]): boolean => {
  const o = new Set([...words(ours)].map(stem));
  return gold.some((g) => [...words(g)].some((w) => o.has(stem(w))));
};

/** Canonical admin-1 of a gold region name, through the gazetteer (spellings vary). */
function canonicalAdmin1(name: string, iso2: string | undefined): string | null {
  const gaz = getGazetteer();
  const cleaned = name
    .replace(/\b(?:governate|governorate|province|regional state|state|mayorality of|region)\b/gi, '')
    .trim();
  for (const n of [name, cleaned]) {
    const hit = gaz.lookup(n).find((e) => e.kind === 'admin1' && (!iso2 || e.country === iso2));
    if (hit) return (hit.admin1 ?? hit.name).toLowerCase();
  }
  return null;
}

const pct = (n: number, d: number): string =>
  d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;

function scoreDev(): void {
  if (!existsSync(DEV)) {
    console.log(`skipped: ${DEV} is absent`);
    return;
  }
  const rows = readFileSync(DEV, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as WadRow);
  const s = {
    deaths: 0,
    injured: 0,
    injuredN: 0,
    p25: 0,
    p161: 0,
    admin: 0,
    adminN: 0,
    date: 0,
    perp: 0,
    perpN: 0,
  };
  const started = performance.now();
  for (const row of rows) {
    const r: ExtractionResult = extract(row.text, { published: row.source_pub_dates[0] ?? null });
    const sum = r.summary;
    const misses: string[] = [];
    if (sum.killed?.min === row.deaths.number) s.deaths++;
    else misses.push(`deaths ${sum.killed?.min ?? 'null'}≠${row.deaths.number}`);
    if (row.injured.number !== null) {
      s.injuredN++;
      if ((sum.injured?.min ?? 0) === row.injured.number) s.injured++;
      else misses.push(`injured ${sum.injured?.min ?? 0}≠${row.injured.number}`);
    }
    const km =
      sum.place?.lat != null && sum.place.lon != null
        ? haversineKm(row.lat, row.lon, sum.place.lat, sum.place.lon)
        : Infinity;
    if (km <= 25) s.p25++;
    if (km <= 161) s.p161++;
    else
      misses.push(`place ${sum.place?.name ?? 'null'} ${Number.isFinite(km) ? `${Math.round(km)} km` : ''}`);
    const iso2 = countries.alpha3ToAlpha2(row.country_iso3);
    const gold = row.admin1 ? canonicalAdmin1(row.admin1, iso2) : null;
    if (gold) {
      s.adminN++;
      const ours = sum.place?.admin1 ? sum.place.admin1.toLowerCase() : null;
      if (ours === gold) s.admin++;
    }
    // Date scoring: the summary's day, or the start of its period, must equal the coded
    // `date_start` exactly (Campaign rows code their first day, so a period's `from` is the fair
    // comparison; an Incident dated by a period is scored by its start too, and usually misses).
    // The anchor is the first `source_pub_dates` entry, which in this set is always the earliest.
    // A row without any publication date still counts (and misses when the text has no date).
    const ourDate = sum.date?.value ?? sum.date?.from ?? '';
    if (ourDate.slice(0, row.date_start.length) === row.date_start) s.date++;
    else misses.push(`date ${ourDate || 'null'}≠${row.date_start}`);
    const goldPerps = Object.entries(row.perpetrators)
      .filter(([k, v]) => k !== 'Perp State Role' && !/^unknown|^unclear|^unidentified/i.test(v))
      .map(([, v]) => v);
    if (goldPerps.length > 0) {
      s.perpN++;
      if (sum.perpetrator && perpMatches(sum.perpetrator, goldPerps)) s.perp++;
      else misses.push(`perp ${sum.perpetrator ?? 'null'}≠${goldPerps.join('/')}`);
    }
    if (verbose && misses.length > 0)
      console.log(`${row.id}: ${misses.join('; ')}\n   ${row.text.slice(0, 220)}`);
  }
  const ms = performance.now() - started;
  const n = rows.length;
  console.log(`\nWAD dev (${n} rows, ${(ms / n).toFixed(1)} ms/row)`);
  console.log('| measure                         | score  | target |');
  console.log('|---------------------------------|--------|--------|');
  console.log(`| deaths exact (summary.killed.min)| ${pct(s.deaths, n)} | ≥85%   |`);
  console.log(`| injured exact (${s.injuredN} rows)          | ${pct(s.injured, s.injuredN)} |        |`);
  console.log(`| place within 25 km              | ${pct(s.p25, n)} |        |`);
  console.log(`| place within 161 km             | ${pct(s.p161, n)} | ≥85%   |`);
  console.log(`| admin-1 match (${s.adminN} resolvable)      | ${pct(s.admin, s.adminN)} |        |`);
  console.log(`| date exact (date_start)         | ${pct(s.date, n)} | ≥80%   |`);
  console.log(`| perpetrator loose (${s.perpN} named)     | ${pct(s.perp, s.perpN)} |        |`);
}

function scoreSeed(): void {
  const file = resolve(SEED, 'isis-tikrit-claim-2014-06-16.txt');
  if (!existsSync(file)) {
    console.log(`skipped: ${file} is absent`);
    return;
  }
  const text = readFileSync(file, 'utf8');
  const expected = JSON.parse(readFileSync(resolve(SEED, 'expected.json'), 'utf8')) as SeedExpectation;
  const checks = checkSeed(text, expected, extract(text, {}));
  const passed = checks.filter((c) => c.ok).length;
  console.log(`\nSeed acceptance: ${passed}/${checks.length} checks pass`);
  for (const c of checks) {
    if (!c.ok || verbose) console.log(`  ${c.ok ? 'ok ' : 'FAIL'} ${c.name}: ${c.detail}`);
    if (c.note) console.log(`  note ${c.name}: ${c.note}`);
  }
}

async function scoreGeoparse(): Promise<void> {
  try {
    const mod = (await import('./eval/geoparse-eval')) as {
      evalGeoparse: () => Promise<{
        precision: number;
        recall: number;
        f1: number;
        accAt161: number;
        n: number;
      }>;
    };
    const g = await mod.evalGeoparse();
    const f = (x: number): string => `${(100 * x).toFixed(1)}%`;
    console.log(
      `\nGeoparse (GeoWebNews dev): P ${f(g.precision)} R ${f(g.recall)} F1 ${f(g.f1)} Acc@161 ${f(g.accAt161)} (n=${g.n})`,
    );
  } catch (err) {
    console.log(
      `\nGeoparse: not available (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`,
    );
  }
}

scoreDev();
scoreSeed();
await scoreGeoparse();
