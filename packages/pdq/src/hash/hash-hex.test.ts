import { describe, expect, it } from 'vitest';
import { PdqError } from '../pdq-error';
import { hexToWords, isPdqHex, wordsToHex } from './hash-hex';

const SAMPLE = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';

describe('hash hex', () => {
  it('round-trips hex through words, lowercasing', () => {
    expect(wordsToHex(hexToWords(SAMPLE))).toBe(SAMPLE);
    expect(wordsToHex(hexToWords(SAMPLE.toUpperCase()))).toBe(SAMPLE);
  });

  // Bit (i, j) of the DCT is bit 16i + j of a big-endian 256-bit number: the last hex digit holds
  // row 0, columns 3…0, and the first holds row 15, columns 15…12.
  it('lays bits out as the reference does', () => {
    const words = new Uint32Array(8);
    words[0] = 1; // row 0, column 0
    expect(wordsToHex(words)).toBe(`${'0'.repeat(63)}1`);
    words[0] = 0;
    words[7] = 0x80000000; // row 15, column 15
    expect(wordsToHex(words)).toBe(`8${'0'.repeat(63)}`);
    words[7] = 0;
    words[0] = 1 << 16; // row 1, column 0
    expect(wordsToHex(words)).toBe(`${'0'.repeat(59)}10000`);
  });

  it('writes into a packed array at an offset', () => {
    const packed = new Uint32Array(24);
    hexToWords(SAMPLE, packed, 8);
    expect(wordsToHex(packed, 8)).toBe(SAMPLE);
    expect(wordsToHex(packed, 0)).toBe('0'.repeat(64));
  });

  it.each([['abc'], [`${SAMPLE}0`], [`${SAMPLE.slice(0, 63)}g`], [` ${SAMPLE.slice(1)}`]])(
    'refuses %j with a PdqError naming the input',
    (bad) => {
      expect(() => hexToWords(bad)).toThrow(PdqError);
      expect(() => hexToWords(bad)).toThrow(/is not a PDQ hash/);
      expect(isPdqHex(bad)).toBe(false);
    },
  );

  it('recognises well-formed hashes', () => {
    expect(isPdqHex(SAMPLE)).toBe(true);
    expect(isPdqHex(SAMPLE.toUpperCase())).toBe(true);
  });
});
