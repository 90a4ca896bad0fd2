import type { Span } from '@corroborate/core';
import { buildClaim } from './claims/build-claim';
import { carriedPerpetrator } from './claims/carried-perpetrator';
import { pickDate, toClaimDate } from './claims/claim-date';
import { pickPlace } from './claims/claim-place';
import type { RegionCentroids } from './claims/directional-place';
import { placeWithDirection } from './claims/directional-place';
import { EVENT_HINT } from './claims/event-lexicon';
import { findSentenceClaims } from './claims/find-claims';
import type { Responsibility } from './claims/responsibility';
import { findResponsibility } from './claims/responsibility';
import type { SentenceInfo } from './claims/sentence-info';
import type { DateMention } from './dates/find-dates';
import { findDatesInTokens, mayHoldDate } from './dates/find-dates';
import type { ExtractedClaim, ExtractionResult, PublishedFrom, StanceMention } from './extraction-result';
import type { FindPlacesOptions, PlaceMention } from './places';
import { findSentenceStances } from './stances/find-stances';
import { quoteSpeakers } from './stances/quote-speakers';
import { STANCE_HINT } from './stances/stance-cues';
import { buildSummary } from './summary/build-summary';
import { findContentRegions, inSkipped } from './text/boilerplate';
import { findQuotations, quotationAround } from './text/quotations';
import type { Sentence } from './text/sentences';
import { sentenceAt, splitSentences } from './text/sentences';
import type { Token } from './text/tokenize';
import { tokenize } from './text/tokenize';

/** The place finder the reader uses (the gazetteer in production, a fake in unit tests). */
export interface ReadDeps {
  findPlaces: (text: string, opts?: FindPlacesOptions) => PlaceMention[];
  /** Region centroids of a country, to place "northern Ethiopia"; without it such places stay national. */
  regions?: RegionCentroids;
}

const DENIAL = /\b(?:den(?:y|ies|ied|ying)|rejected|dismissed|refuted)\b/i;
const EVENT_BACKREF = /\b(?:executions?|massacres?|killings|mass graves?|graves?)\b/i;

const HEDGED = /\b(?:allegedly|reportedly|purportedly|apparently|apparent|appears? to)\b/i;
const RESPONSIBILITY_HINT = /claim|blam|accus|attribut|perpetrator/i;
const ANAPHORIC_START = /^(?:In|At|Of|Among) (?:one|another|them|these)\b/;

/** The country most of the places lie in: countries and provinces weigh more than towns. */
function dominantCountry(places: readonly PlaceMention[]): string | null {
  const weight = new Map<string, number>();
  for (const p of places) {
    if (!p.country) continue;
    const w = p.kind === 'country' ? 3 : p.kind === 'admin1' || (p.population ?? 0) >= 100_000 ? 2 : 1;
    weight.set(p.country, (weight.get(p.country) ?? 0) + w);
  }
  const ranked = [...weight.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= 2 && (!second || first[1] > second[1]) ? first[0] : null;
}

/**
 * Places of the document. A place that resolved outside the document's main country is resolved
 * again, with that country as a hint, from its own sentence (cheap: only those sentences are re-read).
 */
function findDocumentPlaces(content: string, sentences: readonly Sentence[], deps: ReadDeps): PlaceMention[] {
  let first: PlaceMention[];
  try {
    first = deps.findPlaces(content);
  } catch (err) {
    // A pathological text (megabytes with no spaces) may exhaust the place finder's stack;
    // extraction must still answer, so such a text simply has no places.
    if (err instanceof RangeError) return [];
    throw err;
  }
  const hint = dominantCountry(first);
  if (!hint) return first;
  const redo = new Map<number, Span>();
  for (const p of first) {
    if (p.country === hint || p.kind === 'country') continue;
    const s = sentences[sentenceAt(sentences, p.span[1])];
    if (s && s.start <= p.span[0]) redo.set(s.start, [s.start, s.end]);
  }
  if (redo.size === 0) return first;
  const again = new Map<string, PlaceMention>();
  for (const [start, end] of redo.values()) {
    for (const p of deps.findPlaces(content.slice(start, end), { countryHint: hint })) {
      const span: Span = [p.span[0] + start, p.span[1] + start];
      again.set(`${span[0]}:${span[1]}`, { ...p, span });
    }
  }
  return first.map((p) => (p.country === hint ? p : (again.get(`${p.span[0]}:${p.span[1]}`) ?? p)));
}

/** Token indexes that fall inside one of the (sorted) date spans. */
function dateTokens(toks: readonly Token[], dates: readonly DateMention[]): (i: number) => boolean {
  if (dates.length === 0) return () => false;
  const blocked = new Set<number>();
  toks.forEach((t, i) => {
    if (dates.some((d) => t.start >= d.span[0] && t.end <= d.span[1])) blocked.add(i);
  });
  return (i) => blocked.has(i);
}

function assignPlaces(sentences: SentenceInfo[], places: readonly PlaceMention[]): void {
  let k = 0;
  for (const p of places) {
    while (k < sentences.length && (sentences[k]?.end ?? 0) <= p.span[0]) k++;
    const s = sentences[k];
    if (s && p.span[0] >= s.start) s.places.push(p);
  }
}

/** Reads claims, stances, places and dates from a text; `published` anchors relative dates. */
export function readDocument(
  text: string,
  published: string | null,
  publishedFrom: PublishedFrom | null,
  deps: ReadDeps,
): ExtractionResult {
  const regions = findContentRegions(text);
  const content = regions.contentEnd < text.length ? text.slice(0, regions.contentEnd) : text;
  const split = splitSentences(text, 0, regions.contentEnd);
  const places = findDocumentPlaces(content, split, deps).filter(
    (p) => p.span[1] <= regions.contentEnd && !inSkipped(regions.skip, p.span[0], p.span[1]),
  );
  const sentences: SentenceInfo[] = split.map((s) => {
    const chrome = inSkipped(regions.skip, s.start, s.end);
    const sText = text.slice(s.start, s.end);
    const datey = mayHoldDate(sText);
    const wanted = EVENT_HINT.test(sText) || RESPONSIBILITY_HINT.test(sText) || ANAPHORIC_START.test(sText);
    const toks = datey || (!chrome && wanted) ? tokenize(text, s.start, s.end) : null;
    const dates = toks && datey ? findDatesInTokens(text, toks, published) : [];
    return { ...s, toks, dates, places: [], chrome };
  });
  assignPlaces(sentences, places);
  const quotes = findQuotations(text, 0, regions.contentEnd);
  const sentenceStartOf = (at: number): number => sentences[sentenceAt(sentences, at)]?.start ?? 0;
  const speakers = quoteSpeakers(text, quotes, sentenceStartOf);
  const quoteIndex = new Map(quotes.map((q, i) => [q, i]));
  const speakerOf = (q: Span | null): string | null => (q ? speakers(quoteIndex.get(q) ?? -1) : null);

  const claims: ExtractedClaim[] = [];
  const claimSentence: number[] = [];
  const stances: StanceMention[] = [];
  let claimed: Responsibility | null = null;
  let blamed: Responsibility | null = null;
  sentences.forEach((s, idx) => {
    if (s.chrome) return;
    const sText = text.slice(s.start, s.end);
    const toks = s.toks;
    const prev = sentences[idx - 1];
    const prevText = prev && prev.para === s.para ? text.slice(prev.start, prev.end) : '';
    const anaphoric = EVENT_BACKREF.test(prevText) && ANAPHORIC_START.test(sText);
    if (toks && (EVENT_HINT.test(sText) || anaphoric)) {
      const raws = findSentenceClaims(toks, {
        denial: DENIAL.test(sText),
        anaphoricEvent: anaphoric ? 'killed' : null,
        blocked: dateTokens(toks, s.dates),
      });
      for (const raw of raws) {
        const span: Span = [toks[raw.start]?.start ?? s.start, toks[raw.end - 1]?.end ?? s.end];
        const quote = quotationAround(quotes, span[0], span[1]);
        const claim = buildClaim(text, toks, raw, {
          quoted: quote !== null,
          inheritedHedge: raw.hit === null && HEDGED.test(prevText),
          quoteSpeaker: speakerOf(quote),
        });
        const verbAt = raw.active && raw.hit ? (toks[raw.hit.start]?.start ?? null) : null;
        const place = pickPlace(text, sentences, idx, span, verbAt);
        const date = pickDate(text, sentences, idx, span);
        claim.place = place ? placeWithDirection(text, place, deps.regions) : null;
        claim.date = date ? toClaimDate(date) : null;
        if (claim.perpetrator === null && claim.stance !== 'conditional' && claim.stance !== 'denied') {
          claim.perpetrator = carriedPerpetrator({
            text,
            sentences,
            idx,
            toks,
            raw,
            earlier: claims,
            earlierSentence: claimSentence,
          });
        }
        claims.push(claim);
        claimSentence.push(idx);
      }
    }
    if (STANCE_HINT.test(sText))
      stances.push(...findSentenceStances({ text, quotes, speakerOf }, s.start, s.end));
    if (toks && RESPONSIBILITY_HINT.test(sText)) {
      const r = findResponsibility(text, toks);
      if (r?.how === 'claimed') claimed ??= r;
      else if (r) blamed ??= r;
    }
  });
  const dates: DateMention[] = sentences.flatMap((s) =>
    s.dates.map(({ reporting: _reporting, attributive: _attributive, ...d }) => d),
  );
  return {
    published,
    published_from: publishedFrom,
    claims,
    stances,
    places,
    dates,
    summary: buildSummary({ text, claims, claimSentence, sentences, published, claimed, blamed }),
  };
}
