import type { Token } from '../text/tokenize';
import type { EventHit } from './event-reader';
import { readPostEvent } from './event-reader';
import { personNoun } from './victim-lexicon';

/** "Bademosi was killed", "A Local administrator has been shot and killed": one victim, no figure. */
export interface SingularPassive {
  hit: EventHit;
  /** Token range of the subject (the victim). */
  subject: [number, number];
}

const BOUNDARIES = new Set([',', ';', ':', '–', '—', '(', ')', '"', '“', '”', '.']);
const CLAUSE_WORDS = new Set([
  'that',
  'when',
  'after',
  'as',
  'while',
  'because',
  'and',
  'but',
  'said',
  'says',
]);

/** Start of the phrase that ends at token `end` (exclusive): back to a comma or clause word. */
function phraseStart(toks: readonly Token[], end: number): number {
  let b = end - 1;
  while (b >= 0) {
    const t = toks[b];
    if (!t || BOUNDARIES.has(t.text) || CLAUSE_WORDS.has(t.norm)) break;
    b--;
  }
  return b + 1;
}

/** A victim subject: a singular person noun, a short capitalised name, "he"/"she", "one of the …". */
function isVictimSubject(toks: readonly Token[], start: number, end: number): boolean {
  if (end - start < 1 || end - start > 14) return false;
  const words = toks.slice(start, end).filter((t) => t.kind === 'word');
  const first = words[0];
  if (!first || ['it', 'this', 'which', 'that', 'there'].includes(first.norm)) return false;
  if (first.norm === 'one' && words[1]?.norm === 'of') return true;
  if (words.length === 1 && (first.norm === 'he' || first.norm === 'she')) return true;
  if (words.some((t) => personNoun(t.norm, t.text)?.plural === false)) return true;
  return words.length <= 4 && words.every((t) => t.cap) && !words.some((t) => personNoun(t.norm, t.text));
}

/** Reads a singular passive event at token i ("was", "has been", "had been", "is"). */
export function readSingularPassive(toks: readonly Token[], i: number): SingularPassive | null {
  const w = toks[i]?.norm;
  if (w !== 'was' && w !== 'is' && !((w === 'has' || w === 'had') && toks[i + 1]?.norm === 'been'))
    return null;
  const hit = readPostEvent(toks, i);
  if (!hit || hit.negated || hit.start > i + 4) return null;
  const direct = phraseStart(toks, i);
  if (direct < i && isVictimSubject(toks, direct, i)) return { hit, subject: [direct, i] };
  // "X, who served as …, was killed" / "A woman who campaigned …, was shot in the head".
  for (let b = i - 1; b > 0 && b > i - 30; b--) {
    const w = toks[b]?.norm;
    if (w === 'who' || w === 'whose') {
      const end = toks[b - 1]?.text === ',' ? b - 1 : b;
      const s = phraseStart(toks, end);
      if (s < end && isVictimSubject(toks, s, end)) return { hit, subject: [s, end] };
      return null;
    }
  }
  return null;
}
