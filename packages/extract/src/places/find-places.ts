import { isAssociative } from './associative';
import { GEOGRAPHIC_NOUNS } from '../gazetteer-data/recognition-words';
import { disambiguate } from './disambiguate';
import { loadGazetteer } from './load-gazetteer';
import { recognize } from './recognize';
import { supportedMentions } from './support-filter';
import { tokenize } from './tokenize';
import type { FindPlacesOptions, PlaceMention } from './types';

/** Options beyond the public ones, for evaluation. */
export interface FindPlacesInternalOptions extends FindPlacesOptions {
  /** Also report every adjective of place ("Syrian forces") as a mention of its country; by default
   *  only those before a place noun ("the Turkish border") are. */
  includeDemonyms?: boolean;
  /** Also report names used for their people or state ("Russia said", "Toronto police"). */
  includeAssociative?: boolean;
}

// Disambiguation weighs every distinct name against every other: quadratic in the names of one
// text. Texts longer than a long article are read in windows cut at paragraph or sentence ends,
// so that any input stays linear (a window keeps its own context).
const WINDOW = 12_000;

/** All toponyms in the text, resolved, in text order. */
export function findPlaces(text: string, opts: FindPlacesInternalOptions = {}): PlaceMention[] {
  if (text.length <= WINDOW) return findInWindow(text, opts);
  const out: PlaceMention[] = [];
  for (let start = 0; start < text.length;) {
    const end = windowEnd(text, start);
    for (const p of findInWindow(text.slice(start, end), opts))
      out.push({ ...p, span: [p.span[0] + start, p.span[1] + start] });
    start = end;
  }
  return out;
}

/** End of the window that starts at `start`: after the last paragraph break, else sentence end,
 *  else space in its second half; a hard cut only inside one huge word. */
export function windowEnd(text: string, start: number): number {
  const limit = start + WINDOW;
  if (limit >= text.length) return text.length;
  const half = start + WINDOW / 2;
  // Search the second half only: lastIndexOf on the whole text would scan back to its start.
  const tail = text.slice(half, limit);
  for (const sep of ['\n\n', '\n', '. ', ' ']) {
    const at = tail.lastIndexOf(sep);
    if (at >= 0) return half + at + sep.length;
  }
  return limit;
}

function findInWindow(text: string, opts: FindPlacesInternalOptions): PlaceMention[] {
  const gaz = loadGazetteer();
  const tokens = tokenize(text);
  const mentions = recognize(text, tokens, gaz);
  const hint = normaliseHint(opts.countryHint ?? null, gaz.alpha3ToAlpha2);
  const entries = disambiguate(text, mentions, hint);
  const supported = supportedMentions(text, mentions, entries, hint);
  const out: PlaceMention[] = [];
  mentions.forEach((m, i) => {
    const e = entries[i];
    if (!e || !supported[i] || m.contextOnly) return;
    if (m.via === 'demonym' && !opts.includeDemonyms && !modifiesPlaceNoun(text, m.end)) return;
    if (!opts.includeAssociative && isAssociative(text, m, e)) return;
    out.push({
      name: text.slice(m.start, m.end),
      span: [m.start, m.end],
      geonameId: e.geonameId,
      country: e.country,
      admin1: e.kind === 'country' ? null : e.admin1,
      lat: e.lat,
      lon: e.lon,
      kind: e.kind,
      population: e.population,
    });
  });
  return out;
}

/** "Turkish border", "Syrian town of X": the adjective names a location. */
function modifiesPlaceNoun(text: string, end: number): boolean {
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
  return !!next && GEOGRAPHIC_NOUNS.has(next);
}

function normaliseHint(hint: string | null, alpha3: ReadonlyMap<string, string>): string | null {
  if (!hint) return null;
  const code = hint.trim().toUpperCase();
  return code.length === 3 ? (alpha3.get(code) ?? null) : code;
}
