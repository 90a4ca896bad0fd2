import { describe, expect, it } from 'vitest';
import { parseJsonlRecord as sut } from './jsonl-record.parser';

const enc = (v: unknown): Uint8Array => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v), 'utf8');
const ctx = { name: 'feed.jsonl', line: 7 };

describe('parseJsonlRecord', () => {
  it('reads url, title, published and text', () => {
    const doc = sut(
      enc({
        url: 'https://news.test/a',
        title: ' Title ',
        published: '2014-06-12T10:00:00+03:00',
        text: 'Body\r\ntext',
      }),
      ctx,
    );
    expect(doc).toEqual({
      kind: 'article',
      title: 'Title',
      byline: null,
      publishedAt: new Date('2014-06-12T07:00:00Z'),
      language: null,
      url: 'https://news.test/a',
      text: 'Body\ntext',
      notes: [],
    });
  });

  it('accepts body/content for the text and date/published_at for the date', () => {
    expect(sut(enc({ body: 'from body', date: '2014-06-13' }), ctx)).toMatchObject({
      text: 'from body',
      publishedAt: new Date('2014-06-13T00:00:00Z'),
      title: 'from body',
    });
    expect(sut(enc({ content: 'from content', published_at: '2014-06-14' }), ctx)?.publishedAt).toEqual(
      new Date('2014-06-14T00:00:00Z'),
    );
  });

  it('returns null for a blank line', () => {
    expect(sut(enc('   '), ctx)).toBeNull();
  });

  it('names the file and line of broken JSON, non-objects and records without text', () => {
    expect(() => sut(enc('{"text": '), ctx)).toThrow(/^feed\.jsonl line 7: not valid JSON \(/);
    expect(() => sut(enc('[1]'), ctx)).toThrow('feed.jsonl line 7: expected a JSON object');
    expect(() => sut(enc({ title: 'x', text: 12 }), ctx)).toThrow(
      expect.objectContaining({ code: 'parse_failed', message: expect.stringContaining('line 7: no text') }),
    );
  });

  it('keeps the record but notes an unreadable date, a non-http url and invalid UTF-8', () => {
    const bytes = Buffer.concat([
      enc('{"text":"a'),
      Buffer.from([0xff]),
      enc('","date":"soon","url":"ftp://x"}'),
    ]);
    const doc = sut(bytes, ctx);
    expect(doc?.url).toBeNull();
    expect(doc?.publishedAt).toBeNull();
    expect(doc?.notes).toEqual([
      'invalid UTF-8 replaced at 1 place',
      'published date "soon" not understood',
      'url "ftp://x" is not an http(s) address; ignored',
    ]);
  });
});
