import { readFile, stat } from 'node:fs/promises';
import { DomainError } from '@corroborate/core';
import { formatBytes } from '../documents/limits';

/** Reads a whole file, refusing it from its size alone (before reading) when over maxBytes. */
export const readFileCapped = async (path: string, input: string, maxBytes: number): Promise<Uint8Array> => {
  const { size } = await stat(path);
  if (size > maxBytes) {
    throw new DomainError(
      'input_too_large',
      `${input}: ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for one document`,
    );
  }
  return readFile(path);
};
