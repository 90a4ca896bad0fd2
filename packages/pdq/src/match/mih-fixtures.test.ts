import { describe, expect, it } from 'vitest';
import { hasPdqFixtures, readLines, readTsv } from '../testing/pdq-fixtures';
import { PdqIndex } from './pdq-index';

// Upstream's needles and haystack, with every pair within 63 found by brute force and checked
// against the reference MIH (mih/expected-matches-d63.tsv, 1-based lines).
describe.skipIf(!hasPdqFixtures)('MIH on the reference needles and haystack (shared fixtures)', () => {
  it.each([0, 16, 31, 32, 47, 63])('reproduces every pair within distance %i', (d) => {
    const haystack = readLines('mih/haystack.txt');
    const needles = readLines('mih/needles.txt');
    // tailLimit 1: everything goes through the multi-index, not the linear tail.
    const sut = new PdqIndex({ tailLimit: 1 });
    sut.addMany(haystack);
    expect(sut.stats().segments).toEqual([1350, 0]);
    const found = needles.flatMap((needle, n) =>
      sut.query(needle, d).map((m) => [n + 1, m.id + 1, m.distance].join('\t')),
    );
    const expected = readTsv('mih/expected-matches-d63.tsv')
      .filter((row) => Number(row[2]) <= d)
      .map((row) => row.join('\t'));
    expect(found).toEqual(expected);
    expect(found.length).toBe({ 0: 50, 16: 152, 31: 250, 32: 250, 47: 287, 63: 352 }[d]);
  });
});
