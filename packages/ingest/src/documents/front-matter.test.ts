import { describe, expect, it } from 'vitest';
import { splitFrontMatter as sut } from './front-matter';

describe('splitFrontMatter', () => {
  it('reads title, date, author and language and returns the body', () => {
    const md =
      '---\ntitle: "Shelling in Tikrit"\ndate: 2014-06-12 # local\nauthor: Jane\nlang: ar\ntags: [a]\n---\n# Body';
    expect(sut(md)).toEqual({
      frontMatter: { title: 'Shelling in Tikrit', date: '2014-06-12', author: 'Jane', language: 'ar' },
      body: '# Body',
    });
  });

  it('leaves text without front matter alone', () => {
    const md = 'Title\n---\nbody';
    expect(sut(md).body).toBe(md);
    expect(sut(md).frontMatter.title).toBeNull();
  });
});
