import type { ClaimDate } from '@corroborate/core';
import type { FoundDate } from '../dates/find-dates';
import type { SentenceInfo } from '../claims/sentence-info';
import { addDays } from '../dates/day-math';

// A night named by its weekday: "late Saturday", "late on Saturday", "Saturday night".
const WEEKDAY_NIGHT = /^late\b|^(?:mon|tues|wednes|thurs|fri|satur|sun)day (?:night|midnight)$/i;

/**
 * A night event on the eve of publication ("gunned down late Saturday", "Saturday night", in a
 * report of Sunday) is coded on the publication day, as the WAD coders do (3 of 3 such dev rows;
 * a night further back keeps its own day): the night runs past midnight, and a local "late
 * Saturday" is often already Sunday in the time zone of the wire desk. The claim keeps the text's day.
 */
export function codedDate(date: ClaimDate, published: string | null): ClaimDate {
  if (!published || !date.value || !WEEKDAY_NIGHT.test(date.text)) return date;
  if (date.value !== addDays(published, -1)) return date;
  return { ...date, value: published };
}

const daysLong = (d: FoundDate): number =>
  d.value ? 0 : (Date.parse(d.to ?? '') - Date.parse(d.from ?? '')) / 86_400_000;

// Longer periods ("in 2003") do not date one event.
const MAX_PERIOD_DAYS = 31;

/**
 * No claim is dated: the first event day the text gives (not a reporting day, not "the 12 May
 * elections", not after publication); else its most precise event period ("from December 16 to
 * January 9" over "in December"), dated by its start; else the publication day (span-less).
 */
export function documentDate(sentences: readonly SentenceInfo[], published: string | null): ClaimDate | null {
  const usable = sentences
    .filter((s) => !s.chrome)
    .flatMap((s) => s.dates)
    .filter((x) => !x.reporting && !x.attributive && (!published || (x.value ?? x.from ?? '') <= published));
  const day = usable.find((x) => x.value);
  if (day?.value) return { text: day.text, span: day.span, value: day.value };
  const periods = usable.filter((x) => x.from && x.to && daysLong(x) <= MAX_PERIOD_DAYS);
  const best = periods.reduce<FoundDate | null>((b, x) => (!b || daysLong(x) < daysLong(b) ? x : b), null);
  if (best) return { text: best.text, span: best.span, from: best.from, to: best.to };
  return published ? { text: '', span: null, value: published } : null;
}
