import type { Span } from '@corroborate/core';
import { preferAcronym, textOf, trimRange } from '../claims/phrases';
import { tokenize } from '../text/tokenize';
import type { Token } from '../text/tokenize';

const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'states',
  'declared',
  'wrote',
  'tweeted',
  'explained',
  'warned',
  'insisted',
]);
const INTRO = new Set([...SPEECH, 'saying', 'say', 'calling', 'describing']);
const SUBJECT_STOPS = new Set(['that', 'when', 'after', 'while', 'because', 'but', 'where', 'which', 'who']);

const clean = (s: string): string => preferAcronym(s.replace(/^[\s,.;:–—]+|[\s,;:–—]+$/g, ''));

/** "…,” Erin Evers, the researcher, told the Times." / "…,” says Jessica Lewis, an expert." */
function speakerAfter(text: string, quote: Span): string | null {
  const end = Math.min(text.length, quote[1] + 300);
  const stop = text.slice(quote[1] + 1, end).search(/[.!?](?:\s|$)|\n/);
  const toks = tokenize(text, quote[1] + 1, stop === -1 ? end : quote[1] + 1 + stop);
  const firstWord = toks.findIndex((t) => t.kind === 'word');
  if (firstWord === -1) return null;
  if (SPEECH.has(toks[firstWord]?.norm ?? '')) {
    const np = textOf(text, toks, firstWord + 1, toks.length);
    return np ? clean(np) : null;
  }
  for (let v = firstWord; v < toks.length && v < firstWord + 25; v++) {
    const t = toks[v];
    if (t && SPEECH.has(t.norm)) {
      const [a, b] = trimRange(toks, firstWord, v);
      return b > a ? clean(textOf(text, toks, a, b)) : null;
    }
    if (t?.text === '“' || t?.text === '"') return null;
  }
  return null;
}

/** The subject of the clause that ends at token v ("The US has condemned …, saying"). */
function subjectBefore(text: string, toks: readonly Token[], v: number): string | null {
  const intro = toks[v]?.norm ?? '';
  let s = v - 1;
  if (intro === 'saying' || intro === 'calling' || intro === 'describing') s = -1;
  else while (s >= 0 && !SUBJECT_STOPS.has(toks[s]?.norm ?? '') && toks[s]?.text !== '.') s--;
  let e = s + 1;
  while (
    e < v &&
    toks[e]?.kind !== 'punct' &&
    !/^(?:has|have|had|is|was|were|are|also|condemned|said|says)$/.test(toks[e]?.norm ?? '')
  )
    e++;
  const [a, b] = trimRange(toks, s + 1, e);
  return b > a ? clean(textOf(text, toks, a, b)) : null;
}

/** "X said: “…”" / "saying the pictures are “…”": the speaker introduced before the quote. */
function speakerBefore(text: string, quote: Span, sentenceStart: number): string | null {
  const toks = tokenize(text, Math.max(sentenceStart, quote[0] - 400), quote[0] - 1);
  for (let v = toks.length - 1; v >= 0; v--) {
    if (INTRO.has(toks[v]?.norm ?? '')) return subjectBefore(text, toks, v);
  }
  return null;
}

/**
 * Who speaks a quotation (by index into `quotes`): an attribution right after it or right before
 * it in its sentence; a quotation with neither continues the previous quotation's speaker when it
 * follows closely in the same paragraph. Computed on demand and remembered, because only the
 * quotations holding a claim or a stance are ever asked about.
 */
export function quoteSpeakers(
  text: string,
  quotes: readonly Span[],
  sentenceStartOf: (at: number) => number,
): (index: number) => string | null {
  const memo = new Map<number, string | null>();
  const own = (i: number): string | null => {
    const q = quotes[i];
    if (!q) return null;
    if (!memo.has(i)) memo.set(i, speakerAfter(text, q) ?? speakerBefore(text, q, sentenceStartOf(q[0])));
    return memo.get(i) ?? null;
  };
  return (i) => {
    // Follow at most three quotations back: "“…,” she said. “…”" chains are short.
    for (let k = i; k >= 0 && k > i - 4; k--) {
      const speaker = own(k);
      if (speaker) return speaker;
      const prev = quotes[k - 1];
      const q = quotes[k];
      if (!prev || !q || q[0] - prev[1] >= 400 || text.slice(prev[1], q[0]).includes('\n\n')) return null;
    }
    return null;
  };
}
