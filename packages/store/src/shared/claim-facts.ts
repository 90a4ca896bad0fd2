import type { Claim, ClaimFacts } from '@corroborate/core';

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD string naming a real day, or null; kept as text so it never shifts with TZ. */
export function calendarDay(value: string | undefined): string | null {
  const m = value === undefined ? null : CALENDAR_DAY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d
    ? m[0]
    : null;
}

/** The day range a claim speaks of, for indexed date queries. */
export const claimDayRange = (facts: ClaimFacts): { from: string | null; to: string | null } => {
  const from = calendarDay(facts.date?.value ?? facts.date?.from);
  const to = calendarDay(facts.date?.value ?? facts.date?.to) ?? from;
  return { from, to };
};

/** JSON with sorted keys, so equal facts compare equal whatever order their keys were built in. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

/** Claims re-extraction keeps: a person reviewed them, or linked them to an incident. */
export const isKeptClaim = (c: Claim): boolean => c.review !== 'machine' || c.incidentId !== null;

/**
 * Re-extraction must not duplicate what a person already reviewed or linked: facts equal to a
 * kept claim's machine output are dropped.
 */
export const withoutReviewed = (facts: ClaimFacts[], existing: Claim[]): ClaimFacts[] => {
  const reviewed = new Set(existing.filter(isKeptClaim).map((c) => canonicalJson(c.extracted)));
  return facts.filter((f) => !reviewed.has(canonicalJson(f)));
};
