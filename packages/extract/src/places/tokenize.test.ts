import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('splits hyphenated lists of names but keeps article-joined names', () => {
    expect(texts('Amsterdam-London and al-Tanf, Deir ez-Zor, Mazar-i-Sharif')).toEqual([
      'Amsterdam',
      'London',
      'and',
      'al-Tanf',
      'Deir',
      'ez-Zor',
      'Mazar-i-Sharif',
    ]);
  });

  it('splits off a possessive and marks it', () => {
    const [syria, tal] = tokenize('Syria’s Tal Abyad');
    expect(syria).toMatchObject({ text: 'Syria', start: 0, end: 5, possessive: true });
    expect(tal?.possessive).toBe(false);
  });

  it('marks capitals, sentence starts and contractions', () => {
    const tokens = tokenize('We’re in Mosul. Police said. Mr. Smith left.');
    expect(tokens.find((t) => t.text === 'We’re')?.capitalised).toBe(false);
    expect(tokens.find((t) => t.text === 'Mosul')).toMatchObject({ capitalised: true, sentenceStart: false });
    expect(tokens.find((t) => t.text === 'Police')?.sentenceStart).toBe(true);
    expect(tokens.find((t) => t.text === 'Smith')?.sentenceStart).toBe(false);
  });

  it('joins runs with one joiner between them and keeps the spans', () => {
    const tokens = tokenize("U.S. troops, T&T and Ta‘izz's port");
    expect(tokens.map((t) => t.text)).toEqual(['U.S', 'troops', 'T&T', 'and', 'Ta‘izz', 'port']);
    expect(tokens[2]).toMatchObject({ start: 13, end: 16 });
  });

  it('reads millions of joined runs without exhausting the stack', () => {
    const tokens = tokenize('a.'.repeat(2_000_000));
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.end).toBe(3_999_999);
  });
});
