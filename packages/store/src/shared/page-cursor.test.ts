import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './page-cursor';

describe('page cursor', () => {
  it('round-trips a position exactly and hides its parts', () => {
    const pos = { createdAt: new Date('2014-06-12T21:30:05.123Z'), id: 'doc_01ABC' };
    const cursor = encodeCursor(pos);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('doc_');
    expect(decodeCursor(cursor)).toEqual(pos);
  });

  it.each([
    'garbage',
    '',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["not a date","doc_1"]').toString('base64url'),
    Buffer.from('["2014-06-12T00:00:00.000Z",""]').toString('base64url'),
  ])('refuses %j with a validation error', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: 'validation_failed' }));
  });
});
