import { DomainError } from '@corroborate/core';

/** A position in a (created_at, id) ordering. */
export interface CursorPosition {
  createdAt: Date;
  id: string;
}

/** Opaque to callers: base64url of the last row's creation time and id. */
export const encodeCursor = (pos: CursorPosition): string =>
  Buffer.from(JSON.stringify([pos.createdAt.toISOString(), pos.id])).toString('base64url');

/** Reads a cursor made by encodeCursor; anything else is a validation error. */
export function decodeCursor(cursor: string): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (Array.isArray(parsed) && parsed.length === 2) {
    const [at, id] = parsed as unknown[];
    const createdAt = typeof at === 'string' ? new Date(at) : new Date(NaN);
    if (typeof id === 'string' && id !== '' && !Number.isNaN(createdAt.getTime())) return { createdAt, id };
  }
  throw new DomainError('validation_failed', `cursor "${cursor.slice(0, 40)}" is not one this store issued`, [
    { path: ['cursor'], message: 'invalid cursor' },
  ]);
}
