import { describe, expect, it } from 'vitest';
import { removeControlCharacters, sanitizeText } from './sanitize-text';

describe('sanitizeText', () => {
  it('removes control and bidi-override characters', () => {
    expect(sanitizeText('Mosul\u0000\u0007 \u202Eevil\u202C update\u009B\uFFFF')).toBe('Mosul evil update');
  });

  it('folds all whitespace, line separators included, onto one line', () => {
    expect(sanitizeText('  a\r\nb\u2028c\u2029d\t e  ')).toBe('a b c d e');
  });

  it('keeps line breaks in multiline mode, at most one blank line', () => {
    expect(sanitizeText(' one \r\n\n\n\n two\u2028three ', { multiline: true })).toBe('one\n\ntwo\nthree');
  });

  it('replaces lone surrogates and keeps paired ones', () => {
    expect(sanitizeText('a\uD800b 😀')).toBe('a\uFFFDb 😀');
  });

  it('normalises to NFC', () => {
    expect(sanitizeText('Cafe\u0301')).toBe('Café');
  });

  it('truncates by code points with an ellipsis', () => {
    expect(sanitizeText('😀😀😀😀😀', { maxLength: 3 })).toBe('😀😀…');
    expect(sanitizeText('short', { maxLength: 10 })).toBe('short');
  });

  it('keeps markup as text (escaping is the renderer’s job)', () => {
    expect(sanitizeText('<b>x</b>')).toBe('<b>x</b>');
  });
});

describe('removeControlCharacters', () => {
  it('unifies line ends without folding whitespace', () => {
    expect(removeControlCharacters('a\r\nb\rc\u2028d  e\u0001')).toBe('a\nb\nc\nd  e');
  });
});
