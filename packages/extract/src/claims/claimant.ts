import { CLAUSE_BOUNDARIES } from './function-words';
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
const SPEAKER_BOUNDARIES = new Set(CLAUSE_BOUNDARIES);

const PRONOUNS = new Set(['it', 'this', 'there', 'which', 'who']);
const NOUN_MARKERS = new Set([
  'the',
  'a',
  'an',
  'on',
  'of',
  'in',
  'to',
  'with',
  'amid',
  'these',
  'those',
  'such',
  'media',
  'news',
]);
const CONTRAST = new Set(['while', 'but', 'whereas', 'although', 'though']);

/**
 * Candidate speakers of a speech verb at `v`: the words before it ("police and medical sources
 * said"), with an apposition ("Ahmed Saleh, a local doctor, told"), or the words after it
 * (", said Chol Chany, a spokesman").
 */
function speakersAt(toks: readonly Token[], v: number): [number, number][] {
  const out: [number, number][] = [];
  let start = clauseStart(toks, v, SPEAKER_BOUNDARIES);
  if (start === v && toks[v - 1]?.text === ',') {
    // Skip back over one apposition between commas.
    const inner = clauseStart(toks, v - 1, SPEAKER_BOUNDARIES);
    if (inner < v - 1 && toks[inner - 1]?.text === ',')
      start = clauseStart(toks, inner - 1, SPEAKER_BOUNDARIES);
  }
  const [a, b] = trimRange(toks, start, v);
  if (b > a && b - a <= 16 && !PRONOUNS.has(toks[a]?.norm ?? '')) out.push([a, b]);
  const end = nounPhraseEnd(toks, v + 1, 10);
  if (end > v + 1 && (b <= a || out.length === 0)) out.push([v + 1, end]);
  return out;
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
    // "on reports that …", "American reports claimed": a noun, not a verb of saying.
    if (NOUN_MARKERS.has(toks[v - 1]?.norm ?? '') || SPEECH.has(toks[v + 1]?.norm ?? '')) continue;
    const range = speakersAt(toks, v).find((r) => !(r[0] < claimEnd && r[1] > claimStart));
    if (!range) continue;
    // "the toll at 18, while the opposition said more than 40": another clause's source.
    if (range[0] >= claimEnd && CONTRAST.has(toks[range[0] - 1]?.norm ?? '')) continue;
    const distance = v >= claimEnd ? v - claimEnd : claimStart - v + 0.5;
    if (distance < bestDistance) {
      best = range;
      bestDistance = distance;
    }
  }
  return best ? preferAcronym(textOf(text, toks, best[0], best[1])) : null;
}
