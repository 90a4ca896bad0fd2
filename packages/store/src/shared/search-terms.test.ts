import { describe, expect, it } from 'vitest';
import { chooseSnippet, fts5Query, HIT_END, HIT_START, searchTerms, tsQuery } from './search-terms';

describe('searchTerms', () => {
  it('keeps only words, lower-cased and once each', () => {
    expect(searchTerms('"Massacre" AND  massacre OR (Tikrit*)')).toEqual(['massacre', 'and', 'or', 'tikrit']);
  });

  it('keeps letters of any script and their combining marks', () => {
    expect(searchTerms('Café, مجزرة; नमस्ते')).toEqual(['café', 'مجزرة', 'नमस्ते']);
  });

  it('gives nothing for punctuation only, and at most 16 terms', () => {
    expect(searchTerms(`"' * ( ) : ^ -`)).toEqual([]);
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(16);
  });

  it('quotes every term as a prefix for both engines', () => {
    expect(fts5Query(['near', 'caf'])).toBe('"near"* "caf"*');
    expect(tsQuery(['near', 'caf'])).toBe("'near':* & 'caf':*");
  });
});

describe('chooseSnippet', () => {
  const hit = (w: string): string => `${HIT_START}${w}${HIT_END}`;

  it('prefers the body when the match is there, on one line with [ and ]', () => {
    expect(chooseSnippet(`the ${hit('Café')}\n\n reopened`, `Night ${hit('Café')}`)).toBe(
      'the [Café] reopened',
    );
  });

  it('falls back to the title, then to the plain body', () => {
    expect(chooseSnippet('no match [1] here', `Weekly ${hit('roundup')}`)).toBe('Weekly [roundup]');
    expect(chooseSnippet('no match here', null)).toBe('no match here');
    expect(chooseSnippet(null, null)).toBe('');
  });
});
