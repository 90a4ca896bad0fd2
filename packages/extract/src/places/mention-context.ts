import { DEMONYMS } from '../gazetteer-data/demonyms';
import {
  DIRECTION_WORDS,
  ETHNIC_ADJECTIVES,
  FACILITY_WORDS,
  FUNCTION_WORDS,
  LOCATIVE_WORDS,
  NAME_PARTICLES,
  NEVER_PLACES,
  ORGANISATION_WORDS,
  TITLE_WORDS,
  UNIT_WORDS,
} from '../gazetteer-data/recognition-words';
import type { TablesGazetteer } from './gazetteer';
import type { NameSequence } from './name-sequences';
import { isConnector } from './name-sequences';
import { inOrganisationOf } from './organisation-name';
import type { RawMention, TypeHint } from './raw-mention';
import type { Token } from './tokenize';

/** What the rest of the text knows while judging one match. */
export interface JudgeContext {
  text: string;
  tokens: readonly Token[];
  seq: NameSequence;
  gaz: TablesGazetteer;
  /** Place names seen as the last word of a person's name ("Hillary Clinton"): later alone,
   *  they are that person unless a preposition marks a location. */
  surnames: Set<string>;
  /** Tokens of names already accepted, so "Kuala Lumpur Malaysia" keeps its second name. */
  accepted: Set<number>;
}

const STRONG_KINDS = new Set(['country', 'other']);
const STATE_FORMS = /^(?:Republic|Kingdom|Sultanate|Emirate|Commonwealth|Federation|Principality)$/;

/** Keeps, widens (modifiers, unit words) or rejects one match by the words around it. */
export function judgeMention(m: RawMention, ctx: JudgeContext): RawMention | null {
  const first = ctx.tokens[m.firstToken] as Token;
  const single = m.firstToken === m.lastToken;
  if (single && (NEVER_PLACES.has(first.text) || DIRECTION_WORDS.has(first.text))) return null;
  const out = { ...m };
  if (inOrganisationOf(ctx.tokens, ctx.seq, m.firstToken)) return contextOnly(out);
  const after = widenAfter(out, ctx);
  if (after === 'organisation') return contextOnly(out);
  if (after === 'name') return null;
  const before = lookBefore(ctx, m.firstToken);
  if (before === 'organisation') return contextOnly(out);
  if (before === 'reject') {
    if (single) ctx.surnames.add(m.folded);
    return m.via === 'abbreviation' ? contextOnly(out) : null;
  }
  if (before) {
    out.start = Math.min(out.start, before.start);
    if (before.hint) out.typeHint ??= before.hint;
  }
  if (m.via === 'abbreviation') return out;
  const located = hasLocativeCue(ctx, out) || out.typeHint !== null;
  out.located = located;
  if (single && ctx.surnames.has(m.folded) && !located) return null;
  if (isCommonWordSpan(ctx, m) && !commonWordIsPlace(ctx, out, located)) return null;
  return out;
}

/** An organisation's name still says where the text is, when the place in it is unambiguous
 *  enough: a country, a first-order region or an abbreviation. */
function contextOnly(m: RawMention): RawMention | null {
  const regional =
    m.via === 'abbreviation' ||
    m.candidates.every((c) => c.entry.kind === 'country' || c.entry.kind === 'admin1');
  return regional ? { ...m, contextOnly: true } : null;
}

/** Unit words and the capitalised word after the name: "X Province" widens, "X Post" rejects. */
function widenAfter(m: RawMention, ctx: JudgeContext): 'ok' | 'organisation' | 'name' {
  const { tokens, seq } = ctx;
  let k = m.lastToken + 1;
  const next = tokens[k];
  if (!next) return 'ok';
  const unit = UNIT_WORDS[next.text.toLowerCase()];
  if (
    unit &&
    m.via !== 'abbreviation' &&
    /^\s+$/.test(next.gapBefore) &&
    (next.capitalised || k > seq.last)
  ) {
    m.typeHint = unit;
    if (next.capitalised && k <= seq.last) {
      m.end = next.end;
      k += 1;
      // "Gambela Regional State", "Cross River State Government": look past a second unit word.
      const second = tokens[k];
      if (second && k <= seq.last && UNIT_WORDS[second.text.toLowerCase()]) {
        m.end = second.end;
        k += 1;
      }
    }
  }
  const after = k <= seq.last ? tokens[k] : undefined;
  if (!after || isConnector(after) || FUNCTION_WORDS.has(after.text)) return 'ok';
  // "Nelson-Creston", "Amsterdam-London": a hyphen joins two names; "Macy-O'Toole" is one.
  if (/^(?:[-‐]|\s*&\s*)$/.test(after.gapBefore))
    return ctx.gaz.hasExactKey(after.text.toLowerCase()) ? 'ok' : 'name';
  if (FACILITY_WORDS.has(after.text) || TITLE_WORDS.has(after.text)) return 'ok';
  if (ORGANISATION_WORDS.has(after.text)) return 'organisation';
  // Another place right after ("Kuala Lumpur Malaysia", a dateline) is fine; any other capital is
  // the rest of a name: "Laura Ingraham", "Toronto Raptors".
  return isStrong(m) && startsStrongPlace(ctx, k) ? 'ok' : 'name';
}

/** Known well enough to stand next to another name: a country, a populous region or city. */
export function isStrong(m: RawMention): boolean {
  return m.candidates.some(
    (c) =>
      c.origin !== 'loose' &&
      (c.entry.kind === 'country' ||
        c.entry.kind === 'other' ||
        ((c.entry.kind === 'city' || c.entry.kind === 'admin1') && (c.entry.population ?? 0) >= 100_000)),
  );
}

type Before = { start: number; hint: TypeHint | null } | 'reject' | 'organisation' | null;

/** The word before the name: a direction widens ("Northern Iraq"), a title or an unknown capital
 *  rejects ("President Jordan", "David Hogg"), "Bank of" rejects, "Province of" types. */
function lookBefore(ctx: JudgeContext, i: number): Before {
  const { tokens, seq } = ctx;
  const p = i - 1 >= seq.first ? tokens[i - 1] : undefined;
  if (!p) return unitOfBefore(ctx, i);
  if (p.text === 'of') return capitalOfBefore(ctx, i);
  if (/^(?:[-‐]|\s*&\s*)$/.test((tokens[i] as Token).gapBefore))
    return ctx.accepted.has(i - 1) ? null : 'reject';
  if (isConnector(p)) return connectorBefore(ctx, i);
  if (FUNCTION_WORDS.has(p.text)) return null;
  if (DIRECTION_WORDS.has(p.text)) {
    const pp = i - 2 >= seq.first ? tokens[i - 2] : undefined;
    return { start: pp && DIRECTION_WORDS.has(pp.text) ? pp.start : p.start, hint: null };
  }
  if (TITLE_WORDS.has(p.text)) return 'reject';
  if (DEMONYMS[p.text] !== undefined || ETHNIC_ADJECTIVES.has(p.text) || ctx.accepted.has(i - 1)) return null;
  if (p.allCaps && (tokens[i] as Token).allCaps) return null;
  return 'reject';
}

/** "Mike de Kock", "Roger van Boxtel", "Saeed bin Suroor": a particle after an unknown capital
 *  belongs to a person's name (whole place names like "Ras al Ain" were matched before). */
function connectorBefore(ctx: JudgeContext, i: number): Before {
  const q = i - 2 >= ctx.seq.first ? ctx.tokens[i - 2] : undefined;
  if (!q || ctx.accepted.has(i - 2) || FUNCTION_WORDS.has(q.text) || DIRECTION_WORDS.has(q.text)) return null;
  if (isConnector(q) || !NAME_PARTICLES.has(ctx.tokens[i - 1]?.text ?? '')) return null;
  return 'reject';
}

/** "X of P" inside a name: "Province of Babel" types, "Republic of Armenia" widens, "Bank of
 *  America" and "Chambers of Commerce" reject; titles and facilities keep the place. */
function capitalOfBefore(ctx: JudgeContext, i: number): Before {
  const q = i - 2 >= ctx.seq.first ? ctx.tokens[i - 2] : undefined;
  if (!q) return null;
  // "Province of Babel" types the name; "Local Government Area of Rivers State" only locates it.
  const unit = q.text === 'Area' ? undefined : UNIT_WORDS[q.text.toLowerCase()];
  if (unit) return { start: ctx.tokens[i]?.start ?? 0, hint: unit };
  if (q.text === 'Area') return null;
  if (STATE_FORMS.test(q.text)) return { start: q.start, hint: null };
  if (TITLE_WORDS.has(q.text) || FACILITY_WORDS.has(q.text) || DIRECTION_WORDS.has(q.text)) return null;
  if (ctx.accepted.has(i - 2) || FUNCTION_WORDS.has(q.text)) return null;
  if (ORGANISATION_WORDS.has(q.text)) return 'organisation';
  // "Johnathan Dunbar of Austin, Texas": a person's home town, given with its state.
  return followedByStrongPlace(ctx, i) ? null : 'reject';
}

function followedByStrongPlace(ctx: JudgeContext, i: number): boolean {
  let k = i;
  while (ctx.tokens[k + 1] && !/,/.test(ctx.tokens[k + 1]?.gapBefore ?? '') && k - i < 4) k += 1;
  const next = ctx.tokens[k + 1];
  return !!next && /^,\s*$/.test(next.gapBefore) && startsStrongPlace(ctx, k + 1);
}

/** Lower-case "province of", "town of" right before the name. */
function unitOfBefore(ctx: JudgeContext, i: number): Before {
  const of = ctx.tokens[i - 1];
  const unitTok = ctx.tokens[i - 2];
  if (!of || !unitTok || of.text !== 'of') return null;
  const unit = UNIT_WORDS[unitTok.text.toLowerCase()];
  return unit ? { start: ctx.tokens[i]?.start ?? 0, hint: unit } : null;
}

function startsStrongPlace(ctx: JudgeContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  return ctx.gaz
    .exactCandidates(t.text.toLowerCase())
    .some((c) => c.entry.kind === 'country' || c.entry.kind === 'admin1');
}

function hasLocativeCue(ctx: JudgeContext, m: RawMention): boolean {
  const prev = ctx.tokens[m.firstToken - 1];
  return !!prev && /^\s+$/.test(ctx.tokens[m.firstToken]?.gapBefore ?? '') && LOCATIVE_WORDS.has(prev.text);
}

/** A name made only of ordinary words: "Most", "Police", "West Palm Beach", "White House". */
function isCommonWordSpan(ctx: JudgeContext, m: RawMention): boolean {
  for (let k = m.firstToken; k <= m.lastToken; k += 1) {
    const t = ctx.tokens[k] as Token;
    if (!isConnector(t) && !ctx.gaz.isCommonWord(t.text)) return false;
  }
  return true;
}

/** An ordinary word with a capital ("Most", "Police", "Hit", "White House") is a place when it is
 *  a country, a very large city, or marked as a location mid-sentence ("of Hit", "Hit, Anbar"). */
function commonWordIsPlace(ctx: JudgeContext, m: RawMention, located: boolean): boolean {
  if (m.candidates.some((c) => STRONG_KINDS.has(c.entry.kind))) return true;
  const population = Math.max(0, ...m.candidates.map((c) => c.entry.population ?? 0));
  const first = ctx.tokens[m.firstToken] as Token;
  const theBefore = /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, first.start - 4), first.start));
  // Several ordinary words together are specific ("West Palm Beach"), unless "the" makes them a
  // thing ("the White House", "the Green Zone").
  if (m.lastToken > m.firstToken) return !theBefore && (!first.sentenceStart || population >= 10_000);
  if (first.sentenceStart || first.allCaps) return population >= 1_000_000;
  if (theBefore) return false;
  if (located || population >= 100_000) return true;
  const next = ctx.tokens[m.lastToken + 1];
  return !!next && /^,\s*$/.test(next.gapBefore) && startsStrongPlace(ctx, m.lastToken + 1);
}
