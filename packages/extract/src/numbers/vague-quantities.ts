/**
 * Ranges given to vague quantity words. Chosen once, used everywhere (see the package README):
 * "dozens" is at least two dozen; "scores" at least two score; "hundreds" at least two hundred.
 * Each key is the lower-case word sequence.
 */
export const VAGUE_RANGES: ReadonlyMap<string, { min: number; max: number }> = new Map([
  ['a couple of', { min: 2, max: 2 }],
  ['a few', { min: 2, max: 5 }],
  ['a handful of', { min: 2, max: 5 }],
  ['several', { min: 3, max: 9 }],
  ['dozens', { min: 24, max: 99 }],
  ['several dozen', { min: 36, max: 99 }],
  ['scores', { min: 40, max: 99 }],
  ['hundreds', { min: 200, max: 999 }],
  ['several hundred', { min: 300, max: 999 }],
  ['thousands', { min: 2000, max: 9999 }],
  ['several thousand', { min: 3000, max: 9999 }],
  ['tens of thousands', { min: 20_000, max: 99_999 }],
  ['hundreds of thousands', { min: 200_000, max: 999_999 }],
  ['millions', { min: 2_000_000, max: 9_999_999 }],
]);

/** Longest first, so "tens of thousands" wins over "thousands"… (it starts differently anyway). */
export const VAGUE_KEYS: readonly string[][] = [...VAGUE_RANGES.keys()]
  .map((k) => k.split(' '))
  .sort((a, b) => b.length - a.length);
