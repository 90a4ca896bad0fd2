// Letters NFKD leaves alone but that readers treat as their base letter.
const SPECIAL_LETTERS: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
  ة: 'ه',
  ى: 'ي',
};
const SPECIAL_RE = /[øłđßæœıþðħةى]/g;
// Apostrophes and transliterated ayn/hamza vary freely between sources ("Ta'izz", "Ta‘izz", "Taizz").
const APOSTROPHES = /['’‘`ʿʾʻʼ´ʹ]/g;

/** A pure function of a string with a bounded cache: names and their words repeat across texts. */
function memoised(fn: (s: string) => string, limit = 50_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    // A long string is no name: caching it would only hold memory.
    if (s.length > 200) return fn(s);
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    if (cache.size >= limit) cache.clear();
    const out = fn(s);
    cache.set(s, out);
    return out;
  };
}

/** Case-, diacritic- and punctuation-insensitive form of a name: the gazetteer's exact key. */
export const foldName = memoised(foldNameUncached);

function foldNameUncached(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .replace(/\u0640/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Arabic article forms, assimilated or not ("al-", "ad Din", "ez-Zor", "as Sulaymaniyah").
const ARTICLES = new Set([
  'al',
  'el',
  'ad',
  'adh',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'ath',
  'az',
  'ez',
  'ed',
  'es',
  'et',
  'en',
  'er',
  'ul',
  'ud',
]);
const WORD_SWAPS: Record<string, string> = { saint: 'st', sainte: 'ste', mount: 'mt', fort: 'ft' };

/** Transliteration-tolerant key of a folded name: no articles or spaces, one spelling of common vowel
 *  and consonant variants ("Deir ez-Zor" ~ "Dayr az Zawr", "Raqqa" ~ "Ar Raqqah"). A fallback only. */
export function looseKey(folded: string): string {
  const tokens = folded.split(' ').filter((t) => t !== '');
  const kept = tokens.filter((t, i) => !(ARTICLES.has(t) && i < tokens.length - 1));
  return kept.map(looseToken).join('');
}

const looseToken = memoised(looseTokenUncached);

function looseTokenUncached(token: string): string {
  const swapped = WORD_SWAPS[token];
  if (swapped) return swapped;
  if (/^\p{Script=Arabic}+$/u.test(token)) return token.length > 4 ? token.replace(/^ال/, '') : token;
  return token
    .replace(/ou|oo|uu/g, 'u')
    .replace(/ee|ii|iy(?=[^aeiou]|$)/g, 'i')
    .replace(/ei|ay|ey|ai/g, 'ai')
    .replace(/aw|au|ow/g, 'o')
    .replace(/ck|q|c(?=[aou])/g, 'k')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?<=[aeiou])h$/, '')
    .replace(/j/g, 'y');
}
