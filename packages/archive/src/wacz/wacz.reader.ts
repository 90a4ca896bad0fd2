import { readZip } from '../zip/zip-reader';
import type { ZipEntry } from '../zip/zip-reader';

/** A WACZ (or any ZIP) opened in memory, its files by path. */
export interface WaczArchive {
  name: string;
  entries: ZipEntry[];
  /** The bytes of the file at `path`, or null when the archive has none. */
  file(path: string): Uint8Array | null;
}

/** Opens a WACZ held in memory; throws a DomainError naming `name` when it is not a readable ZIP. */
export async function openWacz(bytes: Uint8Array, name = 'WACZ'): Promise<WaczArchive> {
  const entries = await readZip(bytes, name);
  const byPath = new Map(entries.map((e) => [e.path, e]));
  return { name, entries, file: (path) => byPath.get(path)?.bytes ?? null };
}
