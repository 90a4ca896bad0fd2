import { thresholdToWords } from './threshold';

/** The 8 dihedral variants in the reference's output order. rot90 is counter-clockwise. */
export const DIHEDRAL_NAMES = [
  'orig',
  'rot90',
  'rot180',
  'rot270',
  'flipx',
  'flipy',
  'flipplus1',
  'flipminus1',
] as const;

/** Name of one dihedral variant. */
export type DihedralName = (typeof DIHEDRAL_NAMES)[number];

// Reversing an axis negates odd cosine frequencies, i.e. even 0-based indices (frequency = index+1).
const odd = (n: number): boolean => (n & 1) === 1;
type Rule = { transpose: boolean; keep: (i: number, j: number) => boolean };
const RULES: Rule[] = [
  { transpose: false, keep: () => true },
  { transpose: true, keep: (_i, j) => odd(j) },
  { transpose: false, keep: (i, j) => !odd(i + j) },
  { transpose: true, keep: (i) => odd(i) },
  { transpose: false, keep: (i) => odd(i) },
  { transpose: false, keep: (_i, j) => odd(j) },
  { transpose: true, keep: () => true },
  { transpose: true, keep: (i, j) => !odd(i + j) },
];

// For each variant v and output cell o: source cell and sign (sign folded into the index table as ±(src+1)).
const MAPS: Int16Array[] = RULES.map(({ transpose, keep }) => {
  const map = new Int16Array(256);
  for (let i = 0; i < 16; i += 1) {
    for (let j = 0; j < 16; j += 1) {
      const dest = transpose ? j * 16 + i : i * 16 + j;
      map[dest] = keep(i, j) ? i * 16 + j + 1 : -(i * 16 + j + 1);
    }
  }
  return map;
});

const variant = new Float32Array(256);

/**
 * Hashes all 8 dihedral variants of the 16×16 coefficients `b` into `out` (8 words each, in
 * DIHEDRAL_NAMES order), each thresholded at its own median, without re-hashing the image.
 */
export const dihedralWords = (b: Float32Array, out: Uint32Array = new Uint32Array(64)): Uint32Array => {
  for (let v = 0; v < 8; v += 1) {
    const map = MAPS[v]!;
    for (let o = 0; o < 256; o += 1) {
      const m = map[o]!;
      variant[o] = m > 0 ? b[m - 1]! : -b[-m - 1]!;
    }
    thresholdToWords(variant, out, v * 8);
  }
  return out;
};
