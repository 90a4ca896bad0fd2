import type { MediaHashRow, MediaRepository } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { NearDuplicateIndex } from './near-duplicate-index';

const hex = (nibble: string, flips = 0): string => {
  const base = nibble.repeat(64).split('');
  for (let i = 0; i < flips; i++) base[i] = base[i] === '0' ? 'f' : '0';
  return base.join('');
};

/** Only hashesForMatching is used by the index. */
const repoOver = (rows: MediaHashRow[]): { repo: MediaRepository; calls: number[] } => {
  const calls: number[] = [];
  const repo = {
    hashesForMatching: (after: number, limit: number) => {
      calls.push(after);
      return Promise.resolve(
        rows
          .filter((r) => r.position > after)
          .sort((a, b) => a.position - b.position)
          .slice(0, limit),
      );
    },
  } as unknown as MediaRepository;
  return { repo, calls };
};

const row = (position: number, pdq: string): MediaHashRow => ({
  position,
  id: `med_${position}`,
  pdq,
  firstSeenAt: new Date(Date.UTC(2024, 0, position)),
});

describe('NearDuplicateIndex', () => {
  it('finds stored hashes within the distance, closest first, with their first-seen dates', async () => {
    // 2 flipped nibbles = 8 bits; 7 = 28 bits; 8 = 32 bits (just over).
    const { repo } = repoOver([
      row(1, hex('0', 7)),
      row(2, hex('0', 2)),
      row(3, hex('0', 8)),
      row(4, hex('a')),
    ]);
    const sut = new NearDuplicateIndex();
    await sut.refresh(repo);
    const found = sut.find([hex('0')], 31);
    expect(found.map((f) => [f.mediaId, f.distance, f.variant])).toEqual([
      ['med_2', 8, 'orig'],
      ['med_1', 28, 'orig'],
    ]);
    expect(found[1]!.firstSeenAt.toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });

  it('loads only newer rows on refresh, and still picks up a row committed late behind the last position', async () => {
    const rows = [row(1, hex('0')), row(3, hex('1'))];
    const { repo, calls } = repoOver(rows);
    const sut = new NearDuplicateIndex();
    await sut.refresh(repo);
    expect(sut.size).toBe(2);
    rows.push(row(2, hex('2')), row(4, hex('3')));
    await sut.refresh(repo);
    expect(sut.size).toBe(4);
    await sut.refresh(repo);
    expect(sut.size).toBe(4);
    expect(calls).toEqual([0, 0, 0]);
    expect(sut.find([hex('2')], 0).map((f) => f.mediaId)).toEqual(['med_2']);
  });

  it('names the dihedral variant that matched', async () => {
    const { repo } = repoOver([row(1, hex('c'))]);
    const sut = new NearDuplicateIndex();
    await sut.refresh(repo);
    expect(sut.find([hex('0'), hex('5'), hex('c')], 0)).toMatchObject([
      { mediaId: 'med_1', variant: 'rot180', distance: 0 },
    ]);
  });
});
