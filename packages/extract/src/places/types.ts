/** What a place is, coarsely; used for ranking and for the caller's own choices. */
export type PlaceKind = 'country' | 'admin1' | 'admin2' | 'city' | 'other';

/** A toponym found in a text, resolved against the offline gazetteer. */
export interface PlaceMention {
  /** As written in the text: `text.slice(span[0], span[1]) === name`. */
  name: string;
  span: [number, number];
  geonameId: number | null;
  /** ISO 3166-1 alpha-2, e.g. 'IQ'. */
  country: string | null;
  /** First-order region name in English, e.g. 'Salah ad Din'. */
  admin1: string | null;
  lat: number;
  lon: number;
  kind: PlaceKind;
  population: number | null;
}

export interface FindPlacesOptions {
  /** ISO alpha-2 (or alpha-3) code of the country the text is probably about. */
  countryHint?: string | null;
}

export interface LatLon {
  lat: number;
  lon: number;
}

/** One place of the gazetteer. `id` is its index there, stable only within one loaded copy. */
export interface GazetteerEntry extends LatLon {
  id: number;
  geonameId: number | null;
  name: string;
  country: string | null;
  /** GeoNames admin-1 code, e.g. 'IQ.18'. */
  admin1Code: string | null;
  admin1: string | null;
  kind: PlaceKind;
  /** GeoNames feature code (PPLC, PPLA, ...) or ADM1/ADM2/PCLI/CONT/RGN for built entries. */
  featureCode: string;
  population: number | null;
}

/** How a name reached an entry: its main name, a listed alternate, a hand alias, or a loose spelling. */
export type NameOrigin = 'primary' | 'alternate' | 'alias' | 'loose';

export interface NameCandidate {
  entry: GazetteerEntry;
  origin: NameOrigin;
}

/** The loaded gazetteer and the lookups the extractors use. */
export interface Gazetteer {
  readonly size: number;
  /** Places whose name (any spelling, case and diacritics ignored) is `name`. */
  lookup(name: string): GazetteerEntry[];
  /** Like lookup, with how each name matched; falls back to loose spellings when nothing matches exactly. */
  candidates(name: string): NameCandidate[];
  countryByCode: ReadonlyMap<string, GazetteerEntry>;
  admin1ByCode: ReadonlyMap<string, GazetteerEntry>;
  entry(id: number): GazetteerEntry;
  /** True when the lower-cased word is an ordinary English word (so a capital may be sentence-initial). */
  isCommonWord(word: string): boolean;
  distanceKm(a: LatLon, b: LatLon): number;
}
