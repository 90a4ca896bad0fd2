import { describe, expect, it } from 'vitest';
import { exportMediaHashes, importHashList, matchHashList } from './hash-list-commands';
import { createMediaIngester } from './media-ingester';
import { flatPng, mirroredSmallCopy, photoJpeg } from './media-images.fixture';
import { makeMediaDeps } from './media-store.fake';

const collect = async (lines: AsyncIterable<string>): Promise<string[]> => {
  const out: string[] = [];
  for await (const l of lines) out.push(l);
  return out;
};

const source = (bytes: Uint8Array, name: string) => ({ bytes, name, fileName: name, url: null });

describe('importHashList', () => {
  it('stores the good lines under the name, reports the bad line, and audits the import', async () => {
    const { deps, store } = makeMediaDeps();
    const good = 'a'.repeat(64);
    const result = await importHashList(deps, {
      name: 'partner',
      fileName: 'list.csv',
      text: `hash,label\n${good},case 1\nxyz,case 2\n`,
      actorId: 'usr_1',
    });
    expect(result.list).toMatchObject({ name: 'partner', entryCount: 1, fileName: 'list.csv' });
    expect(result.issues).toEqual([{ line: 3, message: '"xyz" is not a PDQ hash (64 hex characters)' }]);
    expect(store.committed.entries).toEqual([
      { hash: good, label: 'case 1', line: 2, listId: result.list.id },
    ]);
    expect(store.committed.audit).toMatchObject([
      { action: 'hashlist.import', entityId: result.list.id, actorId: 'usr_1', after: { entries: 1 } },
    ]);
  });

  it('refuses a list without a single hash, and a taken name, storing nothing', async () => {
    const { deps, store } = makeMediaDeps();
    await expect(
      importHashList(deps, { name: 'x', fileName: 'bad.txt', text: 'one\ntwo\n', actorId: null }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
      message: 'bad.txt: no valid PDQ hashes (2 bad lines)',
    });
    await importHashList(deps, { name: 'x', fileName: null, text: 'b'.repeat(64), actorId: null });
    await expect(
      importHashList(deps, { name: 'x', fileName: null, text: 'c'.repeat(64), actorId: null }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(store.committed.lists).toHaveLength(1);
    expect(store.committed.audit).toHaveLength(1);
  });
});

describe('export, import and match round trip', () => {
  it('exports stored hashes (not unreliable ones); another newsroom finds mirrored copies from the list alone', async () => {
    const ours = makeMediaDeps();
    const ingest = createMediaIngester(ours.deps);
    const a = await ingest.ingestImage(source(await photoJpeg(11), 'a.jpg'));
    const b = await ingest.ingestImage(source(await photoJpeg(12), 'b.jpg'));
    await ingest.ingestImage(source(await flatPng(), 'flat.png'));
    const exported = exportMediaHashes(ours.deps.store.media, 'csv');
    const lines = await collect(exported.lines);
    expect(lines).toEqual(['hash,label', `${a.media.pdq},${a.media.id}`, `${b.media.pdq},${b.media.id}`]);
    expect(exported.stats).toEqual({ exported: 2, leftOut: 1 });

    const theirs = makeMediaDeps();
    const copy = await createMediaIngester(theirs.deps).ingestImage(
      source(await mirroredSmallCopy(11), 'copy.jpg'),
    );
    const found = await matchHashList(theirs.deps.store.media, {
      name: 'shared.csv',
      text: lines.join('\n'),
    });
    expect(found.checked).toBe(1);
    expect(found.matches).toEqual([
      {
        line: 2,
        hash: a.media.pdq,
        label: a.media.id,
        mediaId: copy.media.id,
        distance: expect.any(Number),
        variant: expect.stringMatching(/^flip/),
      },
    ]);
    expect(found.matches[0]!.distance).toBeLessThanOrEqual(31);
    expect(
      (await matchHashList(theirs.deps.store.media, { name: 's', text: lines.join('\n'), distance: 0 }))
        .matches,
    ).toEqual([]);
  });

  it('checks every new item against imported lists at ingest and records the hit', async () => {
    const { deps, store } = makeMediaDeps();
    const ingest = createMediaIngester(deps);
    const original = await createMediaIngester(makeMediaDeps().deps).ingestImage(
      source(await photoJpeg(13), 'x.jpg'),
    );
    const { list } = await importHashList(deps, {
      name: 'partner',
      fileName: null,
      text: `${original.media.pdq},"case 7, Mosul"`,
      actorId: null,
    });
    const copy = await ingest.ingestImage(source(await mirroredSmallCopy(13), 'copy.jpg'));
    expect(copy.matches).toMatchObject([
      { kind: 'hash_list', hashListId: list.id, listLabel: 'case 7, Mosul', listHash: original.media.pdq },
    ]);
    expect(copy.notes.join()).toMatch(
      /matches hash list "partner" line 1 \(case 7, Mosul\), PDQ distance \d+/,
    );
    expect(store.committed.matches).toHaveLength(1);
    expect(ingest.counts.listHits).toBe(1);
  });

  it('refuses a distance out of range', async () => {
    const { deps } = makeMediaDeps();
    await expect(
      matchHashList(deps.store.media, { name: 'l', text: 'a'.repeat(64), distance: 300 }),
    ).rejects.toMatchObject({
      code: 'validation_failed',
    });
  });
});
