import { describe, expect, it } from 'vitest';
import { PageCache } from './page-cache';

describe('PageCache', () => {
  it('returns a page until it is cleared or too old', () => {
    const sut = new PageCache(10, 1_000);
    sut.set('/a/x', '<p>x</p>', 0);
    expect(sut.get('/a/x', 500)?.toString()).toBe('<p>x</p>');
    expect(sut.get('/a/x', 1_001)).toBeUndefined();
    sut.set('/a/x', '<p>y</p>', 2_000);
    sut.clear();
    expect(sut.get('/a/x', 2_000)).toBeUndefined();
  });

  it('drops the oldest page when full', () => {
    const sut = new PageCache(2, 10_000);
    sut.set('a', '1', 0);
    sut.set('b', '2', 0);
    sut.set('c', '3', 0);
    expect([sut.get('a', 0), sut.get('b', 0), sut.get('c', 0)].map((b) => b?.toString())).toEqual([
      undefined,
      '2',
      '3',
    ]);
    expect(sut.size).toBe(2);
  });
});
