import { MISSING_PLACES, PLACE_ALIASES } from '../../gazetteer-data/place-aliases';
import type { GazetteerTables } from '../gazetteer-tables';
import { KINDS } from '../gazetteer-tables';
import { foldName, looseKey } from '../normalize-name';
import { buildAdminDrafts } from './admin-drafts';
import { readAdminUnits } from './cities-json.source';
import { buildCityDrafts } from './city-drafts';
import { readCountryNames, readEnglishWords } from './countries.source';
import { buildCountryDrafts, buildMacroDrafts } from './country-drafts';
import { NameIndexBuilder } from './name-index.builder';
import type { PlaceDraft } from './place-draft';

/** Derives the whole gazetteer from the installed packages (a few seconds; the result is cached). */
export function buildGazetteerTables(): GazetteerTables {
  const cities = buildCityDrafts();
  const admins = buildAdminDrafts(cities);
  const drafts = [
    ...buildCountryDrafts(cities),
    ...admins,
    ...buildMacroDrafts(),
    ...cities,
    ...missingDrafts(admins),
  ];
  const exact = new NameIndexBuilder();
  drafts.forEach((d, id) => {
    for (const n of d.names) exact.add(foldName(n.name), id, n.origin);
  });
  addAliases(drafts, exact);
  const loose = new NameIndexBuilder();
  exact.forEach((key, ids) => {
    if (key.length < 4) return;
    for (const id of ids) loose.add(looseKey(key), id, 'loose');
  });
  return { ...columns(drafts), exact: exact.build(), loose: loose.build(), englishWords: readEnglishWords() };
}

function missingDrafts(admins: readonly PlaceDraft[]): PlaceDraft[] {
  return MISSING_PLACES.map((p) => ({
    name: p.names[0] ?? '',
    geonameId: 0,
    lat: p.lat,
    lon: p.lon,
    population: -1,
    country: p.country,
    admin1Code:
      admins.find((a) => a.kind === 'admin1' && a.country === p.country && a.name === p.admin1)?.admin1Code ??
      '',
    admin2Code: '',
    kind: 'city' as const,
    featureCode: 'PPL',
    names: p.names.map((n) => ({ name: n, origin: 'alias' as const })),
  }));
}

function addAliases(drafts: readonly PlaceDraft[], exact: NameIndexBuilder): void {
  for (const alias of PLACE_ALIASES) {
    const target = exact
      .entriesOf(foldName(alias.target))
      .filter(
        (id) => drafts[id]?.country === alias.country && (!alias.kind || drafts[id]?.kind === alias.kind),
      )
      .sort((a, b) => (drafts[b]?.population ?? 0) - (drafts[a]?.population ?? 0))[0];
    if (target === undefined) continue;
    for (const name of alias.names) exact.add(foldName(name), target, 'alias');
  }
}

function columns(drafts: readonly PlaceDraft[]) {
  const countryCodes = [...new Set(drafts.map((d) => d.country).filter((c) => c))].sort();
  const admin1Names = new Map(readAdminUnits(1).map((u) => [u.code, u.name]));
  const admin1Codes = [...new Set(drafts.map((d) => d.admin1Code).filter((c) => admin1Names.has(c)))].sort();
  const featureCodes = [...new Set(drafts.map((d) => d.featureCode))].sort();
  const countryPos = new Map(countryCodes.map((c, i) => [c, i]));
  const admin1Pos = new Map(admin1Codes.map((c, i) => [c, i]));
  const featurePos = new Map(featureCodes.map((c, i) => [c, i]));
  const alpha3 = new Map(readCountryNames().map((c) => [c.alpha2, c.alpha3]));
  return {
    names: drafts.map((d) => d.name),
    geonameIds: Int32Array.from(drafts, (d) => d.geonameId),
    lats: Float64Array.from(drafts, (d) => d.lat),
    lons: Float64Array.from(drafts, (d) => d.lon),
    populations: Int32Array.from(drafts, (d) => d.population),
    countryIdx: Int16Array.from(drafts, (d) => countryPos.get(d.country) ?? -1),
    admin1Idx: Int32Array.from(drafts, (d) => admin1Pos.get(d.admin1Code) ?? -1),
    kinds: Uint8Array.from(drafts, (d) => KINDS.indexOf(d.kind)),
    featureIdx: Uint8Array.from(drafts, (d) => featurePos.get(d.featureCode) ?? 0),
    countryCodes,
    countryAlpha3: countryCodes.map((c) => alpha3.get(c) ?? ''),
    admin1Codes,
    admin1Names: admin1Codes.map((c) => admin1Names.get(c) ?? ''),
    featureCodes,
  };
}
