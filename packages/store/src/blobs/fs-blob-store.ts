import { createHash, randomBytes } from 'node:crypto';
import { link, mkdir, open, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError, type BlobStore } from '@corroborate/core';

const SHA256 = /^[0-9a-f]{64}$/;
const TWO_HEX = /^[0-9a-f]{2}$/;

const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const errCode = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;

/**
 * Content-addressed blobs on the file system: `ab/cd/abcd…` under `root`. A blob is written to a
 * temporary file in `root/.tmp`, flushed, then hard-linked to its name, which fails if the name
 * exists: a stored blob is never overwritten, and readers never see a partly written one. Reads
 * check the bytes against their name (`integrity_failed` when a file was altered on disk).
 */
export class FsBlobStore implements BlobStore {
  constructor(readonly root: string) {}

  /** Where the blob with this SHA-256 lives (whether or not it exists). */
  pathOf(sha256: string): string {
    if (!SHA256.test(sha256))
      throw new DomainError('validation_failed', `"${sha256}" is not a SHA-256 blob name`);
    return join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  async put(bytes: Uint8Array): Promise<{ sha256: string; created: boolean }> {
    const sha256 = sha256Of(bytes);
    const target = this.pathOf(sha256);
    if (await this.has(sha256)) return { sha256, created: false };
    const tmpDir = join(this.root, '.tmp');
    await mkdir(tmpDir, { recursive: true });
    await mkdir(join(target, '..'), { recursive: true });
    const tmp = join(tmpDir, `${sha256}.${randomBytes(6).toString('hex')}`);
    const file = await open(tmp, 'wx');
    try {
      await file.writeFile(bytes);
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await link(tmp, target);
      return { sha256, created: true };
    } catch (err) {
      // Another writer stored the same bytes first: theirs stays, ours is dropped.
      if (errCode(err) === 'EEXIST') return { sha256, created: false };
      throw err;
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
  }

  async get(sha256: string): Promise<Uint8Array | null> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.pathOf(sha256));
    } catch (err) {
      if (errCode(err) === 'ENOENT') return null;
      throw err;
    }
    if (sha256Of(bytes) !== sha256)
      throw new DomainError(
        'integrity_failed',
        `blob ${sha256} does not match its SHA-256: the file was altered`,
      );
    return bytes;
  }

  async has(sha256: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch (err) {
      if (errCode(err) === 'ENOENT') return false;
      throw err;
    }
  }

  /** Every blob name, in sorted order; temporary files and stray names are left out. */
  async *list(): AsyncIterable<string> {
    for (const a of await this.names(this.root, TWO_HEX)) {
      for (const b of await this.names(join(this.root, a), TWO_HEX)) {
        for (const name of await this.names(join(this.root, a, b), SHA256)) {
          if (name.startsWith(a + b)) yield name;
        }
      }
    }
  }

  private async names(dir: string, pattern: RegExp): Promise<string[]> {
    try {
      return (await readdir(dir)).filter((n) => pattern.test(n)).sort();
    } catch (err) {
      if (errCode(err) === 'ENOENT') return [];
      throw err;
    }
  }
}
