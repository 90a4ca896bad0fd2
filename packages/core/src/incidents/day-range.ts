import type { ClaimDate } from '../domain/claim';
import type { DatePrecision } from '../domain/incident';

/** An inclusive span of calendar days, YYYY-MM-DD each. */
export interface DayRange {
  from: string;
  to: string;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a YYYY-MM-DD string, or null if it is not a real date. Never touches the TZ. */
export const dayNumber = (day: string): number | null => {
  const m = DAY.exec(day);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
};

const valid = (r: { from?: string | null; to?: string | null }): DayRange | null => {
  const from = r.from ?? r.to;
  const to = r.to ?? r.from;
  if (from == null || to == null) return null;
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === null || b === null) return null;
  return a <= b ? { from, to } : { from: to, to: from };
};

/** The days a claim's date covers: a single day, or its period; null when absent or malformed. */
export const claimDayRange = (date: ClaimDate | null): DayRange | null =>
  date === null ? null : valid(date.value === undefined ? date : { from: date.value, to: date.value });

/** The days an incident covers; one missing end takes the other's value. */
export const incidentDayRange = (i: { dateFrom: string | null; dateTo: string | null }): DayRange | null =>
  valid({ from: i.dateFrom, to: i.dateTo });

/** Whole days between two ranges; 0 when they overlap. */
export const dayGap = (a: DayRange, b: DayRange): number => {
  const [af, at, bf, bt] = [a.from, a.to, b.from, b.to].map((d) => dayNumber(d) ?? 0) as [
    number,
    number,
    number,
    number,
  ];
  return Math.max(0, af - bt, bf - at);
};

/** The smallest range holding both. */
export const unionRange = (a: DayRange, b: DayRange): DayRange => ({
  from: a.from < b.from ? a.from : b.from,
  to: a.to > b.to ? a.to : b.to,
});

/** How precise a span of days is: one day, a week, a month, else a year. */
export const precisionForRange = (r: DayRange): DatePrecision => {
  const days = (dayNumber(r.to) ?? 0) - (dayNumber(r.from) ?? 0) + 1;
  if (days <= 1) return 'day';
  if (days <= 7) return 'week';
  if (days <= 31) return 'month';
  return 'year';
};
