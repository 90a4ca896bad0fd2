import { isDomainError, type MediaItem, type NewMediaMatch } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { aDocument } from './contract-factories';
import { useContractStore, type ContractHarness } from './contract-harness';
import { aMediaItem, hexOf } from './media-factories';

const codeOf = (err: unknown): string | undefined => (isDomainError(err) ? err.code : undefined);

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
};

const nearDuplicate = (newer: MediaItem, older: MediaItem, distance = 4): NewMediaMatch => ({
  mediaId: newer.id,
  kind: 'near_duplicate',
  matchedMediaId: older.id,
  matchedFirstSeenAt: older.firstSeenAt,
  hashListId: null,
  listHash: null,
  listLabel: null,
  distance,
  variant: 'flipx',
});

export function mediaContract(h: ContractHarness): void {
  describe('media items', () => {
    const t = useContractStore(h);

    it('stores an item and reads it back field for field, by id and by SHA-256', async () => {
      const { store, clock } = t();
      clock.set('2026-03-28T23:59:59.999Z');
      const input = aMediaItem('a', { flags: ['first_frame_only'], url: 'https://example.org/a.jpg' });
      const { media, created } = await store.media.insertOrGetBySha(input);
      expect(created).toBe(true);
      expect(media.id).toMatch(/^med_/);
      expect(media.createdAt.toISOString()).toBe('2026-03-28T23:59:59.999Z');
      expect(media).toMatchObject(input);
      expect(await store.media.get(media.id)).toEqual(media);
      expect(await store.media.getBySha(input.sha256)).toEqual(media);
      expect(await store.media.get('med_missing')).toBeNull();
    });

    it('keeps nullable fields null (an image without hash, EXIF or thumbnail)', async () => {
      const { store } = t();
      const input = aMediaItem('bare', {
        pdq: null,
        pdqQuality: null,
        pdqDihedral: null,
        exif: null,
        thumbnailSha256: null,
        width: null,
        height: null,
        fileName: null,
      });
      const { media } = await store.media.insertOrGetBySha(input);
      expect(await store.media.get(media.id)).toEqual(media);
      expect(await store.media.hashesForMatching(0, 10)).toEqual([]);
    });

    it('deduplicates by SHA-256: the same bytes return the stored item', async () => {
      const { store } = t();
      const first = await store.media.insertOrGetBySha(aMediaItem('a'));
      const again = await store.media.insertOrGetBySha(aMediaItem('a', { fileName: 'other-name.jpg' }));
      expect(again.created).toBe(false);
      expect(again.media).toEqual(first.media);
      expect(await store.media.count()).toBe(1);
    });

    it('refuses malformed items and unknown documents, storing nothing', async () => {
      const { store } = t();
      const bad = [
        aMediaItem('x', { sha256: 'ABC' }),
        aMediaItem('x', { pdq: 'f'.repeat(63) }),
        aMediaItem('x', { pdqQuality: 101 }),
        aMediaItem('x', { pdqDihedral: ['0'.repeat(64)] }),
        aMediaItem('x', { flags: ['blurry' as never] }),
        aMediaItem('x', { sensitivity: 'gory' as never }),
        aMediaItem('x', { fileName: 'a\u0000.jpg' }),
      ];
      for (const item of bad) {
        await expect(store.media.insertOrGetBySha(item)).rejects.toSatisfy(
          (e) => codeOf(e) === 'validation_failed',
        );
      }
      await expect(
        store.media.insertOrGetBySha(aMediaItem('x', { documentId: 'doc_missing' })),
      ).rejects.toSatisfy((e) => codeOf(e) === 'not_found');
      expect(await store.media.count()).toBe(0);
    });

    it('links an item to the document it came from', async () => {
      const { store } = t();
      const { document } = await store.documents.insertOrGetBySha(aDocument());
      const { media } = await store.media.insertOrGetBySha(aMediaItem('a', { documentId: document.id }));
      expect((await store.media.get(media.id))?.documentId).toBe(document.id);
    });

    it('sets the sensitivity a person chose, and filters lists by it', async () => {
      const { store, clock } = t();
      const ids: string[] = [];
      for (const seed of ['a', 'b', 'c']) {
        clock.advance(1_000);
        ids.push((await store.media.insertOrGetBySha(aMediaItem(seed))).media.id);
      }
      const updated = await store.media.setSensitivity(ids[1]!, 'dead_bodies');
      expect(updated.sensitivity).toBe('dead_bodies');
      expect((await store.media.get(ids[1]!))?.sensitivity).toBe('dead_bodies');
      const flagged = await store.media.list({ limit: 10, sensitivity: 'dead_bodies' });
      expect(flagged.items.map((m) => m.id)).toEqual([ids[1]]);
      await expect(store.media.setSensitivity('med_missing', 'none')).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
      await expect(store.media.setSensitivity(ids[0]!, 'gory' as never)).rejects.toSatisfy(
        (e) => codeOf(e) === 'validation_failed',
      );
    });

    it('lists newest first in pages, and iterates in insertion order', async () => {
      const { store, clock } = t();
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        if (i !== 2) clock.advance(1_000); // two items share a millisecond: the id breaks the tie
        ids.push((await store.media.insertOrGetBySha(aMediaItem(`p${i}`))).media.id);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { items: MediaItem[]; nextCursor: string | null } = await store.media.list({
          limit: 2,
          cursor,
        });
        seen.push(...page.items.map((m) => m.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...ids].reverse());
      expect((await collect(store.media.iterate())).map((m) => m.id)).toEqual(ids);
    });

    it('hands the matcher only reliable hashes, after a position, in insertion order', async () => {
      const { store } = t();
      const a = (await store.media.insertOrGetBySha(aMediaItem('a'))).media;
      await store.media.insertOrGetBySha(aMediaItem('weak', { pdqQuality: 12, flags: ['pdq_unreliable'] }));
      const c = (await store.media.insertOrGetBySha(aMediaItem('c'))).media;
      const all = await store.media.hashesForMatching(0, 10);
      expect(all.map((r) => [r.id, r.pdq])).toEqual([
        [a.id, a.pdq],
        [c.id, c.pdq],
      ]);
      expect(all[0]!.firstSeenAt.toISOString()).toBe('2014-06-12T21:30:05.123Z');
      expect(all[1]!.position).toBeGreaterThan(all[0]!.position);
      expect((await store.media.hashesForMatching(all[0]!.position, 10)).map((r) => r.id)).toEqual([c.id]);
      expect((await store.media.hashesForMatching(0, 1)).map((r) => r.id)).toEqual([a.id]);
    });
  });

  describe('media matches', () => {
    const t = useContractStore(h);

    it('records a near-duplicate with its distance and the earlier first-seen date, seen from both sides', async () => {
      const { store } = t();
      const older = (await store.media.insertOrGetBySha(aMediaItem('old'))).media;
      const newer = (await store.media.insertOrGetBySha(aMediaItem('new', { firstSeenAt: new Date() })))
        .media;
      const match = await store.media.addMatch(nearDuplicate(newer, older, 6));
      expect(match.id).toMatch(/^mm_/);
      expect(await store.media.listMatches(newer.id)).toEqual([match]);
      expect(await store.media.listMatches(older.id)).toEqual([match]);
      expect(match.matchedFirstSeenAt?.toISOString()).toBe('2014-06-12T21:30:05.123Z');
      expect(match.distance).toBe(6);
    });

    it('records a hit on a hash list entry', async () => {
      const { store } = t();
      const item = (await store.media.insertOrGetBySha(aMediaItem('a'))).media;
      const list = await store.hashLists.create({ name: 'partner', fileName: 'p.csv', importedBy: null }, [
        { hash: hexOf('entry'), label: 'case 12', line: 2 },
      ]);
      const hit = await store.media.addMatch({
        mediaId: item.id,
        kind: 'hash_list',
        matchedMediaId: null,
        matchedFirstSeenAt: null,
        hashListId: list.id,
        listHash: hexOf('entry'),
        listLabel: 'case 12',
        distance: 0,
        variant: 'orig',
      });
      expect(await store.media.listMatches(item.id)).toEqual([hit]);
    });

    it('refuses matches naming unknown items or lists, or out-of-range distances', async () => {
      const { store } = t();
      const item = (await store.media.insertOrGetBySha(aMediaItem('a'))).media;
      const ghost = { ...item, id: 'med_ghost' };
      await expect(store.media.addMatch(nearDuplicate(item, ghost))).rejects.toSatisfy(
        (e) => codeOf(e) === 'not_found',
      );
      await expect(store.media.addMatch(nearDuplicate(item, item, 300))).rejects.toSatisfy(
        (e) => codeOf(e) === 'validation_failed',
      );
      expect(await store.media.listMatches(item.id)).toEqual([]);
    });

    it('rolls back the item and its matches together', async () => {
      const { store } = t();
      const older = (await store.media.insertOrGetBySha(aMediaItem('old'))).media;
      await expect(
        store.transaction(async (tx) => {
          const { media } = await tx.media.insertOrGetBySha(aMediaItem('new'));
          await tx.media.addMatch(nearDuplicate(media, older));
          throw new Error('thumbnail write failed');
        }),
      ).rejects.toThrow('thumbnail write failed');
      expect(await store.media.count()).toBe(1);
      expect(await store.media.listMatches(older.id)).toEqual([]);
    });
  });

  describe('hash lists', () => {
    const t = useContractStore(h);

    it('stores a named list with its entries, and streams the entries of every list in order', async () => {
      const { store, clock } = t();
      const entries = Array.from({ length: 1_203 }, (_, i) => ({
        hash: hexOf(`h${i}`),
        label: i % 2 ? `label ${i}` : null,
        line: i + 2,
      }));
      const list = await store.hashLists.create(
        { name: ' partner A ', fileName: 'a.csv', importedBy: 'usr_1' },
        entries,
      );
      clock.advance(1_000);
      const other = await store.hashLists.create({ name: 'B', fileName: null, importedBy: null }, [
        entries[0]!,
      ]);
      expect(list).toMatchObject({
        name: 'partner A',
        entryCount: 1_203,
        fileName: 'a.csv',
        importedBy: 'usr_1',
      });
      expect(await store.hashLists.get(list.id)).toEqual(list);
      expect(await store.hashLists.getByName('partner A')).toEqual(list);
      expect(await store.hashLists.getByName('nope')).toBeNull();
      expect((await store.hashLists.list()).map((l) => l.id)).toEqual([list.id, other.id]);
      const stored = await collect(store.hashLists.iterateEntries());
      expect(stored).toHaveLength(1_204);
      expect(stored.slice(0, 1_203)).toEqual(entries.map((e) => ({ ...e, listId: list.id })));
      expect(stored[1_203]).toEqual({ ...entries[0], listId: other.id });
    });

    it('refuses a taken name and malformed hashes, storing nothing of the refused list', async () => {
      const { store } = t();
      await store.hashLists.create({ name: 'A', fileName: null, importedBy: null }, []);
      await expect(
        store.hashLists.create({ name: 'A', fileName: null, importedBy: null }, [
          { hash: hexOf('x'), label: null, line: 1 },
        ]),
      ).rejects.toSatisfy((e) => codeOf(e) === 'conflict');
      await expect(
        store.hashLists.create({ name: 'C', fileName: null, importedBy: null }, [
          { hash: 'xyz', label: null, line: 1 },
        ]),
      ).rejects.toSatisfy((e) => codeOf(e) === 'validation_failed');
      await expect(
        store.hashLists.create({ name: '  ', fileName: null, importedBy: null }, []),
      ).rejects.toSatisfy((e) => codeOf(e) === 'validation_failed');
      expect((await store.hashLists.list()).map((l) => l.name)).toEqual(['A']);
      expect(await collect(store.hashLists.iterateEntries())).toEqual([]);
    });
  });
}
