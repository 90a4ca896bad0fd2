import { sha256Hex } from '../shared/sha256';
import { readZip } from '../zip/zip-reader';
import type { ZipEntry } from '../zip/zip-reader';

/** A WACZ (or any ZIP) opened in memory, its files by path. */
export interface WaczArchive {
  name: string;
  entries: ZipEntry[];
  /** The bytes of the file at `path`, or null when the archive has none. */
  file(path: string): Uint8Array | null;
  /** SHA-256 (hex) of the file at `path`, computed once; null when there is no such file. */
  sha256(path: string): Promise<string | null>;
}

/** Opens a WACZ held in memory; throws a DomainError naming `name` when it is not a readable ZIP. */
export async function openWacz(bytes: Uint8Array, name = 'WACZ'): Promise<WaczArchive> {
  const entries = await readZip(bytes, name);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  const hashes = new Map<string, Promise<string>>();
  const file = (path: string) => byPath.get(path)?.bytes ?? null;
  const sha256 = (path: string): Promise<string | null> => {
    const bytes = file(path);
    if (!bytes) return Promise.resolve(null);
    const known = hashes.get(path) ?? sha256Hex(bytes);
    hashes.set(path, known);
    return known;
  };
  return { name, entries, file, sha256 };
}
