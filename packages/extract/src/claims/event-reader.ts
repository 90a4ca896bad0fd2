import type { ClaimEvent } from '@corroborate/core';
import type { Token } from '../text/tokenize';
import { EVENT_NOUNS, POST_EVENTS, POST_PHRASES, PRE_EVENTS, PRE_PHRASES } from './event-lexicon';
import { HEDGE_LINKERS, LINKERS, NEGATIONS } from './function-words';
import type { VictimItem } from './victim-phrase';
import { readItem, readVictimList } from './victim-phrase';

/** An event word found next to a group of victims. */
export interface EventHit {
  event: ClaimEvent;
  start: number;
  end: number;
  /** An auxiliary or adverb stood between victims and event ("were killed", not "killed"). */
  linked: boolean;
  negated: boolean;
  /** "feared killed", "reportedly killed". */
  hedged: boolean;
  /** A verb ("killed 16"), as opposed to a noun ("massacre of", "death toll"). */
  verb: boolean;
}

const word = (t: Token | undefined): string => (t && t.kind === 'word' ? t.norm : '');

const matchAt = (toks: readonly Token[], i: number, words: readonly string[]): boolean =>
  words.every((w, k) => word(toks[i + k]) === w);

const TOLL_VERBS = new Set([
  'rose',
  'rises',
  'risen',
  'climbed',
  'climbs',
  'reached',
  'reaches',
  'stands',
  'stood',
  'jumped',
  'jumps',
  'increased',
  'grew',
  'mounted',
  'hit',
  'hits',
]);
const AUX = new Set(['were', 'was', 'have', 'has', 'had', 'are', 'is']);
// Words that end the search for a delayed auxiliary: a new clause or verb starts there.
const STOPPERS = new Set([
  'who',
  'which',
  'when',
  'where',
  'that',
  'while',
  'as',
  'after',
  'and',
  'or',
  'but',
  'said',
  'says',
  'told',
]);

/** Skips "(…)", ", who …," and a place phrase that sits between victims and "were killed". */
function skipInterruption(toks: readonly Token[], k: number): number {
  const t = toks[k];
  if (t?.text === '(' || t?.text === '[') {
    const close = t.text === '(' ? ')' : ']';
    for (let j = k + 1; j < k + 16 && j < toks.length; j++) if (toks[j]?.text === close) return j + 1;
    return k;
  }
  // "villagers in Gwadale border community … were feared killed", "protesters loyal to … were killed".
  if (t?.kind === 'word' && !AUX.has(t.norm)) {
    let depth = 0;
    for (let j = k; j < k + 16 && j < toks.length; j++) {
      const u = toks[j];
      if (!u) return k;
      if (u.text === '(' || u.text === '[') depth++;
      else if (u.text === ')' || u.text === ']') depth = Math.max(0, depth - 1);
      else if (depth > 0) continue;
      else if (u.kind === 'punct' && u.text !== "'" && u.text !== '-') return k;
      else if (AUX.has(u.norm)) return j;
      else if (STOPPERS.has(u.norm) || PRE_EVENTS.has(u.norm) || POST_EVENTS.has(u.norm)) return k;
    }
  }
  return k;
}

/** Reads the event after a group of victims: "were reportedly killed", "dead", "lost their lives". */
export function readPostEvent(toks: readonly Token[], k: number): EventHit | null {
  const direct = readPostEventAt(toks, k);
  if (direct || toks[k]?.text !== ',') return direct;
  // ", all from the same family, were killed" / ", who …, was killed": one aside is skipped.
  for (let j = k + 1; j < k + 14 && j < toks.length; j++) {
    const t = toks[j];
    if (t?.text === ',') return readPostEventAt(toks, j + 1);
    if (t?.text === '.' || t?.text === ';') break;
  }
  return null;
}

function readPostEventAt(toks: readonly Token[], k: number): EventHit | null {
  let j = skipInterruption(toks, k);
  let linked = false;
  let negated = false;
  let hedged = false;
  for (let n = 0; n < 7; n++) {
    const w = word(toks[j]);
    if (NEGATIONS.has(w)) negated = true;
    else if (LINKERS.has(w) || (w.length > 4 && w.endsWith('ly'))) {
      if (HEDGE_LINKERS.has(w)) hedged = true;
      linked = true;
    } else break;
    j++;
  }
  for (const [words, event] of POST_PHRASES) {
    if (matchAt(toks, j, words))
      return { event, start: j, end: j + words.length, linked, negated, hedged, verb: true };
  }
  const event = POST_EVENTS.get(word(toks[j]));
  if (!event) return null;
  return { event, start: j, end: j + 1, linked, negated, hedged, verb: true };
}

/** Reads the event before a group: "killed", "shot dead", "massacre of", "death toll rose to". */
export function readPreEvent(toks: readonly Token[], s: number): EventHit | null {
  const none = { linked: false, negated: false, hedged: false, verb: true };
  const noun = { ...none, verb: false };
  // "wounded another 26", "killed a further 12": the verb stands before the extra word.
  const extra = word(toks[s - 1]);
  if (extra === 'another') s -= 1;
  else if ((extra === 'further' || extra === 'additional') && ['a', 'an'].includes(word(toks[s - 2]))) s -= 2;
  for (const [words, event] of PRE_PHRASES) {
    const at = s - words.length;
    if (at >= 0 && matchAt(toks, at, words)) return { event, start: at, end: s, ...none };
  }
  const prev = word(toks[s - 1]);
  const verb = PRE_EVENTS.get(prev);
  if (verb) {
    // "killed or injured about 53": the first verb names the event.
    const joined = word(toks[s - 2]);
    const earlier = PRE_EVENTS.get(word(toks[s - 3]));
    if ((joined === 'or' || joined === 'and') && earlier)
      return { event: earlier, start: s - 3, end: s, ...none };
    return { event: verb, start: s - 1, end: s, ...none };
  }
  if (prev === 'of') {
    const nounEvent = EVENT_NOUNS.get(word(toks[s - 2]));
    if (nounEvent) return { event: nounEvent, start: s - 2, end: s, ...noun };
  }
  // "the dead included six civilians", "among the dead were".
  if (['included', 'include', 'includes', 'were', 'are', 'was', 'numbered'].includes(prev)) {
    const subject = word(toks[s - 2]);
    if (['dead', 'killed', 'victims', 'fatalities'].includes(subject))
      return { event: 'killed', start: s - 2, end: s, ...noun };
  }
  // "the death toll rose to 20", "a toll of 12 dead", "the toll from Thursday's bombings has risen to 84".
  const reach = (prev === 'to' || prev === 'at') && TOLL_VERBS.has(word(toks[s - 2])) ? 20 : 5;
  for (let b = s - 1; b >= 0 && b >= s - reach; b--) {
    const t = toks[b];
    if (!t || t.text === '.' || t.text === ';') break;
    // "the number of dead rose to 45" reads like a toll.
    const numberOf =
      ['dead', 'deaths', 'fatalities', 'victims'].includes(t.norm) && word(toks[b - 1]) === 'of';
    if (numberOf && reach > 5) return { event: 'killed', start: b - 2 >= 0 ? b - 2 : b, end: s, ...noun };
    if (t.norm === 'toll') {
      const kind = word(toks[b - 1]) === 'injury' ? 'injured' : 'killed';
      return { event: kind, start: b - 1 >= 0 && word(toks[b - 1]) === 'death' ? b - 1 : b, end: s, ...noun };
    }
  }
  return null;
}

/** Subsets after a group: ", including four children," / ", eight of them civilians". */
export function readSubsets(toks: readonly Token[], e: number): { items: VictimItem[]; end: number } {
  let j = e;
  const comma = toks[j]?.text === ',';
  if (comma) j++;
  if (word(toks[j]) === 'including' || (word(toks[j]) === 'among' && word(toks[j + 1]) === 'them')) {
    j += word(toks[j]) === 'including' ? 1 : 2;
    const list = readVictimList(toks, j, { bareSingular: true });
    let end = list?.end ?? j;
    // An unreadable aside ("including women and children,") is still skipped up to its comma.
    if (comma) {
      for (let k = end; k < j + 14 && k < toks.length; k++) {
        if (toks[k]?.text === ',') {
          end = k + 1;
          break;
        }
        if (toks[k]?.text === '.' || toks[k]?.text === ';') break;
      }
    }
    return { items: list?.items ?? [], end };
  }
  if (comma) {
    const part = readItem(toks, j);
    if (part?.partitive) {
      let end = part.end;
      if (toks[end]?.text === ',') end++;
      return { items: [part], end };
    }
  }
  return { items: [], end: e };
}
