import { describe, expect, it } from 'vitest';
import { charsetOf, parsePlainText as sut } from './plain-text.parser';

const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('parsePlainText', () => {
  it('keeps the text and takes a short first line as the title', () => {
    const doc = sut(enc('\n  Tikrit report  \n\nAt least 12 people were killed.\n'), { name: 'r.txt' });
    expect(doc.title).toBe('Tikrit report');
    expect(doc.text).toBe('\n  Tikrit report  \n\nAt least 12 people were killed.\n');
    expect(doc).toMatchObject({ kind: 'other', byline: null, publishedAt: null, notes: [] });
  });

  it('gives no title when the first line is a long paragraph', () => {
    const doc = sut(enc(`${'word '.repeat(60)}\nsecond`), { name: 'long.txt' });
    expect(doc.title).toBeNull();
  });

  it('refuses empty text', () => {
    expect(() => sut(enc('  \n '), { name: 'e.txt' })).toThrow(/e\.txt: empty/);
  });

  it('uses the charset of a content type', () => {
    const doc = sut(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), {
      name: 'u',
      contentType: 'text/plain; charset=ISO-8859-1',
    });
    expect(doc.text).toBe('café');
  });
});

describe('charsetOf', () => {
  it('reads the charset parameter', () => {
    expect(charsetOf('text/html; charset="windows-1256"')).toBe('windows-1256');
    expect(charsetOf('text/html')).toBeNull();
    expect(charsetOf(null)).toBeNull();
  });
});
