/** One token of a sentence, with its character offsets into the whole document. */
export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened, a possessive `'s` removed. */
  norm: string;
  start: number;
  end: number;
  kind: 'word' | 'num' | 'punct';
  /** Numeric value of a `num` token (Arabic-Indic digits converted, group separators dropped). */
  value?: number;
  /** True for `10th`, `21st`. */
  ordinal?: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
}

// Digits: ASCII, Arabic-Indic (U+0660) and Extended Arabic-Indic (U+06F0). Group separators ',' and
// U+066C, decimal '.' and U+066B. Every quantifier is bounded by the next character class, so the
// scan is linear.
const TOKEN_RE =
  /([0-9\u0660-\u0669\u06F0-\u06F9]+(?:[,\u066C][0-9\u0660-\u0669\u06F0-\u06F9]{3}(?![0-9\u0660-\u0669\u06F0-\u06F9]))*(?:[.\u066B][0-9\u0660-\u0669\u06F0-\u06F9]+)?)(st|nd|rd|th)?|((?:\p{L}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’\-‐][\p{L}\p{M}\d]+)*)|(\S)/gu;

/** Converts a digit string in any supported script to a number (NaN when it is not one). */
export function digitsValue(raw: string): number {
  let ascii = '';
  for (const ch of raw) {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) ascii += String(c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) ascii += String(c - 0x06f0);
    else if (ch === ',' || ch === '\u066C') continue;
    else if (ch === '\u066B') ascii += '.';
    else ascii += ch;
  }
  return Number(ascii);
}

const normWord = (w: string): string => {
  const lower = w.toLowerCase().replace(/[’‐]/g, (c) => (c === '’' ? "'" : '-'));
  return lower.endsWith("'s") ? lower.slice(0, -2) : lower;
};

/** Splits `text.slice(start, end)` into words, numbers and punctuation, keeping document offsets. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, 'gu');
  // Matching inside the slice keeps a token from running past `end` (a 20 MB "word" would
  // otherwise be re-read from every sentence start: quadratic).
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (m[1] !== undefined) {
      const tok: Token = {
        text: m[0],
        norm: m[0].toLowerCase(),
        start: s,
        end: e,
        kind: 'num',
        value: digitsValue(m[1]),
        cap: false,
      };
      if (m[2] !== undefined) tok.ordinal = true;
      out.push(tok);
    } else if (m[3] !== undefined) {
      const first = m[3][0] ?? '';
      out.push({
        text: m[3],
        norm: normWord(m[3]),
        start: s,
        end: e,
        kind: 'word',
        cap: first !== first.toLowerCase(),
      });
    } else {
      out.push({ text: m[0], norm: m[0], start: s, end: e, kind: 'punct', cap: false });
    }
  }
  return out;
}
