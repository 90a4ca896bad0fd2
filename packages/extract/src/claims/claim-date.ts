import type { ClaimDate, Span } from '@corroborate/core';
import type { FoundDate } from '../dates/find-dates';
import type { SentenceInfo } from './sentence-info';

/** Converts a found date to the stored claim date. */
export const toClaimDate = (d: FoundDate): ClaimDate => {
  const out: ClaimDate = { text: d.text, span: d.span };
  if (d.value) out.value = d.value;
  else {
    out.from = d.from;
    out.to = d.to;
  }
  return out;
};

// Periods longer than this ("in 2003") do not date a single event.
const MAX_PERIOD_DAYS = 31;
const EVENT_NOUNS =
  /\b(?:attacks?|raids?|blasts?|incident|bombings?|strikes?|shootings?|explosions?|killings|deaths|massacre|ambush|clashes|fighting|assault)\b/i;

const days = (d: FoundDate): number =>
  d.value ? 0 : (Date.parse(d.to ?? '') - Date.parse(d.from ?? '')) / 86_400_000;

const nearest = (dates: readonly FoundDate[], span: Span): FoundDate | null => {
  let best: FoundDate | null = null;
  let bestDistance = Infinity;
  for (const d of dates) {
    const distance = d.span[0] >= span[1] ? d.span[0] - span[1] : Math.max(0, span[0] - d.span[1]);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
};

const eventDates = (s: SentenceInfo | undefined): FoundDate[] =>
  s ? s.dates.filter((d) => !d.reporting && !d.attributive && days(d) <= MAX_PERIOD_DAYS) : [];

/**
 * The date of a claim: an event date in its sentence; else one in the sentence before (same
 * paragraph), or after when that sentence is about the event ("The raids on Sunday …"). The day a
 * source spoke ("police said on Sunday") never dates the event.
 */
export function pickDate(
  text: string,
  sentences: readonly SentenceInfo[],
  idx: number,
  claimSpan: Span,
): FoundDate | null {
  const here = sentences[idx];
  if (!here) return null;
  const own = nearest(eventDates(here), claimSpan);
  if (own) return own;
  const prev = sentences[idx - 1];
  if (prev && prev.para === here.para) {
    const d = eventDates(prev);
    if (d.length > 0) return d[d.length - 1] ?? null;
  }
  const next = sentences[idx + 1];
  if (next && next.para === here.para && EVENT_NOUNS.test(text.slice(next.start, next.end))) {
    const d = eventDates(next);
    if (d.length > 0) return d[0] ?? null;
  }
  return null;
}
