// User queries are reduced to plain words before they reach a full-text engine, so no input can
// be read as FTS5 or tsquery syntax (quotes, NEAR, AND/OR, column filters, parentheses).
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const MAX_TERMS = 16;

/** The words of a search query, lower-cased, each once, at most 16. */
export const searchTerms = (query: string): string[] =>
  [...new Set((query.normalize('NFC').match(WORD) ?? []).map((w) => w.toLowerCase()))].slice(0, MAX_TERMS);

/** FTS5 MATCH expression: every term quoted and prefix-matched, all required. */
export const fts5Query = (terms: string[]): string => terms.map((t) => `"${t}"*`).join(' ');

/** to_tsquery input: every term quoted and prefix-matched, all required. */
export const tsQuery = (terms: string[]): string => terms.map((t) => `'${t}':*`).join(' & ');

/** Match markers the engines put around hits; private-use characters cannot occur in news text
 *  by accident, unlike [ and ], so the snippet with a match in it can be told apart. */
export const HIT_START = '\uE000';
export const HIT_END = '\uE001';

/**
 * The snippet to show: from the body when the match is there, else from the title; on one line,
 * the matched words between [ and ].
 */
export const chooseSnippet = (fromText: string | null, fromTitle: string | null): string => {
  const best = fromText?.includes(HIT_START)
    ? fromText
    : fromTitle?.includes(HIT_START)
      ? fromTitle
      : (fromText ?? '');
  return best.replaceAll(HIT_START, '[').replaceAll(HIT_END, ']').replace(/\s+/g, ' ').trim();
};
