import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from './sentences';

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits on terminal punctuation but not after titles, initials or U.S.', () => {
    expect(split('Dr. Smith met Gen. Ali in the U.S. capital. Then he left. J. Doe stayed.')).toEqual([
      'Dr. Smith met Gen. Ali in the U.S. capital.',
      'Then he left.',
      'J. Doe stayed.',
    ]);
  });

  it('keeps "Oct. 20" inside its sentence', () => {
    expect(split('It happened on Oct. 20 near Mosul. Later more came.')).toHaveLength(2);
  });

  it('splits after a closing quote and before an opening one', () => {
    expect(split('“We fled,” she said. “They came at night.”')).toEqual([
      '“We fled,” she said.',
      '“They came at night.”',
    ]);
  });

  it('treats short heading lines and blank lines as boundaries and numbers paragraphs', () => {
    const text = 'Massacre in Tikrit\n\n16/06/14 Updated\n\nMilitants killed 12 people. Police said so.';
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual([
      'Massacre in Tikrit',
      '16/06/14 Updated',
      'Militants killed 12 people.',
      'Police said so.',
    ]);
    expect(s.map((x) => x.para)).toEqual([0, 1, 2, 2]);
  });

  it('joins a line wrapped in the middle of a sentence', () => {
    expect(
      split('At least five people were killed when a bomb exploded in a crowded\nmarket on Monday.'),
    ).toHaveLength(1);
  });

  it('finds the sentence around an offset', () => {
    const s = splitSentences('One two. Three four. Five.');
    expect(sentenceAt(s, 11)).toBe(1);
    expect(sentenceAt(s, 1000)).toBe(-1);
  });
});

describe('splitSentences on text without punctuation', () => {
  it('cuts an endless sentence into bounded pieces at spaces', () => {
    const text = 'killed five people '.repeat(2000);
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThan(10);
    expect(s.every((x) => x.end - x.start <= 2000)).toBe(true);
    expect(s.every((x) => text[x.start] !== ' ' && text[x.end - 1] !== ' ')).toBe(true);
  });
});
