import { PdqError } from '../pdq-error';

/** Words in a hash: 8 × 32 bits. Word k holds DCT row 2k in its low half and row 2k+1 in its high half. */
export const HASH_WORDS = 8;

// Char code → nibble value, or 255 for a character that is not a hex digit.
const NIBBLE = new Uint8Array(128).fill(255);
for (let i = 0; i < 16; i += 1) {
  NIBBLE['0123456789abcdef'.charCodeAt(i)] = i;
  NIBBLE['0123456789ABCDEF'.charCodeAt(i)] = i;
}

const invalid = (hex: string): PdqError => {
  const shown = hex.length > 70 ? `${hex.slice(0, 70)}…` : hex;
  return new PdqError('invalid_hash', `"${shown}" is not a PDQ hash: expected 64 hex characters`);
};

/**
 * Parses a 64-character hex hash (either case) into 8 words, writing into `out` at `offset`
 * when given. Hex order is the reference's: the first 4 digits are the word of DCT row 15, so
 * the string read right to left, 8 digits at a time, gives words 0…7.
 */
export const hexToWords = (
  hex: string,
  out: Uint32Array = new Uint32Array(HASH_WORDS),
  offset = 0,
): Uint32Array => {
  if (hex.length !== 64) throw invalid(hex);
  for (let k = 0; k < HASH_WORDS; k += 1) {
    let w = 0;
    for (let c = 56 - 8 * k, end = c + 8; c < end; c += 1) {
      const nibble = NIBBLE[hex.charCodeAt(c)] ?? 255;
      if (nibble === 255) throw invalid(hex);
      w = (w << 4) | nibble;
    }
    out[offset + k] = w >>> 0;
  }
  return out;
};

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Formats 8 hash words (from `offset` in `words`) as 64 lowercase hex characters. */
export const wordsToHex = (words: Uint32Array, offset = 0): string => {
  let s = '';
  for (let k = HASH_WORDS - 1; k >= 0; k -= 1) {
    const w = words[offset + k]!;
    s += HEX[w >>> 24]! + HEX[(w >>> 16) & 255]! + HEX[(w >>> 8) & 255]! + HEX[w & 255]!;
  }
  return s;
};

/** True when `hex` is a well-formed hash (64 hex characters, either case). */
export const isPdqHex = (hex: string): boolean => /^[0-9a-fA-F]{64}$/.test(hex);
