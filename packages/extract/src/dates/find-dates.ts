import type { Span } from '@corroborate/core';
import type { Token } from '../text/tokenize';
import type { DateRead } from './absolute-dates';
import { readAbsoluteDate } from './absolute-dates';
import { SPEECH_VERBS } from './calendar-words';
import { readRelativeDate } from './relative-dates';
import { readDayBefore, sincePeriod } from './anchored-phrases';

/** A date mention: a single day (`value`) or a period (`from`, `to`), with its words. */
export interface DateMention {
  text: string;
  span: Span;
  value?: string;
  from?: string;
  to?: string;
}

/** A date mention with what the claim reader needs to know about it. */
export interface FoundDate extends DateMention {
  /** Dates the report ("police said on Sunday") rather than the event. */
  reporting: boolean;
  /** Dates something else named right after it ("the 12 May parliamentary elections"). */
  attributive: boolean;
}

// Nouns a date can modify that are not violent events: such a date does not date a claim.
const NON_EVENT_NOUNS = new Set([
  'elections',
  'election',
  'parliamentary',
  'presidential',
  'general',
  'municipal',
  'local',
  'vote',
  'polls',
  'referendum',
  'ceasefire',
  'truce',
  'deadline',
  'agreement',
  'deal',
  'accord',
  'meeting',
  'summit',
  'talks',
  'celebrations',
  'anniversary',
  'holiday',
  'festival',
  'rally',
  'protest',
  'protests',
  'speech',
  'statement',
  'report',
  'briefing',
  'decree',
  'law',
  'coup',
  'revolution',
  'uprising',
]);

// Cheap gate before the token matchers: a sentence without one of these holds no date.
const DATE_HINT =
  /\d|day|yesterday|tonight|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|night|morning/i;

/** True when the text may contain a date (a cheap pre-filter). */
export const mayHoldDate = (s: string): boolean => DATE_HINT.test(s);

const RANGE_JOINERS = new Set(['to', 'until', 'till', 'through', '-', '–', 'and']);

/** "said on Sunday", "told AFP on Wednesday", "on Tuesday accused": the date of the saying. */
function isReporting(toks: readonly Token[], r: DateRead): boolean {
  let b = r.start - 1;
  if (['on', 'late', 'early', 'since'].includes(toks[b]?.norm ?? '')) b--;
  // "said on Sunday", "told AFP on Wednesday", "told Shafaq news website on 21 June".
  for (let k = b; k >= 0 && k > b - 5; k--) {
    const t = toks[k];
    if (!t || t.kind !== 'word') break;
    if (SPEECH_VERBS.has(t.norm)) return k === b || t.norm === 'told';
  }
  const after = toks[r.end];
  return after !== undefined && SPEECH_VERBS.has(after.norm) && after.norm !== 'confirmed';
}

/** Joins "from December 16, 2019 to January 9, 2020" into one period. */
function mergeRanges(toks: readonly Token[], reads: DateRead[]): DateRead[] {
  const out: DateRead[] = [];
  for (const r of reads) {
    const prev = out[out.length - 1];
    const joiner = prev && r.start === prev.end + 1 ? toks[prev.end]?.norm : undefined;
    const opener = prev ? toks[prev.start - 1]?.norm : undefined;
    if (prev && joiner && RANGE_JOINERS.has(joiner) && (joiner !== 'and' || opener === 'between')) {
      const from = prev.value ?? prev.from;
      const to = r.value ?? r.to;
      if (from && to && from <= to) {
        out[out.length - 1] = { start: prev.start, end: r.end, from, to };
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/** Finds the date mentions in one sentence's tokens. Relative dates need an anchor day. */
export function findDatesInTokens(text: string, toks: readonly Token[], anchor: string | null): FoundDate[] {
  const reads: DateRead[] = [];
  for (let i = 0; i < toks.length;) {
    const r =
      readDayBefore(toks, i, reads, anchor) ??
      readAbsoluteDate(toks, i, anchor) ??
      (anchor ? readRelativeDate(toks, i, anchor) : null);
    if (r && (r.value || (r.from && r.to))) {
      reads.push(sincePeriod(toks, r, anchor));
      i = Math.max(r.end, i + 1);
    } else i++;
  }
  return mergeRanges(toks, reads).map((r) => {
    const first = toks[r.start];
    const last = toks[r.end - 1];
    const span: Span = [first?.start ?? 0, last?.end ?? 0];
    const m: FoundDate = {
      text: text.slice(span[0], span[1]),
      span,
      reporting: isReporting(toks, r),
      attributive: NON_EVENT_NOUNS.has(toks[r.end]?.norm ?? ''),
    };
    if (r.value) m.value = r.value;
    else {
      m.from = r.from;
      m.to = r.to;
    }
    return m;
  });
}
