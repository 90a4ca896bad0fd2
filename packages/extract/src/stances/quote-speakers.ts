import type { Span } from '@corroborate/core';
import { preferAcronym, textOf, trimRange } from '../claims/phrases';
import { tokenize } from '../text/tokenize';
import type { Token } from '../text/tokenize';

const SPEECH = new Set(['said', 'says', 'told', 'added', 'stated', 'states', 'declared', 'wrote', 'tweeted', 'explained', 'warned', 'insisted']);
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
  while (e < v && toks[e]?.kind !== 'punct' && !/^(?:has|have|had|is|was|were|are|also|condemned|said|says)$/.test(toks[e]?.norm ?? '')) e++;
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
 * Who speaks each quotation: an attribution right after it or right before it in its sentence; a
 * quotation with neither continues the previous speaker's words when it follows in the same
 * paragraph. Returns one entry per quotation (null when unknown).
 */
export function quoteSpeakers(text: string, quotes: readonly Span[], sentenceStartOf: (at: number) => number): (string | null)[] {
  const out: (string | null)[] = [];
  let prev: { speaker: string; end: number } | null = null;
  for (const q of quotes) {
    let speaker = speakerAfter(text, q) ?? speakerBefore(text, q, sentenceStartOf(q[0]));
    if (!speaker && prev && q[0] - prev.end < 400 && !text.slice(prev.end, q[0]).includes('\n\n')) speaker = prev.speaker;
    out.push(speaker);
    if (speaker) prev = { speaker, end: q[1] };
  }
  return out;
}
