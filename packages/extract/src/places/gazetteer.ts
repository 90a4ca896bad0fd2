import type { GazetteerTables, NameIndex } from './gazetteer-tables';
import { KINDS, ORIGINS, findKey } from './gazetteer-tables';
import { haversineKm } from './haversine';
import { foldName, looseKey } from './normalize-name';
import type { Gazetteer, GazetteerEntry, LatLon, NameCandidate, PlaceKind } from './types';

const MEMO_LIMIT = 50_000;
const NONE = Object.freeze([]) as unknown as NameCandidate[];

/** Gazetteer over loaded tables; entries are materialised on first use. */
export class TablesGazetteer implements Gazetteer {
  readonly countryByCode: ReadonlyMap<string, GazetteerEntry>;
  readonly admin1ByCode: ReadonlyMap<string, GazetteerEntry>;
  readonly alpha3ToAlpha2: ReadonlyMap<string, string>;
  private readonly entries = new Map<number, GazetteerEntry>();
  private readonly words: ReadonlySet<string>;
  // Names repeat across a text and a corpus: recent lookups skip the binary search and the
  // allocation. Bounded (cleared when full) so memory stays flat on any input.
  private readonly memo = new Map<NameIndex, Map<string, readonly NameCandidate[]>>();

  constructor(private readonly t: GazetteerTables) {
    const countries = new Map<string, GazetteerEntry>();
    const admin1 = new Map<string, GazetteerEntry>();
    for (let id = 0; id < t.kinds.length; id += 1) {
      const kind = KINDS[t.kinds[id] ?? 0];
      if (kind === 'country' || kind === 'admin1') {
        const e = this.entry(id);
        if (kind === 'country' && e.country && !countries.has(e.country)) countries.set(e.country, e);
        if (kind === 'admin1' && e.admin1Code && !admin1.has(e.admin1Code)) admin1.set(e.admin1Code, e);
      }
    }
    this.countryByCode = countries;
    this.admin1ByCode = admin1;
    this.words = new Set(t.englishWords);
    this.alpha3ToAlpha2 = new Map(t.countryAlpha3.map((a3, i) => [a3, t.countryCodes[i] ?? '']));
  }

  get size(): number {
    return this.t.names.length;
  }

  entry(id: number): GazetteerEntry {
    const cached = this.entries.get(id);
    if (cached) return cached;
    const t = this.t;
    const countryIdx = t.countryIdx[id] ?? -1;
    const admin1Idx = t.admin1Idx[id] ?? -1;
    const pop = t.populations[id] ?? -1;
    const geonameId = t.geonameIds[id] ?? 0;
    const e: GazetteerEntry = {
      id,
      geonameId: geonameId > 0 ? geonameId : null,
      name: t.names[id] ?? '',
      country: countryIdx >= 0 ? (t.countryCodes[countryIdx] ?? null) : null,
      admin1Code: admin1Idx >= 0 ? (t.admin1Codes[admin1Idx] ?? null) : null,
      admin1: admin1Idx >= 0 ? (t.admin1Names[admin1Idx] ?? null) : null,
      lat: t.lats[id] ?? 0,
      lon: t.lons[id] ?? 0,
      kind: KINDS[t.kinds[id] ?? 0] as PlaceKind,
      featureCode: t.featureCodes[t.featureIdx[id] ?? 0] ?? '',
      population: pop >= 0 ? pop : null,
    };
    this.entries.set(id, e);
    return e;
  }

  lookup(name: string): GazetteerEntry[] {
    return this.candidates(name).map((c) => c.entry);
  }

  candidates(name: string): NameCandidate[] {
    const folded = foldName(name);
    const exact = this.byKey(this.t.exact, folded);
    return exact.length > 0 ? exact : this.looseCandidates(folded);
  }

  /** Exact-key candidates of an already folded name (no loose fallback). */
  exactCandidates(folded: string): NameCandidate[] {
    return this.byKey(this.t.exact, folded);
  }

  looseCandidates(folded: string): NameCandidate[] {
    return folded.length < 4 ? [] : this.byKey(this.t.loose, looseKey(folded));
  }

  hasExactKey(folded: string): boolean {
    return findKey(this.t.exact, folded) >= 0;
  }

  isCommonWord(word: string): boolean {
    return this.words.has(word.toLowerCase());
  }

  distanceKm(a: LatLon, b: LatLon): number {
    return haversineKm(a.lat, a.lon, b.lat, b.lon);
  }

  private byKey(index: NameIndex, key: string): NameCandidate[] {
    let memo = this.memo.get(index);
    if (!memo) {
      memo = new Map();
      this.memo.set(index, memo);
    }
    const known = memo.get(key);
    // Callers read candidates, never change them: the cached array is shared.
    if (known) return known as NameCandidate[];
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const found = this.readKey(index, key);
    memo.set(key, Object.freeze(found));
    return found;
  }

  private readKey(index: NameIndex, key: string): NameCandidate[] {
    const i = findKey(index, key);
    if (i < 0) return NONE;
    const out: NameCandidate[] = [];
    for (let p = index.postStart[i] ?? 0; p < (index.postStart[i + 1] ?? 0); p += 1) {
      out.push({
        entry: this.entry(index.postIds[p] ?? 0),
        origin: ORIGINS[index.postOrigins[p] ?? 0] ?? 'loose',
      });
    }
    return out;
  }
}
