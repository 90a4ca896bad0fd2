import type { ReadDeps } from '../read-document';
import type { PlaceMention } from '../places';

/** A gazetteer entry for the fake: where the place is and what it is. */
export type FakePlace = Pick<PlaceMention, 'kind' | 'lat' | 'lon' | 'country'> & { admin1?: string };

/**
 * A strict fake of the place finder for unit tests: finds exactly the names in its table (whole
 * words, case-sensitive), so claim tests do not depend on the real gazetteer.
 */
export function fakePlaces(table: Record<string, FakePlace>): ReadDeps {
  const names = Object.keys(table).sort((a, b) => b.length - a.length);
  return {
    findPlaces: (text) => {
      const out: PlaceMention[] = [];
      for (const name of names) {
        const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g');
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const span: [number, number] = [m.index, m.index + name.length];
          if (out.some((p) => p.span[0] < span[1] && span[0] < p.span[1])) continue;
          const e = table[name];
          if (!e) continue;
          out.push({ name, span, geonameId: null, admin1: e.admin1 ?? null, population: null, ...e });
        }
      }
      return out.sort((a, b) => a.span[0] - b.span[0]);
    },
    regions: (country) =>
      country === 'IQ'
        ? [
            { lat: 36.3, lon: 43.1 },
            { lat: 35.5, lon: 44.4 },
            { lat: 33.3, lon: 44.4 },
            { lat: 32.5, lon: 44.4 },
            { lat: 30.5, lon: 47.8 },
          ]
        : [],
  };
}

/** A few places used across the unit tests. */
export const TEST_PLACES = fakePlaces({
  Iraq: { kind: 'country', lat: 33, lon: 44, country: 'IQ' },
  Syria: { kind: 'country', lat: 35, lon: 38, country: 'SY' },
  Mosul: { kind: 'city', lat: 36.335, lon: 43.119, country: 'IQ', admin1: 'Nineveh' },
  Baghdad: { kind: 'city', lat: 33.341, lon: 44.401, country: 'IQ', admin1: 'Baghdad' },
  Tikrit: { kind: 'city', lat: 34.607, lon: 43.678, country: 'IQ', admin1: 'Salah ad Din' },
  Taji: { kind: 'city', lat: 33.52, lon: 44.27, country: 'IQ', admin1: 'Baghdad' },
  Kirkuk: { kind: 'city', lat: 35.468, lon: 44.392, country: 'IQ', admin1: 'Kirkuk' },
  Aleppo: { kind: 'city', lat: 36.2, lon: 37.16, country: 'SY', admin1: 'Aleppo' },
});
