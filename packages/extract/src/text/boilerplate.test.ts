import { describe, expect, it } from 'vitest';
import { findContentRegions, inSkipped } from './boilerplate';

const article = 'Gunmen killed 12 villagers in the north, officials said on Monday.\n\n'.repeat(8);

describe('findContentRegions', () => {
  it('cuts a trailing comment form at "Post your thoughts" / "Leave a comment"', () => {
    for (const marker of [
      'Post your thoughts here, then PRESS POST COMMENT',
      'Leave a comment',
      'Share this:',
    ]) {
      const text = `${article}${marker}\n\nJoin 5,121 other followers\n`;
      expect(findContentRegions(text).contentEnd).toBe(article.length);
    }
  });

  it('only masks a share line near the top instead of cutting the article', () => {
    const text = `Share this:\n${article}`;
    const r = findContentRegions(text);
    expect(r.contentEnd).toBe(text.length);
    expect(inSkipped(r.skip, 0, 5)).toBe(true);
  });

  it('masks counters, menus and "Updated … ago" lines', () => {
    const text = `Home | World | Politics | Sport\n16/06/14 Updated 6 hours 17 minutes ago\n1,204 shares\n${article}`;
    const r = findContentRegions(text);
    expect(r.skip).toHaveLength(3);
    expect(inSkipped(r.skip, text.indexOf('Gunmen'), text.indexOf('Gunmen') + 6)).toBe(false);
  });

  it('leaves plain prose alone', () => {
    expect(findContentRegions(article)).toEqual({ contentEnd: article.length, skip: [] });
  });
});
