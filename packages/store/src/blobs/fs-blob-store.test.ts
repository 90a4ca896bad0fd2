import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FsBlobStore } from './fs-blob-store';
import { MemoryBlobStore } from './memory-blob-store';

const sha = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

const collect = async (names: AsyncIterable<string>): Promise<string[]> => {
  const out: string[] = [];
  for await (const n of names) out.push(n);
  return out;
};

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'corroborate-blobs-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('FsBlobStore', () => {
  it('stores bytes under their SHA-256 in ab/cd/abcd… and reads them back', async () => {
    const sut = new FsBlobStore(root);
    const data = bytes('photo bytes');
    const { sha256, created } = await sut.put(data);
    expect(sha256).toBe(sha(data));
    expect(created).toBe(true);
    expect(sut.pathOf(sha256)).toBe(join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256));
    expect(Buffer.from((await sut.get(sha256))!).toString()).toBe('photo bytes');
    expect(await sut.has(sha256)).toBe(true);
  });

  it('never overwrites: storing the same bytes again leaves the first file alone', async () => {
    const sut = new FsBlobStore(root);
    const { sha256 } = await sut.put(bytes('same'));
    const again = await sut.put(bytes('same'));
    expect(again).toEqual({ sha256, created: false });
    // Concurrent writers of the same bytes: exactly one creates it.
    const racing = await Promise.all(Array.from({ length: 8 }, () => sut.put(bytes('raced'))));
    expect(racing.filter((r) => r.created)).toHaveLength(1);
  });

  it('leaves no temporary files behind, so a reader only ever sees whole blobs', async () => {
    const sut = new FsBlobStore(root);
    await Promise.all(['a', 'b', 'c', 'a'].map((t) => sut.put(bytes(t))));
    expect(await readdir(join(root, '.tmp'))).toEqual([]);
    expect(await collect(sut.list())).toEqual(['a', 'b', 'c'].map((t) => sha(bytes(t))).sort());
  });

  it('returns null for a missing blob, refuses names that are not SHA-256, and detects altered files', async () => {
    const sut = new FsBlobStore(root);
    expect(await sut.get('0'.repeat(64))).toBeNull();
    expect(await sut.has('0'.repeat(64))).toBe(false);
    await expect(sut.get('../../etc/passwd')).rejects.toMatchObject({ code: 'validation_failed' });
    const { sha256 } = await sut.put(bytes('evidence'));
    await writeFile(sut.pathOf(sha256), 'tampered');
    await expect(sut.get(sha256)).rejects.toMatchObject({ code: 'integrity_failed' });
  });

  it('lists nothing for a folder that does not exist yet', async () => {
    expect(await collect(new FsBlobStore(join(root, 'none')).list())).toEqual([]);
  });
});

describe('MemoryBlobStore', () => {
  it('follows the same contract: content names, no overwrite, copies out', async () => {
    const sut = new MemoryBlobStore();
    const data = bytes('x');
    const first = await sut.put(data);
    expect(first).toEqual({ sha256: sha(data), created: true });
    expect((await sut.put(bytes('x'))).created).toBe(false);
    const read = (await sut.get(first.sha256))!;
    read[0] = 0;
    expect(Buffer.from((await sut.get(first.sha256))!).toString()).toBe('x');
    expect(await collect(sut.list())).toEqual([first.sha256]);
  });
});
