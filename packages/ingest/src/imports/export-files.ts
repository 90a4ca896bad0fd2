import { createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { isAbsolute, normalize, resolve, sep } from 'node:path';
import { DomainError } from '@corroborate/core';

/** A text file as UTF-8 chunks (the stream decoder keeps characters split across chunks whole). */
export async function* utf8Chunks(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  for await (const chunk of stream) yield chunk as string;
}

/** Refuses a missing export file with the path in the message. */
export async function requireFile(path: string, what: string): Promise<void> {
  try {
    await access(path);
  } catch {
    throw new DomainError('not_found', `${path}: ${what} not found`);
  }
}

/**
 * The absolute path of a file an export names, or null when the name would leave the export folder
 * (an absolute path or `..`): an export may only point inside itself.
 */
export function insideFolder(folder: string, name: string): string | null {
  if (isAbsolute(name) || normalize(name).split(/[\\/]/).includes('..')) return null;
  const full = resolve(folder, name);
  return full.startsWith(resolve(folder) + sep) ? full : null;
}
