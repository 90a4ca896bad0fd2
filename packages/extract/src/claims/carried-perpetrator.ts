import type { Token } from '../text/tokenize';
import { tokenize } from '../text/tokenize';
import type { ClaimStance } from '@corroborate/core';
import { isVerbLike } from './actors';
import type { RawClaim } from './find-claims';
import type { SentenceInfo } from './sentence-info';
import { actorOf, mainSubject } from './perpetrator';
import { trimRange } from './phrases';

const PRONOUNS = new Set(['they', 'he', 'she']);
const ADVERBS = new Set(['then', 'also', 'reportedly', 'allegedly', 'later', 'subsequently', 'eventually']);
const AUXILIARIES = new Set(['have', 'has', 'had']);

const norm = (toks: readonly Token[], k: number): string => toks[k]?.norm ?? '';

/** Index of the pronoun subject of an active claim verb ("where they killed four residents"), or -1. */
export function pronounSubjectAt(toks: readonly Token[], raw: RawClaim): number {
  if (!raw.active || !raw.hit) return -1;
  let k = raw.hit.start - 1;
  while (k >= 0 && ADVERBS.has(norm(toks, k))) k--;
  if (AUXILIARIES.has(norm(toks, k))) k--;
  return PRONOUNS.has(norm(toks, k)) ? k : -1;
}

// Verbs of violence whose subject is the attacker (not "arrested", "said", "reached").
const ATTACK_VERBS = new Set(
  `stormed attacked opened detonated blew struck hit targeted rammed launched raided bombed shelled
  fired ambushed overran burned torched stabbed shot killed rampaged invaded abducted kidnapped executed
  massacred slaughtered murdered beheaded assassinated wounded injured gunned hacked butchered`.split(/\s+/),
);

/**
 * The actor of a clause whose verb is an attack or a killing: "The bandits attacked …", "Gunmen
 * stormed …". Only tokens before `limit` are read. Null when the subject names no actor (a weapon,
 * a pronoun, a place) or the verb is not one of violence.
 */
export function attackingActor(text: string, toks: readonly Token[], limit: number): string | null {
  const subject = mainSubject(toks, limit);
  if (!subject) return null;
  let v = subject[1];
  while (v < limit && ADVERBS.has(norm(toks, v))) v++;
  const verb = toks[v];
  if (!verb || v >= limit) return null;
  return ATTACK_VERBS.has(verb.norm) ? actorOf(text, toks, subject, v) : null;
}

const DISPLAY = new Set(['holding', 'parading', 'displaying', 'guarding', 'showing']);
const SHOW_VERBS = /^(?:shows?|showed|shown|depicts?|depicted|features?|sees?|saw|seen)$/;

/**
 * "an ISIS militant with his hand outstretched, showing off dozens of captives", "gunmen holding 20
 * hostages": whoever holds or parades captives took them.
 */
export function captorOf(text: string, toks: readonly Token[], raw: RawClaim): string | null {
  if (raw.event !== 'captured' || raw.hit) return null;
  let k = raw.start - 1;
  if (norm(toks, k) === 'off') k--;
  if (!DISPLAY.has(norm(toks, k))) return null;
  let e = toks[k - 1]?.text === ',' ? k - 1 : k;
  // An aside about the holder ("with his hand outstretched") is not part of the name.
  for (let b = e - 1; b >= 0 && b > e - 10 && toks[b]?.kind === 'word'; b--) {
    if (norm(toks, b) === 'with') e = b;
  }
  let s = e;
  while (s > 0 && toks[s - 1]?.kind === 'word' && s > e - 8) {
    const t = toks[s - 1];
    if (!t || SHOW_VERBS.test(t.norm) || isVerbLike(t)) break;
    s--;
  }
  const range = trimRange(toks, s, e);
  return range[1] > range[0] ? actorOf(text, toks, range, range[1]) : null;
}

/** An earlier claim of the document, as far as carrying its perpetrator goes. */
export interface EarlierClaim {
  perpetrator: string | null;
  stance: ClaimStance;
}

/** What carrying a perpetrator to a claim looks at. */
export interface CarryInput {
  text: string;
  sentences: readonly SentenceInfo[];
  /** Index of the claim's sentence. */
  idx: number;
  toks: readonly Token[];
  raw: RawClaim;
  /** The claims read so far, and the index of each one's sentence (read backwards, so linear). */
  earlier: readonly EarlierClaim[];
  earlierSentence: readonly number[];
}

// A sentence about another incident or a two-sided fight: nothing is carried into it.
const SEPARATE =
  /\b(?:separate(?:ly)?|another|elsewhere|meanwhile|clash(?:es)?|crossfire|fighting|between)\b/i;
const COUNTED = (c: EarlierClaim): boolean => c.stance !== 'conditional' && c.stance !== 'denied';

/**
 * A perpetrator for a claim that names none, carried from its paragraph: for a pronoun subject
 * ("The bandits attacked Yar Talata, where they killed four residents"), the attacker of the same
 * sentence; for a pronoun or an agentless passive ("Gunmen stormed a wedding. Twelve guests were
 * killed."), the perpetrator of an earlier claim of the paragraph (up to three sentences back), else the attacker of the
 * sentence before. Never across paragraphs, never into a sentence about another incident.
 */
export function carriedPerpetrator(input: CarryInput): string | null {
  const { text, sentences, idx, toks, raw, earlier, earlierSentence } = input;
  const here = sentences[idx];
  if (!here) return null;
  const pronoun = pronounSubjectAt(toks, raw);
  if (pronoun >= 0) {
    const own = attackingActor(text, toks, pronoun);
    if (own) return own;
  } else if (raw.active) return null;
  if (SEPARATE.test(text.slice(here.start, here.end))) return null;
  for (let c = earlier.length - 1; c >= 0; c--) {
    const e = earlier[c];
    const at = earlierSentence[c] ?? -1;
    // Within the paragraph and at most three sentences back: bounded, so long texts stay linear.
    if (!e || at < idx - 3 || sentences[at]?.para !== here.para) break;
    if (e.perpetrator && COUNTED(e)) return e.perpetrator;
  }
  const prev = sentences[idx - 1];
  if (!prev || prev.para !== here.para || prev.chrome) return null;
  const prevToks = prev.toks ?? tokenize(text, prev.start, prev.end);
  return attackingActor(text, prevToks, prevToks.length);
}
