import type { NameOrigin, PlaceKind } from './types';

/** The gazetteer as flat columns: what the cache file stores and the loaded Gazetteer reads. */
export interface GazetteerTables {
  names: string[];
  /** 0 when the entry has no GeoNames id. */
  geonameIds: Int32Array;
  lats: Float64Array;
  lons: Float64Array;
  /** -1 when unknown. */
  populations: Int32Array;
  /** Index into `countryCodes`, -1 for none. */
  countryIdx: Int16Array;
  /** Index into `admin1Codes`, -1 for none. */
  admin1Idx: Int32Array;
  kinds: Uint8Array;
  /** Index into `featureCodes`. */
  featureIdx: Uint8Array;
  countryCodes: string[];
  /** ISO alpha-3 of each country code ('' when unknown). */
  countryAlpha3: string[];
  admin1Codes: string[];
  admin1Names: string[];
  featureCodes: string[];
  exact: NameIndex;
  loose: NameIndex;
  englishWords: string[];
}

/** Sorted keys; entries of key i are postIds[postStart[i] .. postStart[i+1]). */
export interface NameIndex {
  keys: string[];
  postStart: Int32Array;
  postIds: Int32Array;
  postOrigins: Uint8Array;
}

export const KINDS: readonly PlaceKind[] = ['country', 'admin1', 'admin2', 'city', 'other'];
export const ORIGINS: readonly NameOrigin[] = ['primary', 'alternate', 'alias', 'loose'];

/** Position of `key` in the sorted keys, or -1. */
export function findKey(index: NameIndex, key: string): number {
  let lo = 0;
  let hi = index.keys.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = index.keys[mid] as string;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
