import { describe, expect, it } from 'vitest';
import { PdqError } from '../pdq-error';
import { hashFamilies, seededRandom } from '../testing/random-hashes';
import { loadIndex, saveIndex } from './index-codec';
import { PdqIndex } from './pdq-index';

describe('index file', () => {
  const make = (): PdqIndex => {
    const sut = new PdqIndex();
    sut.addMany(hashFamilies(seededRandom(1), 10, 2, 5));
    sut.remove(4);
    return sut;
  };

  it('is 16 header bytes, 32 per hash and a tombstone bit per hash', () => {
    expect(saveIndex(make()).length).toBe(16 + 30 * 32 + 4);
  });

  it('restores hashes, ids and removals', () => {
    const original = make();
    const sut = loadIndex(saveIndex(original));
    expect(sut.count).toBe(30);
    expect(sut.has(4)).toBe(false);
    expect(Array.from({ length: 30 }, (_, id) => sut.get(id))).toEqual(
      Array.from({ length: 30 }, (_, id) => original.get(id)),
    );
  });

  it('refuses files that are not indexes or are cut short', () => {
    const bytes = saveIndex(make());
    expect(() => loadIndex(new TextEncoder().encode('hello world, not an index'))).toThrow(PdqError);
    expect(() => loadIndex(bytes.subarray(0, bytes.length - 3))).toThrow(/should be \d+ bytes/);
    const future = bytes.slice();
    future[8] = 9;
    expect(() => loadIndex(future)).toThrow(/format 9/);
  });
});
