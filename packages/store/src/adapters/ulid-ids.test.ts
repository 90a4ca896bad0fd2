import { describe, expect, it } from 'vitest';
import { ManualClock } from '../contract/manual-clock';
import { createUlidIds } from './ulid-ids';

describe('createUlidIds', () => {
  it('makes prefixed 26-character ULIDs', () => {
    const sut = createUlidIds();
    expect(sut.next('doc')).toMatch(/^doc_[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('encodes the clock time in the first 10 characters', () => {
    const clock = new ManualClock('2026-11-25T00:00:00.000Z');
    const sut = createUlidIds({ clock, random: (n) => new Uint8Array(n) });
    // 1795564800000 ms in Crockford base32, as any ULID decoder would read it.
    const time = sut.next('x').slice(2, 12);
    const ms = [...time].reduce((acc, ch) => acc * 32 + '0123456789ABCDEFGHJKMNPQRSTVWXYZ'.indexOf(ch), 0);
    expect(ms).toBe(clock.now().getTime());
  });

  it('sorts in creation order within one millisecond and when the clock goes back', () => {
    const clock = new ManualClock();
    const sut = createUlidIds({ clock });
    const ids: string[] = [];
    for (let i = 0; i < 1000; i++) ids.push(sut.next('clm'));
    clock.advance(-5_000);
    ids.push(sut.next('clm'), sut.next('clm'));
    clock.advance(10_000);
    ids.push(sut.next('clm'));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('carries the increment across random digits, and fails rather than wrap around', () => {
    const clock = new ManualClock();
    const sut = createUlidIds({ clock, random: (n) => new Uint8Array(n).fill(31).fill(0, 0, 1) });
    expect(sut.next('a').slice(-16)).toBe(`0${'Z'.repeat(15)}`);
    expect(sut.next('a').slice(-16)).toBe(`1${'0'.repeat(15)}`);
    const full = createUlidIds({ clock, random: (n) => new Uint8Array(n).fill(31) });
    full.next('a');
    expect(() => full.next('a')).toThrow(/overflow/);
  });

  it('refuses prefixes that would break the id format', () => {
    const sut = createUlidIds();
    expect(() => sut.next('Doc')).toThrow(/prefix/);
    expect(() => sut.next('')).toThrow(/prefix/);
    expect(() => sut.next('a_b')).toThrow(/prefix/);
  });
});
