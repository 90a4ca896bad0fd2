/** A sentence (or a heading line) as character offsets; `para` numbers the paragraphs from 0. */
export interface Sentence {
  start: number;
  end: number;
  para: number;
}

// Words that end in a period without ending the sentence (titles, months, common shorthands).
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm brig cmdr gov sen rep rev fr st mt ' +
    'no nos vs etc approx est dept univ inc ltd co corp jr sr al fig ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

// A "sentence" longer than this (a text with no punctuation) is cut at a space, so that the
// per-sentence readers, some of which look back over the whole sentence, stay linear overall.
const MAX_SENTENCE = 2000;

const isBlank = (s: string): boolean => s.trim() === '';

/** True when the character could open a new sentence. */
const opensSentence = (ch: string | undefined): boolean =>
  ch !== undefined && (/[\p{Lu}\d"“‘'([«]/u.test(ch) || /[\u0600-\u06FF]/.test(ch));

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  return text.slice(i + 1, dot);
}

function periodEndsSentence(text: string, dot: number, next: number): boolean {
  if (!opensSentence(text[next])) return false;
  const word = wordBefore(text, dot);
  if (word.length === 1 && /\p{Lu}/u.test(word)) return false; // an initial: "J. Smith"
  if (word.includes('.')) return false; // "U.S." / "U.N." mid-sentence is far commoner than at the end
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** Splits the text into sentences: terminal punctuation, blank lines, and short heading lines. */
export function splitSentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let start = from;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    while (e - s > MAX_SENTENCE) {
      // Look back for a space only within the window: lastIndexOf would scan to the text start.
      let cut = s + MAX_SENTENCE;
      while (cut > s && text[cut] !== ' ') cut--;
      if (cut <= s) cut = s + MAX_SENTENCE;
      out.push({ start: s, end: cut, para });
      s = cut;
      while (s < e && /\s/.test(text[s] ?? '')) s++;
    }
    if (e > s) out.push({ start: s, end: e, para });
  };
  const re = /[.!?]+["”’)\]]*(?=\s)|\n/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) {
    const at = m.index;
    if (m[0] === '\n') {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const prevLine = text.slice(Math.max(lineStart, start), at).trimEnd();
      const nextEnd = text.indexOf('\n', at + 1);
      const nextLine = text.slice(at + 1, nextEnd === -1 ? to : Math.min(nextEnd, to));
      if (isBlank(nextLine) || isBlank(prevLine)) {
        push(at);
        start = at + 1;
        if (out.length > 0 && isBlank(nextLine)) para++;
        continue;
      }
      const endsClause = /[.!?:;"”’)]$/.test(prevLine);
      const heading = prevLine.length < 60 && opensSentence(nextLine.trimStart()[0]);
      if (endsClause || heading) {
        push(at);
        start = at + 1;
      }
      continue;
    }
    const end = at + m[0].length;
    let next = end;
    while (next < to && /[ \t\r]/.test(text[next] ?? '')) next++;
    if (text[at] === '.') {
      if (!periodEndsSentence(text, at, next)) continue;
    } else if (!opensSentence(text[next])) continue;
    push(end);
    start = end;
  }
  push(to);
  return out;
}

/** Index of the first sentence (sorted, disjoint) that ends at or after `at`; -1 when none. */
export function sentenceAt(sentences: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  if (hi < 0 || (sentences[hi]?.end ?? 0) < at) return -1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
