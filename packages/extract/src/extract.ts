import { DomainError } from '@corroborate/core';
import { parseIsoDay } from './dates/day-math';
import { findDateline } from './dates/publication-date';
import type { ExtractionResult, PublishedFrom } from './extraction-result';
import type { LatLon } from './claims/directional-place';
import { findPlaces, getGazetteer } from './places';
import type { ReadDeps } from './read-document';
import { readDocument } from './read-document';

/** Options of `extract`. */
export interface ExtractOptions {
  /** Publication day, YYYY-MM-DD (a full ISO timestamp is cut to its day); else read from a dateline. */
  published?: string | null;
}

const regionCache = new Map<string, LatLon[]>();

/** Region centroids of a country from the bundled gazetteer (cached per country). */
function gazetteerRegions(country: string): LatLon[] {
  let out = regionCache.get(country);
  if (!out) {
    out = [...getGazetteer().admin1ByCode.values()]
      .filter((e) => e.country === country)
      .map((e) => ({ lat: e.lat, lon: e.lon }));
    regionCache.set(country, out);
  }
  return out;
}

const DEFAULT_DEPS: ReadDeps = { findPlaces, regions: gazetteerRegions };

/**
 * Extracts casualty claims, stances, places, dates and a summary of the main event from a news
 * text. Pure: no I/O beyond the bundled gazetteer. Linear in the text length.
 * @throws DomainError `validation_failed` when `text` is not a string or `published` is not a day.
 */
export function extract(
  text: string,
  opts: ExtractOptions = {},
  deps: ReadDeps = DEFAULT_DEPS,
): ExtractionResult {
  if (typeof text !== 'string') throw new DomainError('validation_failed', 'text: expected a string');
  let published: string | null = null;
  let from: PublishedFrom | null = null;
  if (opts.published !== undefined && opts.published !== null && opts.published !== '') {
    published = parseIsoDay(opts.published);
    if (!published)
      throw new DomainError('validation_failed', `published: "${opts.published}" is not a YYYY-MM-DD date`);
    from = { source: 'given' };
  } else {
    const line = findDateline(text);
    if (line) {
      published = line.value;
      from = { source: 'dateline', text: line.text, span: line.span };
    }
  }
  return readDocument(text, published, from, deps === DEFAULT_DEPS ? deps : { ...DEFAULT_DEPS, ...deps });
}
