import type { Token } from '../text/tokenize';
import { isVerbLike } from './actors';

/** The document text of tokens [s, e). */
export const textOf = (text: string, toks: readonly Token[], s: number, e: number): string => {
  const a = toks[s];
  const b = toks[e - 1];
  return a && b && e > s ? text.slice(a.start, b.end) : '';
};

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '–', '—', '“', '”', '"', '(', ')']);
const CLAUSE_WORDS = new Set([
  'that',
  'when',
  'after',
  'as',
  'while',
  'because',
  'but',
  'and',
  'said',
  'says',
  'told',
  'reported',
  'where',
  'which',
  'who',
]);

/** Start of the clause that ends at token `end` (exclusive). */
export function clauseStart(toks: readonly Token[], end: number, words = CLAUSE_WORDS): number {
  let b = end - 1;
  while (b >= 0) {
    const t = toks[b];
    if (t?.text === ')' || t?.text === ']') {
      // A bracketed acronym belongs to the name before it: "the Islamic State (IS)".
      const open = t.text === ')' ? '(' : '[';
      let k = b - 1;
      while (k >= 0 && k > b - 12 && toks[k]?.text !== open) k--;
      if (toks[k]?.text === open) {
        b = k - 1;
        continue;
      }
    }
    if (!t || CLAUSE_PUNCT.has(t.text) || words.has(t.norm)) break;
    b--;
  }
  return b + 1;
}

const NP_STOP = new Set([
  'in',
  'on',
  'at',
  'near',
  'during',
  'after',
  'before',
  'since',
  'when',
  'while',
  'as',
  'who',
  'which',
  'that',
  'where',
  'to',
  'for',
  'into',
  'outside',
  'inside',
  'across',
  'amid',
  'opened',
  'were',
  'was',
  'is',
  'are',
  'has',
  'have',
  'had',
  'said',
  'says',
  'told',
  'killing',
  'wounding',
]);

/** End of a noun phrase that starts at `s`: stops at clause punctuation, prepositions and verbs. */
export function nounPhraseEnd(toks: readonly Token[], s: number, max = 10): number {
  let j = s;
  let depth = 0;
  for (; j < toks.length && j < s + max; j++) {
    const t = toks[j];
    if (!t) break;
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && t.kind === 'punct' && t.text !== "'" && t.text !== '-') break;
    else if (depth === 0 && (NP_STOP.has(t.norm) || (j > s && isVerbLike(t)))) break;
  }
  return j;
}

const LEADING = new Set(['and', 'but', 'however', 'also', 'then', 'so', 'nor']);
const TRAILING = new Set([
  'also',
  'later',
  'then',
  'have',
  'has',
  'had',
  'was',
  'were',
  'is',
  'are',
  'reportedly',
]);

/** Trims conjunctions and adverbs off the ends of a token range. */
export function trimRange(toks: readonly Token[], s: number, e: number): [number, number] {
  let a = s;
  let b = e;
  while (a < b && (LEADING.has(toks[a]?.norm ?? '') || toks[a]?.kind === 'punct')) a++;
  while (b > a && (TRAILING.has(toks[b - 1]?.norm ?? '') || /ly$/.test(toks[b - 1]?.norm ?? ''))) b--;
  while (b > a && toks[b - 1]?.kind === 'punct' && toks[b - 1]?.text !== ')') b--;
  return [a, b];
}

/** "the Islamic State of Iraq and Syria (ISIS)" → "ISIS": a bracketed acronym names the actor best. */
export function preferAcronym(phrase: string): string {
  const m = /\(([A-Z][A-Za-z-]{1,9})\)/.exec(phrase);
  return m?.[1] ?? phrase;
}
