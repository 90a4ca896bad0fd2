import { beforeAll, describe, expect, it } from 'vitest';
import { COUNTRY_ABBREVIATIONS, REGION_ABBREVIATIONS } from '../gazetteer-data/abbreviations';
import { MISSING_PLACES, PLACE_ALIASES } from '../gazetteer-data/place-aliases';
import { getGazetteer, haversineKm } from './index';
import type { Gazetteer } from './index';

let sut: Gazetteer;
// The first run after an install derives the gazetteer from the packages (~10 s), later runs read the cache.
beforeAll(() => {
  sut = getGazetteer();
}, 120_000);

describe('gazetteer', () => {
  it('finds a town under its GeoNames, ASCII and Arabic names', () => {
    for (const name of ['Tikrīt', 'Tikrit', 'تكريت']) {
      expect(sut.lookup(name).some((e) => e.geonameId === 90150 && e.country === 'IQ')).toBe(true);
    }
  });

  it('has countries and first-order regions as places with coordinates', () => {
    const iraq = sut.countryByCode.get('IQ');
    expect(iraq).toMatchObject({ kind: 'country', name: 'Iraq' });
    const salahAdDin = sut.lookup('Salah ad Din').find((e) => e.kind === 'admin1');
    expect(salahAdDin?.country).toBe('IQ');
    expect(sut.distanceKm(salahAdDin!, { lat: 34.6, lon: 43.7 })).toBeLessThan(120);
  });

  it('resolves every hand alias and abbreviation to a place in its country', () => {
    for (const alias of PLACE_ALIASES) {
      for (const name of alias.names)
        expect(
          sut.lookup(name).some((e) => e.country === alias.country),
          name,
        ).toBe(true);
    }
    for (const p of MISSING_PLACES)
      expect(sut.lookup(p.names[0]!).some((e) => e.country === p.country)).toBe(true);
    for (const code of Object.values(COUNTRY_ABBREVIATIONS))
      expect(sut.countryByCode.has(code), code).toBe(true);
    for (const code of Object.values(REGION_ABBREVIATIONS))
      expect(sut.admin1ByCode.has(code), code).toBe(true);
  });

  it('falls back to loose spellings only when nothing matches exactly', () => {
    const loose = sut.candidates('Deir al-Zour');
    expect(loose.every((c) => c.origin === 'loose')).toBe(true);
    expect(loose.some((c) => c.entry.country === 'SY')).toBe(true);
    expect(sut.candidates('Mosul').some((c) => c.origin === 'loose')).toBe(false);
  });

  it('knows ordinary English words but not place names', () => {
    expect(sut.isCommonWord('Police')).toBe(true);
    expect(sut.isCommonWord('Texas')).toBe(false);
  });
});

describe('haversineKm', () => {
  it('gives great-circle distances', () => {
    expect(haversineKm(33.34, 44.4, 36.34, 43.13)).toBeGreaterThan(340);
    expect(haversineKm(33.34, 44.4, 36.34, 43.13)).toBeLessThan(360);
    expect(haversineKm(10, 20, 10, 20)).toBe(0);
  });
});
