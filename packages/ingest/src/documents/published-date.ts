const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const HAS_ZONE = /(?:\b(?:GMT|UTC|UT|Z)\b|[+-]\d{2}:?\d{2}\s*$)/i;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

/**
 * Reads a publication date as publishers write it (ISO 8601, RFC 2822, "June 12, 2014").
 * A time without a zone is taken as UTC, never the process zone, so results do not depend on TZ.
 * Returns null when the value is not a plausible date.
 */
export const parsePublishedDate = (value: string | null | undefined): Date | null => {
  const s = value?.trim();
  if (!s) return null;
  const iso = ISO.exec(s);
  const date = iso ? fromIso(iso) : fromFreeText(s);
  if (!date || Number.isNaN(date.getTime())) return null;
  const year = date.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? date : null;
};

const fromIso = (m: RegExpExecArray): Date | null => {
  const [, y, mo, d, h = '00', mi = '00', sec = '00', frac = '', zone = 'Z'] = m;
  const ms = Number(frac.slice(0, 3).padEnd(3, '0'));
  // Date.UTC maps years 0-99 to 1900-1999; out-of-range years are refused later anyway.
  if (Number(y) < MIN_YEAR) return null;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec), ms);
  const check = new Date(utc);
  // Date.UTC rolls 2014-02-31 over to March: refuse instead.
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  return new Date(utc - zoneOffsetMinutes(zone) * 60_000);
};

const zoneOffsetMinutes = (zone: string): number => {
  if (zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0');
  return zone.startsWith('-') ? -minutes : minutes;
};

const fromFreeText = (s: string): Date | null => {
  if (!/[a-z]/i.test(s) || !/\d{4}/.test(s)) return null;
  const ms = Date.parse(HAS_ZONE.test(s) ? s : `${s} UTC`);
  return Number.isNaN(ms) ? null : new Date(ms);
};
