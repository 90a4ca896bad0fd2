import { describe, expect, it } from 'vitest';
import { parseMarkdown as sut } from './markdown.parser';

const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');

describe('parseMarkdown', () => {
  it('takes title and date from front matter', () => {
    const doc = sut(
      enc("---\ntitle: 'From front matter'\ndate: 2014-06-12T09:00:00Z\n---\n# Heading\n\nBody **text**."),
      {
        name: 'a.md',
      },
    );
    expect(doc).toMatchObject({
      title: 'From front matter',
      publishedAt: new Date('2014-06-12T09:00:00Z'),
      text: 'Heading\n\nBody text.',
      notes: [],
    });
  });

  it('falls back to the first heading and notes an unreadable date', () => {
    const doc = sut(enc('---\ndate: last week\n---\nintro\n\n## First heading\n'), { name: 'b.md' });
    expect(doc.title).toBe('First heading');
    expect(doc.publishedAt).toBeNull();
    expect(doc.notes).toEqual(['front matter date "last week" not understood']);
  });

  it('refuses Markdown with no text', () => {
    expect(() => sut(enc('---\ntitle: x\n---\n\n***\n'), { name: 'c.md' })).toThrow(
      expect.objectContaining({ code: 'empty_input' }),
    );
  });
});
