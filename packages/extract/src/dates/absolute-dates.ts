import type { Token } from '../text/tokenize';
import { MONTHS } from './calendar-words';
import { daysInMonth, isoDay } from './day-math';

/** A resolved day or period read from tokens [start, end). */
export interface DateRead {
  start: number;
  end: number;
  value?: string;
  from?: string;
  to?: string;
}

const isYear = (t: Token | undefined): t is Token & { value: number } =>
  t !== undefined &&
  t.kind === 'num' &&
  !t.ordinal &&
  /^\d{4}$/.test(t.text) &&
  (t.value ?? 0) >= 1900 &&
  (t.value ?? 0) <= 2099;

const dayNumber = (t: Token | undefined): number | null =>
  t && t.kind === 'num' && t.value !== undefined && Number.isInteger(t.value) && t.value >= 1 && t.value <= 31
    ? t.value
    : null;

/** Month number of a token, if it is a month name ("May"/"March" only capitalised). */
export function monthOf(t: Token | undefined): number | null {
  if (!t || t.kind !== 'word') return null;
  const m = MONTHS.get(t.norm);
  if (m === undefined) return null;
  if ((t.norm === 'may' || t.norm === 'march' || t.norm === 'mar') && !t.cap) return null;
  return m;
}

/** A month-day without a year takes the latest such day on or before the anchor (never the future). */
function dayWithoutYear(m: number, d: number, anchor: string | null): string | null {
  if (!anchor) return null;
  const y = +anchor.slice(0, 4);
  const same = isoDay(y, m, d);
  if (same && same <= anchor) return same;
  return isoDay(y - 1, m, d);
}

const twoDigitYear = (n: number): number => (n < 100 ? (n < 50 ? 2000 + n : 1900 + n) : n);

/** "16/06/14" (day first unless that is impossible), "2014-06-16", "16.06.2014". */
function readNumeric(toks: readonly Token[], i: number): DateRead | null {
  const [a, s1, b, s2, c] = [toks[i], toks[i + 1], toks[i + 2], toks[i + 3], toks[i + 4]];
  if (!a || !b || !c || a.kind !== 'num' || b.kind !== 'num' || c.kind !== 'num') return null;
  if (!s1 || !s2 || s1.text !== s2.text || !['/', '-', '.'].includes(s1.text)) return null;
  if (s1.start !== a.end || b.start !== s1.end || s2.start !== b.end || c.start !== s2.end) return null;
  const [va, vb, vc] = [a.value ?? 0, b.value ?? 0, c.value ?? 0];
  let value: string | null;
  if (a.text.length === 4) value = isoDay(va, vb, vc);
  else if (va <= 12 && vb > 12) value = isoDay(twoDigitYear(vc), va, vb);
  else value = isoDay(twoDigitYear(vc), vb, va);
  return value ? { start: i, end: i + 5, value } : null;
}

/** "June 12", "June 10th", "Oct. 20, 2016", "June 2014" (a month period). */
function readMonthFirst(toks: readonly Token[], i: number, anchor: string | null): DateRead | null {
  const m = monthOf(toks[i]);
  if (m === null) return null;
  let j = i + 1;
  if (toks[j]?.text === '.') j++;
  const d = dayNumber(toks[j]);
  if (d !== null && !isYear(toks[j])) {
    let end = j + 1;
    let y: number | null = null;
    if (toks[end]?.text === ',' && isYear(toks[end + 1])) {
      y = toks[end + 1]?.value ?? null;
      end += 2;
    } else if (isYear(toks[end])) {
      y = toks[end]?.value ?? null;
      end += 1;
    }
    const value = y !== null ? isoDay(y, m, d) : dayWithoutYear(m, d, anchor);
    return value ? { start: i, end, value } : null;
  }
  if (toks[j]?.text === ',' && isYear(toks[j + 1])) j++;
  const yt = toks[j];
  if (isYear(yt)) {
    const y = yt.value;
    return { start: i, end: j + 1, from: isoDay(y, m, 1) ?? '', to: isoDay(y, m, daysInMonth(y, m)) ?? '' };
  }
  return null;
}

/** "12 June", "1st of June 2017". */
function readDayFirst(toks: readonly Token[], i: number, anchor: string | null): DateRead | null {
  const d = dayNumber(toks[i]);
  if (d === null || isYear(toks[i])) return null;
  let j = i + 1;
  if (toks[j]?.norm === 'of') j++;
  const m = monthOf(toks[j]);
  if (m === null) return null;
  let end = j + 1;
  if (toks[end]?.text === '.') end++;
  if (toks[end]?.text === ',' && isYear(toks[end + 1])) end++;
  const yt = toks[end];
  if (isYear(yt)) {
    const value = isoDay(yt.value, m, d);
    return value ? { start: i, end: end + 1, value } : null;
  }
  const value = dayWithoutYear(m, d, anchor);
  return value ? { start: i, end: j + 1, value } : null;
}

const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'during',
  'until',
  'by',
  'of',
  'from',
  'early',
  'late',
  'mid',
]);

/** "in 2003" → the whole year. */
function readYear(toks: readonly Token[], i: number): DateRead | null {
  const t = toks[i];
  if (!isYear(t) || !YEAR_PREPOSITIONS.has(toks[i - 1]?.norm ?? '')) return null;
  return { start: i, end: i + 1, from: `${t.text}-01-01`, to: `${t.text}-12-31` };
}

/** Reads an absolute date at token `i`: numeric, month-first, day-first or a bare year. */
export function readAbsoluteDate(toks: readonly Token[], i: number, anchor: string | null): DateRead | null {
  return (
    readNumeric(toks, i) ??
    readMonthFirst(toks, i, anchor) ??
    readDayFirst(toks, i, anchor) ??
    readYear(toks, i)
  );
}
