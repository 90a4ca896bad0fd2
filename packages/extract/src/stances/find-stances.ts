import type { Span } from '@corroborate/core';
import type { StanceMention } from '../extraction-result';
import { quotationAround } from '../text/quotations';
import { STANCE_CUES, TOPIC } from './stance-cues';

/** What the stance reader needs about the document around a sentence. */
export interface StanceDocument {
  text: string;
  quotes: readonly Span[];
  /** Speaker of a quotation from `quotes` (null when unknown). */
  speakerOf: (quote: Span) => string | null;
}

const BOUNDARY = /[“”";:—]|\s–\s|,\s*but\b|\bbut\b|,\s*(?:and|while|saying)\b/g;
const AUX =
  /^(?:am|'m|has|have|had|is|are|was|were|could|would|did|does|do|not|n't|also|still|yet|now|so far|independently|been|be)$/i;
const PRONOUN = /^(?:i|we|it|they|he|she|this|that)$/i;

/** The clause around [s, e) inside the sentence [from, to). */
function clauseAround(text: string, from: number, to: number, s: number, e: number): Span {
  let left = from;
  let right = to;
  const re = new RegExp(BOUNDARY.source, 'g');
  const slice = text.slice(from, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const a = from + m.index;
    const b = a + m[0].length;
    if (b <= s) left = b;
    else if (a >= e) {
      right = a;
      break;
    }
    if (m[0].length === 0) re.lastIndex++;
  }
  while (left < right && /[\s,.]/.test(text[left] ?? '')) left++;
  while (right > left && /[\s,.]/.test(text[right - 1] ?? '')) right--;
  return [left, right];
}

/** The subject words before the cue in its clause ("The US says", "a figure the government rejected"). */
function subjectBefore(text: string, clauseStart: number, cueStart: number): string | null {
  const lead = text.slice(clauseStart, cueStart);
  let words = lead
    .slice(lead.lastIndexOf(',') + 1)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  while (words.length > 0 && AUX.test(words[words.length - 1] ?? '')) words.pop();
  if (words.length > 6) words = words.slice(-6);
  const det = words.findLastIndex((w, k) => k > 0 && /^(?:the|a|an)$/i.test(w));
  if (det > 0) words = words.slice(det);
  const subject = words
    .join(' ')
    .replace(/^(?:and|but|nor|so|however)\s+/i, '')
    .replace(/[,;:]+$/, '');
  // A subject names someone: it has a capitalised word or a noun, not just "a" or "the".
  if (!/\p{Lu}|\p{L}{3,}/u.test(subject) || /^(?:a|an|the)$/i.test(subject)) return null;
  return subject.length > 0 && subject.split(' ').length <= 12 ? subject : null;
}

/** Finds the stances on whether claims or their evidence are true, in one sentence [from, to). */
export function findSentenceStances(doc: StanceDocument, from: number, to: number): StanceMention[] {
  const { text } = doc;
  const sentence = text.slice(from, to);
  const out: StanceMention[] = [];
  const taken: Span[] = [];
  for (const cue of STANCE_CUES) {
    const re = new RegExp(cue.re.source, cue.re.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (/\bif\s*$/i.test(sentence.slice(0, m.index))) continue; // "if confirmed": a condition, not a stance
      const quote = quotationAround(doc.quotes, s, e);
      const [cs, ce] = quote
        ? clauseAround(text, Math.max(from, quote[0]), Math.min(to, quote[1]), s, e)
        : clauseAround(text, from, to, s, e);
      if (cue.topical && !TOPIC.test(sentence)) continue;
      if (taken.some(([a, b]) => a < ce && b > cs)) continue;
      // Words inside quotation marks are the quoted person's, whatever their grammar.
      let speaker: string | null = quote ? doc.speakerOf(quote) : null;
      if (speaker === null && cue.speaker === 'group') speaker = m[1]?.trim() ?? null;
      else if (speaker === null && cue.speaker === 'subject') speaker = subjectBefore(text, cs, s);
      if (speaker !== null && PRONOUN.test(speaker)) speaker = null;
      taken.push([cs, ce]);
      out.push({
        text: text.slice(cs, ce),
        span: [cs, ce],
        speaker: speaker ?? 'publisher',
        stance: cue.stance,
      });
    }
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
