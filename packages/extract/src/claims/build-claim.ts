import type { Span, VictimType } from '@corroborate/core';
import type { CountPart, ExtractedClaim } from '../extraction-result';
import type { Token } from '../text/tokenize';
import { findAttribution } from './claimant';
import { claimStance } from './claim-stance';
import type { StanceContext } from './claim-stance';
import type { RawClaim } from './find-claims';
import { captorOf } from './carried-perpetrator';
import { claimPerpetrator } from './perpetrator';
import { textOf } from './phrases';
import type { VictimItem } from './victim-phrase';

const spanOf = (toks: readonly Token[], s: number, e: number): Span => [
  toks[s]?.start ?? 0,
  toks[e - 1]?.end ?? 0,
];

const toPart = (text: string, toks: readonly Token[], it: VictimItem): CountPart => ({
  min: it.min,
  max: it.max,
  text: textOf(text, toks, it.start, it.end),
  type: it.type,
  span: spanOf(toks, it.start, it.end),
});

function victimsOf(
  text: string,
  toks: readonly Token[],
  raw: RawClaim,
): { text: string; type: VictimType } | null {
  const { items } = raw;
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return null;
  if (raw.victimsRange && first.head === null) {
    const [s, e] = raw.victimsRange;
    return { text: textOf(text, toks, s, e), type: first.type };
  }
  const type = items.every((it) => it.type === first.type) ? first.type : 'people';
  if (items.length === 1) {
    if (first.head === null) return null;
    if (raw.victimsRange) return { text: textOf(text, toks, raw.victimsRange[0], raw.victimsRange[1]), type };
    const words = textOf(text, toks, first.countEnd, first.end).replace(/^of\s+/i, '');
    return { text: words || textOf(text, toks, first.start, first.end), type };
  }
  return { text: textOf(text, toks, first.start, last.end), type };
}

/** Extra facts about the claim's sentence and document the builder cannot see in the tokens. */
export interface BuildContext extends StanceContext {
  /** Who speaks the quotation the claim is in, if any. */
  quoteSpeaker: string | null;
}

/** Turns a raw claim into its extracted form (place and date are attached by the caller). */
export function buildClaim(
  text: string,
  toks: readonly Token[],
  raw: RawClaim,
  ctx: BuildContext,
): ExtractedClaim {
  const first = raw.items[0];
  const last = raw.items[raw.items.length - 1];
  const min = raw.items.reduce((n, it) => n + it.min, 0);
  const max = raw.items.some((it) => it.max === null)
    ? null
    : raw.items.reduce((n, it) => n + (it.max ?? 0), 0);
  const countStart = first?.countStart ?? raw.start;
  // A group counted by its determiner ("the village chief") is quoted whole as its count.
  const whole = raw.items.length > 1 || (first !== undefined && !first.counted);
  const countEnd = whole ? (last?.end ?? raw.end) : (first?.countEnd ?? raw.end);
  const countSpan =
    countEnd > countStart ? spanOf(toks, countStart, countEnd) : spanOf(toks, raw.start, raw.end);
  const { stance, claimant } = claimStance(text, toks, raw, ctx);
  const span = spanOf(toks, raw.start, raw.end);
  // A party that claims to have killed names itself as the perpetrator.
  const perpetrator =
    claimPerpetrator(text, toks, raw) ??
    captorOf(text, toks, raw) ??
    (stance === 'claimed' ? claimant : null);
  return {
    event: raw.event,
    count: {
      min,
      max,
      approx: raw.items.some((it) => it.approx),
      text: text.slice(countSpan[0], countSpan[1]),
      span: countSpan,
      vague: raw.items.find((it) => it.vague !== null)?.vague ?? null,
    },
    victims: victimsOf(text, toks, raw),
    perpetrator,
    claimant:
      claimant ?? (ctx.quoted ? ctx.quoteSpeaker : null) ?? findAttribution(text, toks, raw.start, raw.end),
    stance,
    place: null,
    date: null,
    span,
    quote: text.slice(span[0], span[1]),
    parts: raw.items.map((it) => toPart(text, toks, it)),
    subsets: raw.subsets.map((it) => toPart(text, toks, it)),
  };
}
