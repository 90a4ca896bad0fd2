import type { Token } from '../text/tokenize';
import type { DateRead } from './absolute-dates';
import { readAbsoluteDate } from './absolute-dates';
import { DAY_PARTS, WEEKDAYS } from './calendar-words';
import { addDays, daysInMonth, lastWeekday, partsOf, isoDay } from './day-math';
import { parseNumber } from '../numbers/parse-number';

const day = (start: number, end: number, value: string): DateRead => ({ start, end, value });
const period = (start: number, end: number, from: string, to: string): DateRead => ({ start, end, from, to });

const at = (toks: readonly Token[], i: number): string => toks[i]?.norm ?? '';

/**
 * A weekday resolves to the most recent such day on or before the anchor: "on Monday" in a text
 * published on a Monday is that day; "last Monday" is strictly before it. "next Monday" (the
 * future) is not resolved.
 */
function readWeekday(toks: readonly Token[], i: number, anchor: string): DateRead | null {
  const wd = WEEKDAYS.get(at(toks, i));
  if (wd === undefined) return null;
  const before = at(toks, i - 1);
  if (before === 'next' || before === 'coming') return null;
  const strict = before === 'last' || before === 'past' || before === 'previous';
  // "late on Tuesday": the time of day joins the date's words (the summary reads "late").
  const lateOn = before === 'on' && (at(toks, i - 2) === 'late' || at(toks, i - 2) === 'early');
  const start = lateOn
    ? i - 2
    : strict || before === 'late' || before === 'early' || before === 'this'
      ? i - 1
      : i;
  let end = i + 1;
  if (DAY_PARTS.has(at(toks, end))) end++;
  // "Saturday, June 14, 2014": the explicit date wins; the weekday joins its text.
  if (toks[end]?.text === ',') {
    const abs = readAbsoluteDate(toks, end + 1, anchor);
    if (abs?.value) return day(start, abs.end, abs.value);
  }
  const abs = readAbsoluteDate(toks, end, anchor);
  if (abs?.value && abs.start === end) return day(start, abs.end, abs.value);
  return day(start, end, lastWeekday(anchor, wd, strict));
}

const UNIT_DAYS: Record<string, number> = { day: 1, days: 1, week: 7, weeks: 7 };

/** "two days ago", "a week ago". */
function readAgo(toks: readonly Token[], i: number, anchor: string): DateRead | null {
  const num = at(toks, i) === 'a' || at(toks, i) === 'one' ? { value: 1, end: i + 1 } : parseNumber(toks, i);
  if (!num) return null;
  const unit = UNIT_DAYS[at(toks, num.end)];
  if (unit === undefined || at(toks, num.end + 1) !== 'ago') return null;
  return day(i, num.end + 2, addDays(anchor, -num.value * unit));
}

/** "the past week" (7 days back), "last week", "the past two days" (yesterday and today), "this week". */
function readRecentPeriod(toks: readonly Token[], i: number, anchor: string): DateRead | null {
  const w = at(toks, i);
  if (w !== 'past' && w !== 'last' && w !== 'previous' && w !== 'this') return null;
  const start = at(toks, i - 1) === 'the' ? i - 1 : i;
  const next = at(toks, i + 1);
  if (next === 'week' && w !== 'this') return period(start, i + 2, addDays(anchor, -7), anchor);
  if (next === 'week') return period(start, i + 2, lastWeekday(anchor, 1, false), anchor);
  if (next === 'weekend') return readWeekend(i, i + 2, anchor);
  const { y, m } = partsOf(anchor);
  if (next === 'month' && w === 'this') return period(start, i + 2, isoDay(y, m, 1) ?? anchor, anchor);
  if (next === 'month') {
    const [py, pm] = m === 1 ? [y - 1, 12] : [y, m - 1];
    return period(start, i + 2, isoDay(py, pm, 1) ?? anchor, isoDay(py, pm, daysInMonth(py, pm)) ?? anchor);
  }
  if (next === 'year' && w === 'this') return period(start, i + 2, `${y}-01-01`, anchor);
  if (next === 'year') return period(start, i + 2, `${y - 1}-01-01`, `${y - 1}-12-31`);
  if (w === 'this') return null;
  const num = parseNumber(toks, i + 1);
  if (!num) return null;
  const unit = UNIT_DAYS[at(toks, num.end)];
  if (unit === undefined || num.value > 366) return null;
  // "the past two days": two calendar days ending with publication (yesterday and today);
  // "the past two weeks" goes back 14 days, as "the past week" goes back 7.
  const back = unit === 1 ? num.value - 1 : num.value * unit;
  return period(start, num.end + 1, addDays(anchor, -back), anchor);
}

/** The most recent Saturday–Sunday on or before the anchor. */
function readWeekend(start: number, end: number, anchor: string): DateRead {
  const sat = lastWeekday(anchor, 6, false);
  const sun = addDays(sat, 1);
  return period(start, end, sat, sun <= anchor ? sun : anchor);
}

/** Reads a date relative to the anchor (publication day) at token `i`. */
export function readRelativeDate(toks: readonly Token[], i: number, anchor: string): DateRead | null {
  const w = at(toks, i);
  switch (w) {
    case 'yesterday':
      return day(i, i + 1, addDays(anchor, -1));
    case 'today':
    case 'tonight':
      return day(i, i + 1, anchor);
    case 'weekend':
      return ['over', 'at', 'the'].includes(at(toks, i - 1)) ? readWeekend(i - 1, i + 1, anchor) : null;
    case 'the':
      if (at(toks, i + 1) === 'day' && at(toks, i + 2) === 'before' && at(toks, i + 3) === 'yesterday')
        return day(i, i + 4, addDays(anchor, -2));
      return null;
    case 'last':
      if (at(toks, i + 1) === 'night') return day(i, i + 2, addDays(anchor, -1));
      break;
    case 'this':
      if (DAY_PARTS.has(at(toks, i + 1))) return day(i, i + 2, anchor);
      break;
    default:
  }
  return readWeekday(toks, i, anchor) ?? readAgo(toks, i, anchor) ?? readRecentPeriod(toks, i, anchor);
}
