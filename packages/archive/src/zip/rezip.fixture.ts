import { readZip } from './zip-reader';
import { writeZip } from './zip-writer';

/** Test helper: rewrites a ZIP after `edit` changed, added or deleted files in the path → bytes map. */
export async function rezip(
  bytes: Uint8Array,
  edit: (files: Map<string, Uint8Array>) => void | Promise<void>,
): Promise<Uint8Array> {
  const files = new Map((await readZip(bytes)).map((e) => [e.path, e.bytes.slice()]));
  await edit(files);
  return writeZip(
    Array.from(files, ([path, data]) => ({ path, bytes: data })),
    new Date('2026-01-01T00:00:00Z'),
  );
}
