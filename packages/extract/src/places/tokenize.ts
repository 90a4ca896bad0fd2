/** A word of the text with what the recogniser needs to know about it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital (or is an article-prefixed capital: "al-Tanf", "ez-Zor"). */
  capitalised: boolean;
  /** Two or more letters, all capitals ("SAN", "UAE"). */
  allCaps: boolean;
  arabic: boolean;
  /** First word of a sentence, headline line or quotation. */
  sentenceStart: boolean;
  /** Text between the previous token and this one. */
  gapBefore: string;
  /** A possessive "’s" followed and was split off: the name ends here ("Syria’s Tal Abyad"). */
  possessive: boolean;
}

// Letters and digits joined by apostrophes, hyphens, periods and ampersands: "U.S", "al-Tanf",
// "Ta‘izz", "T&T". A possessive "’s" is split off below. Runs are joined in a loop, not by a nested
// regex quantifier, whose backtracking overflows the stack on 20 MB of "a.a.a.".
const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const JOINERS = new Set(["'", '’', '‘', 'ʼ', 'ʿ', '.', '&', '-', '‐']);

/** Words of the text as [start, end) pairs, in linear time. */
function* words(text: string): Generator<[number, number]> {
  const re = new RegExp(RUN.source, RUN.flags);
  let m = re.exec(text);
  while (m) {
    const start = m.index;
    let end = start + m[0].length;
    m = re.exec(text);
    while (m && m.index === end + 1 && JOINERS.has(text[end] ?? '')) {
      end = m.index + m[0].length;
      m = re.exec(text);
    }
    yield [start, end];
  }
}

const ARTICLE_CAPITAL = /^(?:al|el|ad|an|ar|as|ash|at|az|ez|ed|es|et|ul|ud)[-‐]\p{Lu}/u;
const ARABIC = /^\p{Script=Arabic}/u;

const CONTRACTION = /['’](?:re|d|ll|ve|m|t)$/iu;
const HYPHEN_NO_SPLIT = new Set([
  ...['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ez', 'ed', 'es', 'et', 'ul', 'ud'],
  ...['e', 'i', 'o', 'y', 'a', 'de', 'du', 'la', 'le', 'sur', 'upon', 'on', 'en', 'lès', 'sous'],
]);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** The words of a text with what the place recogniser needs to know about each. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const [wordStart, wordEnd] of words(text)) {
    const whole = text.slice(wordStart, wordEnd);
    const parts = whole.includes('-') || whole.includes('‐') ? hyphenParts(whole) : [[0, whole] as const];
    for (const [offset, part] of parts) {
      let word = part;
      const start = wordStart + offset;
      const possessive = word.length > 3 && /['’]s$/u.test(word);
      if (possessive) word = word.slice(0, -2);
      const gapBefore = text.slice(prevEnd, start);
      const first = word[0] ?? '';
      const upperFirst = UPPER.test(first);
      tokens.push({
        text: word,
        start,
        end: start + word.length,
        capitalised:
          (upperFirst || ARTICLE_CAPITAL.test(word)) && !CONTRACTION.test(word) && !/[@#]$/.test(gapBefore),
        // An all-capitals word starts with a capital: the other tests run only then.
        allCaps: upperFirst && word.length >= 2 && word === word.toUpperCase() && !LOWER.test(word),
        arabic: first.charCodeAt(0) >= 0x600 && ARABIC.test(word),
        sentenceStart: tokens.length === 0 || endsSentence(gapBefore, tokens[tokens.length - 1]),
        gapBefore,
        possessive,
      });
      prevEnd = start + part.length;
    }
  }
  return tokens;
}

/** Splits "Amsterdam-London", "Nelson-Creston" and "Saudi-led" at the hyphen, but keeps names
 *  whose hyphen joins an article or particle: "al-Tanf", "ez-Zor", "Mazar-i-Sharif". */
function hyphenParts(word: string): [number, string][] {
  const pieces = word.split(/(?<=[\p{L}\p{N}])[-‐](?=[\p{L}\p{N}])/u);
  if (pieces.length === 1) return [[0, word]];
  const out: [number, string][] = [];
  let at = 0;
  let current = pieces[0] ?? '';
  let currentAt = 0;
  for (let k = 1; k < pieces.length; k += 1) {
    const prev = pieces[k - 1] ?? '';
    const next = pieces[k] ?? '';
    at += prev.length + 1;
    const split =
      /^\p{Lu}/u.test(prev) &&
      !HYPHEN_NO_SPLIT.has(prev.toLowerCase()) &&
      !HYPHEN_NO_SPLIT.has(next.toLowerCase()) &&
      (/^\p{Lu}/u.test(next) || /^\p{Ll}+$/u.test(next));
    if (split) {
      out.push([currentAt, current]);
      current = next;
      currentAt = at;
    } else current = `${current}${word[at - 1] ?? '-'}${next}`;
  }
  out.push([currentAt, current]);
  return out;
}

// Abbreviations whose period does not end a sentence ("Dr. Smith", "St. Louis", "U.S. forces").
export const NON_FINAL =
  /^(?:Mr|Mrs|Ms|Dr|St|Mt|Ft|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Prof|No|Jr|Sr|vs|[A-Z](?:\.[A-Z])*)$/i;

function endsSentence(gap: string, prev: Token | undefined): boolean {
  if (/[\n\r]/.test(gap)) return true;
  if (/[!?]/.test(gap) || /[:;]\s*["“]/.test(gap)) return true;
  if (/^\s*["“]/.test(gap) && gap.trim().length === 1) return true;
  if (!gap.includes('.')) return false;
  return !(prev && gap.startsWith('.') && NON_FINAL.test(prev.text));
}
