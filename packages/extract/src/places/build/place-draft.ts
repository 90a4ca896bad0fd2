import type { NameOrigin, PlaceKind } from '../types';

/** A place while the gazetteer is being built, with the names it will be filed under. */
export interface PlaceDraft {
  name: string;
  geonameId: number;
  lat: number;
  lon: number;
  population: number;
  country: string;
  admin1Code: string;
  /** Full admin-2 code ('IQ.18.90148'); only used while building. */
  admin2Code: string;
  kind: PlaceKind;
  featureCode: string;
  names: { name: string; origin: NameOrigin }[];
}
