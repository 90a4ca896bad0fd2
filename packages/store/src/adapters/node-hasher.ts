import { createHash } from 'node:crypto';
import type { Hasher } from '@corroborate/core';

/** SHA-256 through node:crypto; strings are hashed as UTF-8. */
export const nodeHasher: Hasher = {
  sha256: (data) => createHash('sha256').update(data).digest('hex'),
};
