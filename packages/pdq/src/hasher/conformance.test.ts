import { describe, expect, it } from 'vitest';
import { hasPdqFixtures, readJson, readPng, readTsv } from '../testing/pdq-fixtures';
import { DCT_MATRIX } from './dct';
import { PdqHasher } from './pdq-hasher';

interface Intermediates {
  file: string;
  hash: string;
  quality: number;
  dctMedian: number;
  downsampled64x64: number[][];
  dct16x16: number[][];
}

const f32 = (rows: number[][]): number[] => rows.flat().map((v) => Math.fround(v));

// "Same pixels in, same hash out": Meta's bar for a port, on the pixels the C++ reference hashed.
describe.skipIf(!hasPdqFixtures)('PDQ against the C++ reference (shared fixtures)', () => {
  const sut = new PdqHasher();

  it.each(hasPdqFixtures ? readTsv('expected/decoded-hashes.tsv') : [])(
    'hashes %s to the reference hash and quality',
    async (file, hash, quality) => {
      const result = sut.hash(await readPng(file));
      expect([result.hash, result.quality]).toEqual([hash, Number(quality)]);
    },
  );

  // Flat colours hash to float32 round-off noise: they agree only if every step is float32 in order.
  it.each(
    hasPdqFixtures
      ? readTsv('expected/reference-hashes.tsv').filter(([f]) => f!.includes('/generated/'))
      : [],
  )('hashes the generated image %s exactly', async (file, hash, quality) => {
    const result = sut.hash(await readPng(file));
    expect([result.hash, result.quality]).toEqual([hash, Number(quality)]);
  });

  it('builds the reference DCT basis bit for bit', () => {
    const { matrix } = readJson<{ matrix: number[][] }>('intermediates/dct-matrix-16x64.json');
    expect(Array.from(DCT_MATRIX)).toEqual(f32(matrix));
  });

  it.each(['bridge-1-original.jpg', 'q2821.jpg', 'wee.jpg', 'small.jpg'])(
    'matches the reference internals of %s in float32',
    async (name) => {
      const ref = readJson<Intermediates>(`intermediates/${name}.json`);
      const decoded = readTsv('expected/decoded-hashes.tsv').find(([, , , source]) => source === ref.file)!;
      const result = sut.hash(await readPng(decoded[0]!));
      const { downsampled, dct } = sut.internals();
      expect(Array.from(downsampled)).toEqual(f32(ref.downsampled64x64));
      expect(Array.from(dct)).toEqual(f32(ref.dct16x16));
      expect(Array.from(dct).sort((a, b) => a - b)[127]).toBe(Math.fround(ref.dctMedian));
      expect([result.hash, result.quality]).toEqual([ref.hash, ref.quality]);
    },
  );
});
