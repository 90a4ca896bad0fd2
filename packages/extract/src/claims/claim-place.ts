import type { ClaimPlace, Span } from '@corroborate/core';
import type { PlaceMention } from '../places';
import type { SentenceInfo } from './sentence-info';

// 'other' holds regions such as "Middle East": less specific than a province.
const SPECIFICITY: Record<PlaceMention['kind'], number> = {
  city: 3,
  other: 0.5,
  admin2: 2,
  admin1: 1,
  country: 0,
};

// "20 km south of Mosul", "from the city of Qamishli", "towards Baghdad": a reference point, not the
// scene. "in the north of Iraq" names a region, so a direction after "the" is not a reference.
const REFERENCE =
  /(?:(?<!\bthe )\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? of|\bfrom|\btowards?|\boutside of)(?: the)?(?: (?:city|town|village|province|capital|district|region) of)?\s*$/i;
const SPEECH_BEFORE = /\b(?:told|said|says|reported|announced|stated)\b/i;
// "Islamic State of Iraq and Syria": a place word inside an organisation's name.
const IN_NAME = /\b\p{Lu}\p{L}+ of (?:\p{Lu}\p{L}+ and )?$/u;
const LOCATIVE = /\b(?:in|at|near|inside|outside|of)\s+(?:the\s+)?(?:\S+\s+){0,3}$/i;

/** Converts a place mention to the stored claim place. */
export const toClaimPlace = (p: PlaceMention): ClaimPlace => ({
  name: p.name,
  span: p.span,
  geonameId: p.geonameId,
  country: p.country,
  admin1: p.admin1,
  lat: p.lat,
  lon: p.lon,
  kind: p.kind,
});

const isReference = (text: string, p: PlaceMention): boolean =>
  REFERENCE.test(text.slice(Math.max(0, p.span[0] - 40), p.span[0]));

/** A reference point or a word inside an organisation's name: used only when nothing better exists. */
function isWeak(text: string, p: PlaceMention): boolean {
  const before = text.slice(Math.max(0, p.span[0] - 40), p.span[0]);
  return (
    isReference(text, p) ||
    IN_NAME.test(before) ||
    (p.name.includes(' of ') && /\p{Lu}\p{L}+ $/u.test(before))
  );
}

/** The most specific place of a sentence that is not a reference point, nearest the claim on ties. */
export function bestPlace(text: string, places: readonly PlaceMention[], near: Span): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestScore = -Infinity;
  for (const p of places) {
    const distance = p.span[0] >= near[1] ? p.span[0] - near[1] : Math.max(0, near[0] - p.span[1]);
    const before = text.slice(Math.max(0, p.span[0] - 40), p.span[0]);
    const named =
      IN_NAME.test(before) || (p.name.includes(' of ') && /\p{Lu}\p{L}+ $/u.test(before)) ? -50 : 0;
    const locative = LOCATIVE.test(before.slice(-24)) ? 5 : 0;
    const score =
      (isReference(text, p) ? -100 : 0) + named + locative + SPECIFICITY[p.kind] * 10 - distance / 1000;
    if (score > bestScore) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

/** The place of a claim: its own sentence first, then the sentences around it in the paragraph. */
export function pickPlace(
  text: string,
  sentences: readonly SentenceInfo[],
  idx: number,
  claimSpan: Span,
  activeVerbAt: number | null = null,
): PlaceMention | null {
  const here = sentences[idx];
  if (!here) return null;
  // "Bombardment by the Syrian regime and ally Russia killed …": a place in the killer's name is not the scene.
  const inSubject = (p: PlaceMention): boolean =>
    activeVerbAt !== null &&
    p.span[1] <= activeVerbAt &&
    !LOCATIVE.test(text.slice(Math.max(0, p.span[0] - 24), p.span[0]));
  // "told a U.N. briefing in Geneva the bodies of 70 civilians …": where the source spoke.
  const inAttribution = (p: PlaceMention): boolean =>
    p.span[1] <= claimSpan[0] && SPEECH_BEFORE.test(text.slice(here.start, p.span[0]));
  const usable = here.places.filter((p) => !inSubject(p) && !inAttribution(p));
  const own = bestPlace(text, usable, claimSpan);
  if (own && !isWeak(text, own)) return own;
  for (const k of [idx - 1, idx + 1]) {
    const s = sentences[k];
    if (s && s.para === here.para && !s.chrome) {
      const p = bestPlace(text, s.places, claimSpan);
      if (p && !isWeak(text, p)) return p;
    }
  }
  return (
    own ??
    bestPlace(
      text,
      here.places.filter((p) => !inAttribution(p)),
      claimSpan,
    )
  );
}
