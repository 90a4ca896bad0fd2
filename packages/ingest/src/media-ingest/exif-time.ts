// EXIF writes local time as "YYYY:MM:DD HH:MM:SS" and, since EXIF 2.31, the zone apart in
// OffsetTime* ("+03:00"). XMP writes ISO 8601 with the zone inline.
const EXIF_TIME = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d+)?/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const OFFSET = /^(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)$/;

const plausible = (y: string, mo: string, d: string, h: string, mi: string, s: string): boolean =>
  Number(y) >= 1826 && // the oldest surviving photograph
  Number(mo) >= 1 &&
  Number(mo) <= 12 &&
  Number(d) >= 1 &&
  Number(d) <= 31 &&
  Number(h) <= 23 &&
  Number(mi) <= 59 &&
  Number(s) <= 60;

/**
 * A capture time as written in the file, with its offset when known: "2014-06-12T14:30:05+03:00",
 * or "2014-06-12T14:30:05" when the file gives no zone (it is then the camera's local time, which
 * must not be read as UTC or as the server's zone). Null for blanks ("0000:00:00 00:00:00") and junk.
 */
export const captureTime = (value: unknown, offset?: unknown): string | null => {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  const exif = EXIF_TIME.exec(text);
  if (exif) {
    const [, y, mo, d, h, mi, s, frac = ''] = exif as unknown as string[];
    if (!plausible(y!, mo!, d!, h!, mi!, s!)) return null;
    const zone = typeof offset === 'string' && OFFSET.test(offset.trim()) ? offset.trim() : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${zone}`;
  }
  const iso = ISO_TIME.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s = '00', frac = '', zone = ''] = iso as unknown as (string | undefined)[];
    if (!plausible(y!, mo!, d!, h!, mi!, s)) return null;
    const z = zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
    return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${z}`;
  }
  return null;
};
