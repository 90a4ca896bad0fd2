// Calendar days as ISO strings, computed in UTC so that the process time zone never shifts a day.

const DAY_MS = 86_400_000;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** YYYY-MM-DD for a year, month (1-12) and day, or null when the day does not exist. */
export function isoDay(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Number of days in a month (1-12) of a year. */
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

const toMs = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));
const fromMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day `n` days after (negative: before) `iso`. */
export const addDays = (iso: string, n: number): string => fromMs(toMs(iso) + n * DAY_MS);

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (iso: string): number => new Date(toMs(iso)).getUTCDay();

/** Year, month (1-12) and day of an ISO day. */
export const partsOf = (iso: string): { y: number; m: number; d: number } => ({
  y: +iso.slice(0, 4),
  m: +iso.slice(5, 7),
  d: +iso.slice(8, 10),
});

/** Accepts YYYY-MM-DD (optionally followed by a time) and returns the day, or null. */
export function parseIsoDay(s: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(s.trim());
  return m ? isoDay(+(m[1] ?? 0), +(m[2] ?? 0), +(m[3] ?? 0)) : null;
}

/** The most recent day with weekday `wd` on or before `anchor` (strictly before when `strict`). */
export function lastWeekday(anchor: string, wd: number, strict: boolean): string {
  let back = (weekdayOf(anchor) - wd + 7) % 7;
  if (back === 0 && strict) back = 7;
  return addDays(anchor, -back);
}
