import { COUNTRY_CENTROIDS } from '../../gazetteer-data/country-centroids';
import { MACRO_REGIONS } from '../../gazetteer-data/macro-regions';
import type { LatLon } from '../types';
import { trimmedMidrange } from './centroid';
import { readCountryNames } from './countries.source';
import { isIndexableAlternate } from './name-filter';
import type { PlaceDraft } from './place-draft';

/** Countries named in several languages, placed at their GeoNames point when hand-listed,
 *  otherwise at the middle of their towns; territories without any town are left out. */
export function buildCountryDrafts(cities: readonly PlaceDraft[]): PlaceDraft[] {
  const points = new Map<string, LatLon[]>();
  const population = new Map<string, number>();
  for (const c of cities) {
    const list = points.get(c.country);
    if (list) list.push(c);
    else points.set(c.country, [c]);
    population.set(c.country, (population.get(c.country) ?? 0) + Math.max(0, c.population));
  }
  return readCountryNames().flatMap((c) => {
    const fixed = COUNTRY_CENTROIDS[c.alpha2];
    const centre = fixed ? { lat: fixed[0], lon: fixed[1] } : trimmedMidrange(points.get(c.alpha2) ?? []);
    if (!centre) return [];
    const names: PlaceDraft['names'] = [{ name: c.english, origin: 'primary' }];
    for (const n of c.names)
      if (n.length > 4 && isIndexableAlternate(n)) names.push({ name: n, origin: 'alternate' });
    return [
      {
        name: c.english,
        geonameId: 0,
        lat: centre.lat,
        lon: centre.lon,
        population: population.get(c.alpha2) ?? 0,
        country: c.alpha2,
        admin1Code: '',
        admin2Code: '',
        kind: 'country' as const,
        featureCode: 'PCLI',
        names,
      },
    ];
  });
}

const CONTINENTS = new Set([
  'Europe',
  'Asia',
  'Africa',
  'North America',
  'South America',
  'Oceania',
  'Antarctica',
]);

/** Continents, seas and cross-border regions from the hand list. */
export function buildMacroDrafts(): PlaceDraft[] {
  return MACRO_REGIONS.map((r) => ({
    name: r.names[0] ?? '',
    geonameId: 0,
    lat: r.lat,
    lon: r.lon,
    population: -1,
    country: r.country ?? '',
    admin1Code: '',
    admin2Code: '',
    kind: 'other' as const,
    featureCode: CONTINENTS.has(r.names[0] ?? '') ? 'CONT' : 'RGN',
    names: r.names.map((n) => ({ name: n, origin: 'primary' as const })),
  }));
}
