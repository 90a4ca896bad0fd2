import type { ClaimPlace } from '@corroborate/core';
import type { DocumentSummary, ExtractedClaim, SummaryRange } from '../extraction-result';
import type { PlaceMention } from '../places';
import type { Responsibility } from '../claims/responsibility';
import type { SentenceInfo } from '../claims/sentence-info';
import { bestPlace, toClaimPlace } from '../claims/claim-place';
import { atrocityCount } from './atrocity-count';
import { codedDate, documentDate } from './coded-date';

/** What the summary is built from. */
export interface SummaryInput {
  text: string;
  claims: readonly ExtractedClaim[];
  /** Index of each claim's sentence in `sentences`. */
  claimSentence: readonly number[];
  sentences: readonly SentenceInfo[];
  published: string | null;
  claimed: Responsibility | null;
  blamed: Responsibility | null;
}

const counts = (c: ExtractedClaim): boolean => c.stance !== 'conditional' && c.stance !== 'denied';

/** The claim about the main event: the first figure given for a killing (a number before a vague word). */
function mainIndex(claims: readonly ExtractedClaim[], events: readonly string[]): number {
  let vague = -1;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (!c || !events.includes(c.event) || !counts(c)) continue;
    if (c.count.vague === null) return i;
    if (vague === -1) vague = i;
  }
  return vague;
}

const OTHERS = /^(?:\S+\s+){0,3}others?\b/i;
const PARTITIVE = /\bof (?:them|whom|those|these)\b/i;

/** "killed seven civilians, while separate strikes killed 11 others": "others" adds to the main count. */
function withOthers(
  text: string,
  claims: readonly ExtractedClaim[],
  main: number,
  base: SummaryRange,
): SummaryRange {
  let { min, max } = base;
  for (let i = main + 1; i < claims.length; i++) {
    const c = claims[i];
    if (!c || (c.event !== 'killed' && c.event !== 'executed') || !counts(c)) continue;
    const part = c.parts[0]?.text ?? '';
    if (PARTITIVE.test(part)) break;
    if (OTHERS.test(part) || /\banother\s*$/i.test(text.slice(Math.max(0, c.span[0] - 9), c.span[0]))) {
      min += c.count.min;
      max = max === null || c.count.max === null ? null : max + c.count.max;
    }
  }
  return { min, max };
}

const SPECIFIC: Record<string, number> = {
  city: 3,
  other: 0.5,
  region: 0.5,
  admin2: 2,
  admin1: 1,
  country: 0,
};

/** A country- or province-level place is refined by a more specific place inside it later in the paragraph. */
function refinePlace(input: SummaryInput, place: ClaimPlace, from: number): ClaimPlace {
  const here = input.sentences[from];
  if (!here || (SPECIFIC[place.kind ?? 'city'] ?? 3) >= 2) return place;
  const inside = (p: PlaceMention): boolean =>
    p.country === place.country &&
    (SPECIFIC[p.kind] ?? 0) > (SPECIFIC[place.kind ?? 'city'] ?? 0) &&
    (place.kind !== 'admin1' || p.admin1 === place.admin1);
  for (let k = from; k < input.sentences.length; k++) {
    const s = input.sentences[k];
    if (!s || s.para !== here.para) break;
    const p = s.places.find(inside);
    if (p) return toClaimPlace(p);
  }
  return place;
}

function documentPlace(input: SummaryInput): ClaimPlace | null {
  const early = input.sentences.filter((s) => !s.chrome && s.places.length > 0).slice(0, 3);
  const p = bestPlace(
    input.text,
    early.flatMap((s) => s.places),
    [0, 0],
  );
  return p ? toClaimPlace(p) : null;
}

/** Builds the document summary: the main event's toll, injured, place, date and perpetrator. */
export function buildSummary(input: SummaryInput): DocumentSummary {
  const { claims } = input;
  const main = mainIndex(claims, ['killed', 'executed']);
  const mainClaim = claims[main];
  const injuredClaim = claims[mainIndex(claims, ['injured'])];
  const killed = mainClaim ? withOthers(input.text, claims, main, atrocityCount(mainClaim)) : null;
  const withPlace = mainClaim?.place ? mainClaim : claims.find((c) => c.place !== null);
  const placeIdx = withPlace ? claims.indexOf(withPlace) : -1;
  const place = withPlace?.place
    ? refinePlace(input, withPlace.place, input.claimSentence[placeIdx] ?? 0)
    : documentPlace(input);
  const dated =
    (mainClaim?.date ? mainClaim : null) ??
    claims.find((c) => c.date !== null && counts(c) && c.event === mainClaim?.event) ??
    claims.find((c) => c.date !== null && counts(c));
  const perpetrator =
    input.claimed?.actor ??
    mainClaim?.perpetrator ??
    claims.find((c) => c.perpetrator !== null && counts(c))?.perpetrator ??
    input.blamed?.actor ??
    null;
  return {
    killed,
    injured: injuredClaim ? atrocityCount(injuredClaim) : null,
    place,
    date: dated?.date
      ? codedDate(dated.date, input.published)
      : documentDate(input.sentences, input.published),
    perpetrator,
  };
}
