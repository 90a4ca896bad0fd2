import { findPlaces } from './find-places';
import { loadGazetteer } from './load-gazetteer';
import { placesJsonlLine } from './places-jsonl';
import { haversineKm } from './haversine';
import type { Gazetteer } from './types';

export type {
  FindPlacesOptions,
  Gazetteer,
  GazetteerEntry,
  LatLon,
  NameCandidate,
  NameOrigin,
  PlaceKind,
  PlaceMention,
} from './types';
export { findPlaces, haversineKm, placesJsonlLine };

/** Loads (once) and returns the gazetteer: name lookups, countries and regions by code, distances. */
export function getGazetteer(): Gazetteer {
  return loadGazetteer();
}
