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
});
