import { describe, expect, it } from 'vitest';
import type { NewDocument } from '@corroborate/core';
import { MemoryStore } from './memory-store.fake';

const doc = (sha: string): NewDocument => ({
  kind: 'other', url: null, fileName: null, title: null, byline: null, publishedAt: null,
  retrievedAt: new Date(0), language: null, text: 't', sha256: sha.repeat(64), sourceId: null, ingestNotes: [],
}); // prettier-ignore

describe('MemoryStore fake', () => {
  it('refuses writes outside a transaction and members it does not implement', async () => {
    const sut = new MemoryStore().port;
    expect(() => sut.documents.insertOrGetBySha(doc('a'))).toThrow(/outside a transaction/);
    expect(() => sut.sources.list()).toThrow('MemoryStore fake: store.sources.list is not implemented');
    await expect(sut.transaction((tx) => tx.documents.list({ limit: 1 }))).rejects.toThrow(
      /documents.list is not implemented/,
    );
  });

  it('commits a transaction only when it succeeds', async () => {
    const memory = new MemoryStore();
    await memory.port.transaction((tx) => tx.documents.insertOrGetBySha(doc('a')));
    await expect(
      memory.port.transaction(async (tx) => {
        await tx.documents.insertOrGetBySha(doc('b'));
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(memory.allDocuments.map((d) => d.sha256[0])).toEqual(['a']);
    expect(await memory.port.documents.count()).toBe(1);
  });
});
