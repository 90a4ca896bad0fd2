import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blobDirFor, blobStoreFor } from './blob-dir';
import { FsBlobStore } from './fs-blob-store';

describe('blobDirFor', () => {
  const cwd = join('/', 'srv', 'corroborate');

  it('puts blobs next to the SQLite file', () => {
    expect(blobDirFor('sqlite:./data/corroborate.db', {}, cwd)).toBe(join(cwd, 'data', 'blobs'));
    expect(blobDirFor('sqlite:/var/lib/x/main.db', {}, cwd)).toBe(join('/', 'var', 'lib', 'x', 'blobs'));
  });

  it('prefers CORROBORATE_BLOBS, relative to the working folder', () => {
    expect(blobDirFor('sqlite:./data/c.db', { CORROBORATE_BLOBS: 'media' }, cwd)).toBe(join(cwd, 'media'));
    expect(blobDirFor('postgres://u@h/db', { CORROBORATE_BLOBS: '/mnt/blobs' }, cwd)).toBe(
      join('/', 'mnt', 'blobs'),
    );
  });

  it('asks for CORROBORATE_BLOBS when the database has no file', () => {
    expect(() => blobDirFor('postgres://u:secret@h/db', {}, cwd)).toThrow(/CORROBORATE_BLOBS/);
    expect(() => blobDirFor('postgres://u:secret@h/db', {}, cwd)).not.toThrow(/secret/);
    expect(() => blobDirFor('sqlite::memory:', {}, cwd)).toThrow(/CORROBORATE_BLOBS/);
  });
});

describe('blobStoreFor', () => {
  it('gives a file store, or one that refuses each call with the reason', async () => {
    expect(blobStoreFor('sqlite:./x.db', {}, join('/', 'srv'))).toBeInstanceOf(FsBlobStore);
    const refusing = blobStoreFor('postgres://u@h/db', {});
    await expect(refusing.has('0'.repeat(64))).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(refusing.put(new Uint8Array([1]))).rejects.toThrow(/CORROBORATE_BLOBS/);
  });
});
