import type { VictimType } from '@corroborate/core';
import { readQuantity } from '../numbers/quantity';
import type { Token } from '../text/tokenize';
import { POST_EVENTS, PRE_EVENTS } from './event-lexicon';
import { POSSESSIVES, SINGULAR_DETERMINERS, STOP_WORDS } from './function-words';
import { RELATIONAL, personNoun, victimType } from './victim-lexicon';

/** One group of victims with its count: "at least 15 civilians", "a soldier", "her two children". */
export interface VictimItem {
  min: number;
  max: number | null;
  approx: boolean;
  vague: string | null;
  /** Token range of the whole group, and of its count words. */
  start: number;
  end: number;
  countStart: number;
  countEnd: number;
  /** Head noun token, or null for a bare figure ("20 were killed"). */
  head: number | null;
  type: VictimType;
  /** The head noun is literally "civilians" (the atrocity count the summary prefers). */
  civilian: boolean;
  /** "eight of them": a part of a group named elsewhere. */
  partitive: boolean;
  /** The count came from figures or vague words, not from a determiner ("a soldier"). */
  counted: boolean;
}

/** Options for what may count as a group. */
export interface ItemOptions {
  /** Object of an active event verb: "him", "her" and "Iraqi activist Ahmed …" count one victim. */
  afterVerb?: boolean;
  /** "any civilians" as an open count (only under a denial). */
  any?: boolean;
  /** A singular person noun with no determiner ("including Taliban commander"). */
  bareSingular?: boolean;
}

const word = (t: Token | undefined): string => (t && t.kind === 'word' ? t.norm : '');

const PP_STOP = new Set([
  'in',
  'on',
  'at',
  'near',
  'from',
  'by',
  'with',
  'during',
  'after',
  'before',
  'for',
  'when',
  'while',
  'who',
  'which',
  'that',
  'as',
  'were',
  'was',
  'have',
  'has',
  'had',
  'is',
  'are',
  'including',
]);

/** Extends "members" over "of two families" up to a stop word or clause punctuation. */
function ofComplementEnd(toks: readonly Token[], k: number): number {
  let j = k + 1;
  let depth = 0;
  for (; j < toks.length && j < k + 12; j++) {
    const t = toks[j];
    if (!t) break;
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.kind === 'punct' && t.text !== "'") break;
    else if (depth === 0 && (PP_STOP.has(t.norm) || POST_EVENTS.has(t.norm) || PRE_EVENTS.has(t.norm))) break;
  }
  return j;
}

/** A person noun within the next three words ("displaced Iraqis", "kidnapped female aid worker"). */
function personAhead(toks: readonly Token[], k: number): boolean {
  for (let m = k; m < k + 3; m++) {
    const t = toks[m];
    if (!t || t.kind !== 'word' || STOP_WORDS.has(t.norm)) return false;
    if (personNoun(t.norm, t.text)) return true;
  }
  return false;
}

/** A victims noun phrase from token k: its head and end, 'bare' when none is needed, null when not people. */
export function readNounPhrase(
  toks: readonly Token[],
  k: number,
): { head: number; end: number } | 'bare' | null {
  const first = toks[k];
  if (!first || (first.kind === 'punct' && first.text !== '(')) return 'bare';
  if (first.kind === 'word' && STOP_WORDS.has(first.norm)) return 'bare';
  // "12 displaced Iraqis", "five dead bodies": an event word used as a modifier of people.
  if (first.kind === 'word' && POST_EVENTS.has(first.norm) && !personAhead(toks, k + 1)) return 'bare';
  for (let m = k; m < k + 6; m++) {
    const t = toks[m];
    if (!t || t.kind !== 'word') return null;
    // An event word is a modifier only when people follow ("displaced Iraqis"); else the phrase ends.
    if (POST_EVENTS.has(t.norm) || PRE_EVENTS.has(t.norm)) {
      if (personAhead(toks, m + 1)) continue;
      return null;
    }
    if (personNoun(t.norm, t.text)) {
      let head = m;
      for (;;) {
        const next = toks[head + 1];
        if (next?.kind === 'word' && personNoun(next.norm, next.text) && !STOP_WORDS.has(next.norm)) head++;
        else if (word(next) === 'or' && personNoun(word(toks[head + 2]), toks[head + 2]?.text)) head += 2;
        else break;
      }
      const headWord = toks[head]?.norm ?? '';
      let end =
        RELATIONAL.has(headWord) && word(toks[head + 1]) === 'of'
          ? ofComplementEnd(toks, head + 1)
          : head + 1;
      // "12 displaced Iraqis and members of the PMF": an uncounted group joins the phrase, not the count.
      if (word(toks[end]) === 'and' && !readQuantity(toks, end + 1)) {
        const more = readNounPhrase(toks, end + 1);
        // Only a plain group joins: not "and injured three others" (an event and a count).
        let plain = more !== null && more !== 'bare' && more.head <= end + 4;
        for (let k = end + 1; plain && more && more !== 'bare' && k <= more.head; k++) {
          const t = toks[k];
          plain =
            t?.kind === 'word' &&
            !POST_EVENTS.has(t.norm) &&
            !PRE_EVENTS.has(t.norm) &&
            !readQuantity(toks, k);
        }
        if (plain && more && more !== 'bare') end = more.end;
      }
      return { head, end };
    }
    if (STOP_WORDS.has(t.norm)) return null;
  }
  return null;
}

function makeItem(
  toks: readonly Token[],
  q: Pick<VictimItem, 'min' | 'max' | 'approx' | 'vague'>,
  start: number,
  countStart: number,
  countEnd: number,
  np: { head: number; end: number } | 'bare',
  partitive: boolean,
): VictimItem {
  const head = np === 'bare' ? null : np.head;
  const end = np === 'bare' ? countEnd : np.end;
  const headTok = head === null ? undefined : toks[head];
  const noun = headTok ? personNoun(headTok.norm, headTok.text) : null;
  const phrase = toks
    .slice(countEnd, end)
    .map((t) => t.text)
    .join(' ');
  return {
    ...q,
    start,
    end,
    countStart,
    countEnd,
    head,
    type: noun ? victimType(noun.type, phrase) : 'people',
    civilian: /^(?:civilians?|noncombatants?|non-combatants?)$/.test(headTok?.norm ?? ''),
    partitive,
    counted: true,
  };
}

/** "at least 15 civilians", "dozens of captives", "eight of them", "20" (bare). */
export function readCountedItem(
  toks: readonly Token[],
  i: number,
  opts: ItemOptions = {},
): VictimItem | null {
  let q = readQuantity(toks, i);
  if (!q && opts.any && word(toks[i]) === 'any')
    q = { min: 1, max: null, approx: true, vague: 'any', start: i, end: i + 1 };
  if (!q || q.min <= 0) return null;
  if (toks[q.start]?.ordinal) return null;
  // "no one was killed", "not one person": a negated count is no claim.
  const before = word(toks[i - 1]);
  if (before === 'no' || before === 'not' || before === 'none') return null;
  let k = q.end;
  let partitive = false;
  if (word(toks[k]) === 'of') {
    const next = word(toks[k + 1]);
    if (['them', 'whom', 'those', 'these', 'us'].includes(next)) {
      partitive = true;
      k += 2;
      if (word(toks[k]) === 'were' || word(toks[k]) === 'being') k++;
    } else if (q.vague) k += 1;
    else if (['the', 'their', 'his', 'her'].includes(next)) {
      partitive = true;
      k += 2;
    }
  }
  const np = readNounPhrase(toks, k);
  if (np === null) {
    if (!partitive) return null;
    return makeItem(toks, q, i, q.start, q.end, 'bare', true);
  }
  return makeItem(toks, q, i, q.start, partitive && np === 'bare' ? k : q.end, np, partitive);
}

/** "a ranger", "the village chief", "one of the leaders", "her two children", "him". */
export function readSingularItem(
  toks: readonly Token[],
  i: number,
  opts: ItemOptions = {},
): VictimItem | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  const one = { min: 1, max: 1, approx: false, vague: null };
  if (opts.afterVerb && (t.norm === 'him' || (t.norm === 'her' && toks[i + 1]?.kind !== 'word')))
    return {
      ...one,
      start: i,
      end: i + 1,
      countStart: i,
      countEnd: i + 1,
      head: i,
      type: 'people',
      civilian: false,
      partitive: false,
      counted: false,
    };
  if (t.norm === 'one' && word(toks[i + 1]) === 'of') {
    const det = SINGULAR_DETERMINERS.has(word(toks[i + 2])) ? i + 3 : i + 2;
    const np = readNounPhrase(toks, det);
    return np && np !== 'bare' ? { ...makeItem(toks, one, i, i, i + 1, np, false), counted: false } : null;
  }
  if (POSSESSIVES.has(t.norm)) {
    const counted = readCountedItem(toks, i + 1, opts);
    if (counted?.head != null) return { ...counted, start: i };
  }
  const hasDet = SINGULAR_DETERMINERS.has(t.norm);
  if (!hasDet && !opts.bareSingular && !(t.cap && opts.afterVerb)) return null;
  const from = hasDet ? i + 1 : i;
  const np = readNounPhrase(toks, from);
  if (!np || np === 'bare' || np.head > from + 3) return null;
  const headTok = toks[np.head];
  const noun = headTok ? personNoun(headTok.norm, headTok.text) : null;
  if (!noun) return null;
  if (headTok?.norm === 'couple')
    return { ...makeItem(toks, { ...one, min: 2, max: 2 }, i, i, i + 1, np, false), counted: false };
  if (noun.plural) return null;
  return { ...makeItem(toks, one, i, i, from, np, false), counted: false };
}

/** The event word used as a modifier inside a group ("dead" in "five dead bodies"), if any. */
function modifierEvent(toks: readonly Token[], it: VictimItem): string | null {
  for (let k = it.countEnd; it.head !== null && k < it.head; k++) {
    const e = POST_EVENTS.get(word(toks[k]));
    if (e) return e;
  }
  return null;
}

/** Reads one group, counted or singular. */
export const readItem = (toks: readonly Token[], i: number, opts: ItemOptions = {}): VictimItem | null =>
  readCountedItem(toks, i, opts) ?? readSingularItem(toks, i, opts);

const MODIFIER_STOPS = new Set([
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'who',
  'which',
  'that',
  'when',
  'while',
  'as',
  'said',
  'and',
  'or',
  'but',
]);

/**
 * "a tribal elder allied to eastern security forces and five other people": a short phrase after
 * a group is skipped when "and" and a counted group follow it. Returns where to look for a joiner.
 */
function skipModifier(toks: readonly Token[], end: number): number {
  for (let j = end; j < end + 7 && j < toks.length; j++) {
    const t = toks[j];
    if (!t || t.kind !== 'word') return end;
    if (t.norm === 'and') {
      const next = j > end ? readCountedItem(toks, j + 1) : null;
      // …unless that group has its own verb ("and two civilians were wounded").
      const after = word(toks[next?.end ?? 0]);
      return next && next.head !== null && !POST_EVENTS.has(after) && !MODIFIER_STOPS.has(after) ? j : end;
    }
    if (MODIFIER_STOPS.has(t.norm) || POST_EVENTS.has(t.norm) || PRE_EVENTS.has(t.norm)) return end;
  }
  return end;
}

/** Reads groups joined by "and", commas or "as well as": their counts add up to one claim. */
export function readVictimList(
  toks: readonly Token[],
  i: number,
  opts: ItemOptions = {},
): { items: VictimItem[]; end: number } | null {
  const first = readItem(toks, i, opts);
  if (!first) return null;
  const items = [first];
  let end = first.end;
  for (;;) {
    let j = skipModifier(toks, end);
    let bareComma = false;
    if (toks[j]?.text === ',' && word(toks[j + 1]) === 'and') j += 2;
    else if (word(toks[j]) === 'and') j += 1;
    else if (toks[j]?.text === ',') {
      j += 1;
      bareComma = true;
    } else if (word(toks[j]) === 'as' && word(toks[j + 1]) === 'well' && word(toks[j + 2]) === 'as') j += 3;
    else break;
    const next = readItem(toks, j, { ...opts, bareSingular: false });
    if (!next || next.partitive) break;
    // "five dead bodies and 85 injured individuals": two events, not one sum.
    if (modifierEvent(toks, next) !== modifierEvent(toks, first)) break;
    // "A, B and C" is a series; "at least 63, a government spokesman said" is not.
    if (bareComma && toks[next.end]?.text !== ',' && word(toks[next.end]) !== 'and') break;
    items.push(next);
    end = next.end;
  }
  return { items, end };
}
