import type { Token } from '../text/tokenize';
import { clauseStart, nounPhraseEnd, preferAcronym, textOf, trimRange } from './phrases';

const SPEECH = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'reported',
  'reports',
  'added',
  'stated',
  'announced',
  'tweeted',
  'wrote',
  'quoted',
  'confirmed',
]);

// Clause words that end a speaker's name going backwards ("and" stays: "police and medical sources").
const SPEAKER_BOUNDARIES = new Set(['that', 'when', 'after', 'while', 'because', 'but', 'where', 'which', 'who', 'as']);

const PRONOUNS = new Set(['it', 'this', 'there', 'which', 'who']);

/** The speaker before a speech verb at `v`, or after it (", said Chol Chany, a spokesman"). */
function speakerAt(text: string, toks: readonly Token[], v: number): [number, number] | null {
  const [a, b] = trimRange(toks, clauseStart(toks, v, SPEAKER_BOUNDARIES), v);
  if (b > a && b - a <= 14 && !PRONOUNS.has(toks[a]?.norm ?? '')) return [a, b];
  if (b > a) return null;
  const end = nounPhraseEnd(toks, v + 1, 10);
  return end > v + 1 ? [v + 1, end] : null;
}

/** Who the sentence says the figure comes from: "according to X", "X said", "X told Y". */
export function findAttribution(
  text: string,
  toks: readonly Token[],
  claimStart: number,
  claimEnd: number,
): string | null {
  const outside = (k: number): boolean => k < claimStart || k >= claimEnd;
  for (let k = 0; k + 1 < toks.length; k++) {
    if (toks[k]?.norm === 'according' && toks[k + 1]?.norm === 'to' && outside(k)) {
      const end = nounPhraseEnd(toks, k + 2, 14);
      if (end > k + 2) return textOf(text, toks, k + 2, end);
    }
  }
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (let v = 0; v < toks.length; v++) {
    const t = toks[v];
    if (!t || !SPEECH.has(t.norm) || !outside(v)) continue;
    // "were reported killed", "said to have been": part of the claim, not a source.
    if (toks[v + 1]?.norm === 'to' && t.norm === 'said') continue;
    const range = speakerAt(text, toks, v);
    if (!range || (range[0] < claimEnd && range[1] > claimStart)) continue;
    const distance = v >= claimEnd ? v - claimEnd : claimStart - v + 0.5;
    if (distance < bestDistance) {
      best = range;
      bestDistance = distance;
    }
  }
  return best ? preferAcronym(textOf(text, toks, best[0], best[1])) : null;
}
