import { DomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { decodeText as sut, looksBinary, requireText } from './decode-text';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeText', () => {
  it('decodes UTF-8, strips a BOM and normalises line ends', () => {
    const out = sut(bytes([0xef, 0xbb, 0xbf], 'Mosul\r\nقتل 12\rend'), 'a.txt');
    expect(out).toEqual({ text: 'Mosul\nقتل 12\nend', notes: [] });
  });

  it('replaces invalid UTF-8 and says how many places', () => {
    const out = sut(bytes('ok ', [0xff], ' and ', [0xc3], ' end'), 'bad.txt');
    expect(out.text).toBe('ok \ufffd and \ufffd end');
    expect(out.notes).toEqual(['invalid UTF-8 replaced at 2 places']);
  });

  it('does not count a replacement character that was in the source as a repair', () => {
    const out = sut(bytes('already \ufffd here ', [0xfe]), 'x.txt');
    expect(out.notes).toEqual(['invalid UTF-8 replaced at 1 place']);
  });

  it('refuses binary content with unsupported_format', () => {
    const err = catchError(() => sut(bytes('GIF89a', [0, 0, 1, 2]), 'pic.dat'));
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({
      code: 'unsupported_format',
      message: 'pic.dat: binary file, not a text document',
    });
  });

  it('decodes a declared legacy charset', () => {
    // "سلام" in windows-1256
    const out = sut(Uint8Array.from([0xd3, 0xe1, 0xc7, 0xe3]), 'ar.html', 'windows-1256');
    expect(out.text).toBe('سلام');
  });

  it('falls back to UTF-8 for an unknown charset label', () => {
    expect(sut(bytes('plain'), 'p.txt', 'x-no-such-charset').text).toBe('plain');
  });
});

describe('looksBinary', () => {
  it('accepts text with tabs and ANSI escapes, rejects many control characters', () => {
    expect(looksBinary(bytes('a\tb\n\x1b[31mred\x1b[0m\n'))).toBe(false);
    expect(looksBinary(bytes([1, 2, 3, 4, 5], 'abcdefgh'))).toBe(true);
    expect(looksBinary(new Uint8Array())).toBe(false);
  });
});

describe('requireText', () => {
  it('throws empty_input for whitespace only', () => {
    expect(() => requireText(' \n\t ', 'blank.txt')).toThrow('blank.txt: empty, no text to ingest');
    expect(requireText(' x ', 'x.txt')).toBe(' x ');
  });
});

const catchError = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (err) {
    return err;
  }
  return undefined;
};
