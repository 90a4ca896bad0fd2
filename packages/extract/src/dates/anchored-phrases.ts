import type { Token } from '../text/tokenize';
import type { DateRead } from './absolute-dates';
import { addDays } from './day-math';

const at = (toks: readonly Token[], i: number): string => toks[i]?.norm ?? '';
const ENDS = new Set(['.', ',', ';', ':', ')', '']);

/**
 * "the previous day", "a day earlier", "the day before" (at a clause end: not "the day before the
 * vote"): tokens [i, end) of a phrase meaning one day before some other day, or -1.
 */
export function dayBeforePhraseEnd(toks: readonly Token[], i: number): number {
  const w = at(toks, i);
  if (w !== 'the' && w !== 'a') return -1;
  if (w === 'the' && at(toks, i + 1) === 'previous' && at(toks, i + 2) === 'day') return i + 3;
  if (at(toks, i + 1) !== 'day') return -1;
  if (at(toks, i + 2) === 'earlier') return i + 3;
  if (w === 'the' && at(toks, i + 2) === 'before' && ENDS.has(at(toks, i + 3))) return i + 3;
  return -1;
}

/**
 * Resolves "the previous day" against the last single day read before it in the sentence ("police
 * said on Sunday that … killed the previous day" → Saturday), else against the anchor.
 */
export function readDayBefore(
  toks: readonly Token[],
  i: number,
  earlier: readonly DateRead[],
  anchor: string | null,
): DateRead | null {
  const end = dayBeforePhraseEnd(toks, i);
  if (end < 0) return null;
  const base = [...earlier].reverse().find((r) => r.value)?.value ?? anchor;
  return base ? { start: i, end, value: addDays(base, -1) } : null;
}

/** "since Monday", "since June 5": the period from that day to the anchor (a campaign's start). */
export function sincePeriod(toks: readonly Token[], r: DateRead, anchor: string | null): DateRead {
  const from = r.value ?? r.from;
  if (at(toks, r.start - 1) !== 'since' || !anchor || !from || from > anchor) return r;
  return { start: r.start - 1, end: r.end, from, to: anchor };
}
