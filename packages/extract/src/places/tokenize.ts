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
// "Ta‘izz", "T&T". A possessive "’s" is split off below.
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’‘ʼʿ.&\-‐][\p{L}\p{N}\p{M}]+)*/gu;
const ARTICLE_CAPITAL = /^(?:al|el|ad|an|ar|as|ash|at|az|ez|ed|es|et|ul|ud)[-‐]\p{Lu}/u;
const ARABIC = /^\p{Script=Arabic}/u;

const CONTRACTION = /['’](?:re|d|ll|ve|m|t)$/iu;
const HYPHEN_NO_SPLIT = new Set([
  ...['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ez', 'ed', 'es', 'et', 'ul', 'ud'],
  ...['e', 'i', 'o', 'y', 'a', 'de', 'du', 'la', 'le', 'sur', 'upon', 'on', 'en', 'lès', 'sous'],
]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    for (const [offset, part] of hyphenParts(m[0])) {
      let word = part;
      const start = m.index + offset;
      const possessive = /['’]s$/u.test(word) && word.length > 3;
      if (possessive) word = word.slice(0, -2);
      const gapBefore = text.slice(prevEnd, start);
      const first = word[0] ?? '';
      tokens.push({
        text: word,
        start,
        end: start + word.length,
        capitalised:
          (/\p{Lu}/u.test(first) || ARTICLE_CAPITAL.test(word)) &&
          !CONTRACTION.test(word) &&
          !/[@#]$/.test(gapBefore),
        allCaps:
          word.length >= 2 && /\p{Lu}/u.test(word) && word === word.toUpperCase() && !/\p{Ll}/u.test(word),
        arabic: ARABIC.test(word),
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
