/**
 * `local` (a wall-clock time without zone, "2014-06-14T12:00:00") written with the UTC offset that
 * makes it the instant `at` ("2014-06-14T12:00:00+03:00").
 */
export function isoWithOffset(local: string, at: Date): string {
  const asUtc = Date.parse(`${local}Z`);
  if (Number.isNaN(asUtc)) return `${local} (unreadable time)`;
  const minutes = Math.round((asUtc - at.getTime()) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** X's `created_at` ("Sat Jun 14 12:00:00 +0000 2014") as ISO 8601 with its offset, or null. */
export function twitterTime(text: string): string | null {
  const m = /^\w{3} (\w{3}) (\d{2}) (\d{2}:\d{2}:\d{2}) ([+-]\d{2})(\d{2}) (\d{4})$/.exec(text);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1] ?? '') + 1;
  if (month === 0) return null;
  return `${m[6]}-${String(month).padStart(2, '0')}-${m[2]}T${m[3]}${m[4]}:${m[5]}`;
}
