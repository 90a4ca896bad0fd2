import { isDomainError, type BlobStore, type Hasher } from '@corroborate/core';

const changed = (name: string): { ok: false; problem: string } => ({
  ok: false,
  problem: `blob ${name} was changed: its bytes no longer hash to its name`,
});

/** Re-hashes every blob: its name must be the SHA-256 of its bytes. */
export async function checkBlobs(
  blobs: BlobStore,
  hasher: Hasher,
): Promise<{ ok: true; count: number } | { ok: false; problem: string }> {
  let count = 0;
  for await (const name of blobs.list()) {
    let bytes: Uint8Array | null;
    try {
      bytes = await blobs.get(name);
    } catch (err) {
      // The file store checks the hash itself on read and refuses altered bytes.
      if (isDomainError(err) && err.code === 'integrity_failed') return changed(name);
      throw err;
    }
    if (!bytes) return { ok: false, problem: `blob ${name} is listed but cannot be read` };
    if (hasher.sha256(bytes) !== name) return changed(name);
    count += 1;
  }
  return { ok: true, count };
}
