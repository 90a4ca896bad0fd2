const UNITS: [unit: string, ms: number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "2 hours 5 minutes ago" (two largest units), "just now" under a minute; future times read as now. */
export const relativeTime = (at: Date, now: Date): string => {
  let left = Math.max(0, now.getTime() - at.getTime());
  const parts: string[] = [];
  for (const [unit, ms] of UNITS) {
    const n = Math.floor(left / ms);
    if (n > 0 && parts.length < 2) parts.push(`${n} ${unit}${n === 1 ? '' : 's'}`);
    if (parts.length > 0 && n === 0) break;
    left -= n * ms;
  }
  return parts.length === 0 ? 'just now' : `${parts.join(' ')} ago`;
};

/** Full UTC time for the hover title; the browser's own zone needs script, which we do not require. */
export const absoluteTime = (at: Date): string =>
  at
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, ' UTC');
