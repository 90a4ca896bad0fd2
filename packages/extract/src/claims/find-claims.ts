import type { ClaimEvent } from '@corroborate/core';
import type { Token } from '../text/tokenize';
import type { EventHit } from './event-reader';
import { readPostEvent, readPreEvent, readSubsets } from './event-reader';
import { EVENT_HEADS, POST_EVENTS } from './event-lexicon';
import { readSingularPassive } from './singular-passive';
import type { VictimItem } from './victim-phrase';
import { readItem, readVictimList } from './victim-phrase';
import { personNoun } from './victim-lexicon';

/** A casualty statement found in one sentence, as token ranges (context is added later). */
export interface RawClaim {
  event: ClaimEvent;
  items: VictimItem[];
  subsets: VictimItem[];
  /** Token range of the claim's words. */
  start: number;
  end: number;
  /** The event words; null when the event came from the head noun or the previous sentence. */
  hit: EventHit | null;
  /** The event verb stands before the victims (active voice): its subject is the perpetrator. */
  active: boolean;
  /** Token range of the victims' words when they are not after the count ("the men – more than 30 –"). */
  victimsRange: [number, number] | null;
}

/** What the sentence reader needs from its surroundings. */
export interface SentenceContext {
  /** A denial precedes in this sentence: "denied that any civilians were killed". */
  denial: boolean;
  /** Event the previous sentence names, for "In one, the men – more than 30 – …". */
  anaphoricEvent: ClaimEvent | null;
  /** Tokens that belong to a date ("June 12") and so are never counts. */
  blocked: (i: number) => boolean;
}

const ANAPHORIC_OPENERS = [
  ['in', 'one'],
  ['in', 'another'],
  ['at', 'one'],
  ['at', 'another'],
  ['of', 'them'],
  ['of', 'these'],
  ['among', 'them'],
];

const opensAnaphorically = (toks: readonly Token[]): boolean =>
  ANAPHORIC_OPENERS.some(([a, b]) => toks[0]?.norm === a && toks[1]?.norm === b);

/** "the men – more than 30 –": the victims stand before the dash. */
function appositionVictims(toks: readonly Token[], i: number): [number, number] | null {
  const dash = toks[i - 1]?.text;
  if (dash !== '–' && dash !== '—' && dash !== '-' && dash !== '(') return null;
  const head = toks[i - 2];
  if (!head || !personNoun(head.norm, head.text)?.plural) return null;
  const det = toks[i - 3]?.norm;
  return [det === 'the' || det === 'these' || det === 'those' ? i - 3 : i - 2, i - 1];
}

/** "were wounded in the attack, four of whom were soldiers": a subset after the event's place phrase. */
function trailingSubsets(toks: readonly Token[], end: number): VictimItem[] {
  for (let j = end; j < end + 10 && j < toks.length; j++) {
    const t = toks[j];
    if (t?.text === ',') return readSubsets(toks, j).items;
    if (!t || t.kind === 'punct' || t.kind === 'num') return [];
  }
  return [];
}

/** After "killed" with no auxiliary, a second group means the first was the killer, not killed. */
const startsGroup = (toks: readonly Token[], k: number): boolean =>
  readItem(toks, k, { afterVerb: true }) !== null;

function decide(
  toks: readonly Token[],
  list: { items: VictimItem[]; end: number },
  pre: EventHit | null,
  post: EventHit | null,
  ctx: SentenceContext,
  apposition: [number, number] | null,
): { event: ClaimEvent; hit: EventHit | null; active: boolean } | null {
  const counted = list.items.some((it) => it.counted);
  if (post?.negated) return null;
  if (post?.linked) return { event: post.event, hit: post, active: false };
  if (pre) return { event: pre.event, hit: pre, active: pre.verb };
  if (post && counted && !startsGroup(toks, post.end)) return { event: post.event, hit: post, active: false };
  if (!counted || post) return null;
  const last = list.items[list.items.length - 1];
  const headEvent = last?.head != null ? EVENT_HEADS.get(toks[last.head]?.norm ?? '') : undefined;
  if (headEvent) return { event: headEvent, hit: null, active: false };
  // "85 injured individuals were taken to hospital": the modifier carries the event.
  for (const it of list.items) {
    for (let k = it.countEnd; it.head !== null && k < it.head; k++) {
      const modifier = POST_EVENTS.get(toks[k]?.norm ?? '');
      if (modifier) return { event: modifier, hit: null, active: false };
    }
  }
  const hasVictims = (last?.head != null && toks[last.head]?.norm !== 'them') || apposition !== null;
  if (ctx.anaphoricEvent && hasVictims && opensAnaphorically(toks))
    return { event: ctx.anaphoricEvent, hit: null, active: false };
  return null;
}

/** Finds the casualty statements in one sentence's tokens. */
export function findSentenceClaims(toks: readonly Token[], ctx: SentenceContext): RawClaim[] {
  const out: RawClaim[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (ctx.blocked(i)) continue;
    const pre = readPreEvent(toks, i);
    const list = readVictimList(toks, i, { afterVerb: pre !== null, any: ctx.denial });
    if (list && !list.items.some((it) => ctx.blocked(it.countStart))) {
      const subsets = readSubsets(toks, list.end);
      const post = readPostEvent(toks, subsets.end);
      const first = list.items[0];
      const apposition = first && first.head === null ? appositionVictims(toks, i) : null;
      const chosen = decide(toks, list, pre, post, ctx, apposition);
      if (chosen) {
        const hit = chosen.hit;
        const start = Math.min(hit?.start ?? i, apposition?.[0] ?? i, i);
        const end = Math.max(list.end, hit && !chosen.active ? hit.end : list.end);
        out.push({
          event: chosen.event,
          items: list.items,
          subsets: subsets.items.length > 0 ? subsets.items : trailingSubsets(toks, end),
          start,
          end,
          hit,
          active: chosen.active,
          victimsRange: apposition,
        });
        i = end - 1;
        continue;
      }
    }
    const passive = readSingularPassive(toks, i);
    if (passive && !out.some((c) => c.hit && c.hit.start === passive.hit.start)) {
      const [s, e] = passive.subject;
      out.push({
        event: passive.hit.event,
        items: [singleVictim(toks, s, e)],
        subsets: [],
        start: s,
        end: passive.hit.end,
        hit: passive.hit,
        active: false,
        victimsRange: [s, e],
      });
      i = passive.hit.end - 1;
    }
  }
  return out;
}

function singleVictim(toks: readonly Token[], s: number, e: number): VictimItem {
  let head: number | null = null;
  let type: VictimItem['type'] = 'people';
  for (let k = s; k < e; k++) {
    const p = personNoun(toks[k]?.norm ?? '', toks[k]?.text);
    if (p && !p.plural) {
      head = k;
      type = p.type;
    }
  }
  return {
    min: 1,
    max: 1,
    approx: false,
    vague: null,
    start: s,
    end: e,
    countStart: s,
    countEnd: e,
    head,
    type,
    civilian: false,
    partitive: false,
    counted: false,
  };
}
