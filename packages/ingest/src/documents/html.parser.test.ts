import { describe, expect, it } from 'vitest';
import { parseHtml as sut } from './html.parser';

const enc = (s: string): Uint8Array => Buffer.from(s, 'utf8');
const para = (n: number): string =>
  `<p>Paragraph ${n}: witnesses in the town said that at least twelve people were killed when the market was shelled, and dozens more were wounded according to the local hospital.</p>`;

const page = `<!doctype html><html lang="en"><head><title>Shelling in Tikrit | Daily</title>
<meta property="article:published_time" content="2014-06-12T10:00:00+03:00"><meta name="author" content="Jane Roe">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Shelling in Tikrit</h1>${[1, 2, 3, 4].map(para).join('\n')}</article>
<footer>Copyright Daily. All rights reserved.</footer><script>track()</script></body></html>`;

describe('parseHtml', () => {
  it('extracts the article with paragraph breaks and the metadata', () => {
    const doc = sut(enc(page), { name: 'tikrit.html' });
    expect(doc.text).toContain('Paragraph 1: witnesses');
    expect(doc.text).toMatch(/wounded according to the local hospital\.\n\nParagraph 2:/);
    expect(doc.text).not.toContain('track()');
    expect(doc.text).not.toContain('All rights reserved');
    expect(doc).toMatchObject({
      kind: 'article',
      byline: 'Jane Roe',
      language: 'en',
      publishedAt: new Date('2014-06-12T07:00:00Z'),
      notes: [],
    });
    expect(doc.title).toMatch(/Shelling in Tikrit/);
  });

  it('falls back to the body text, with a note, when there is no article', () => {
    // Readability drops footers; the body text still holds the words.
    const doc = sut(enc('<html><body><footer>12 killed</footer></body></html>'), { name: 'f.html' });
    expect(doc.text).toBe('12 killed');
    expect(doc.notes).toEqual(['no article found by Readability; stored the whole page text']);
    expect(doc.title).toBeNull();
  });

  it('decodes a charset declared in the page', () => {
    const head = Buffer.from('<html><head><meta charset="windows-1256"></head><body><p>');
    const arabic = Buffer.from([0xd3, 0xe1, 0xc7, 0xe3]); // سلام
    const doc = sut(Buffer.concat([head, arabic, Buffer.from('</p></body></html>')]), { name: 'ar.html' });
    expect(doc.text).toBe('سلام');
  });

  it('refuses a page with no text as empty_input', () => {
    expect(() => sut(enc('<html><body><script>x()</script></body></html>'), { name: 'blank.html' })).toThrow(
      expect.objectContaining({ code: 'empty_input' }),
    );
  });

  it('refuses markup over the limit, counted after scripts are removed', () => {
    const big = `<html><body>${para(1).repeat(20)}</body></html>`;
    expect(() => sut(enc(big), { name: 'big.html' }, { maxMarkupBytes: 2000 })).toThrow(
      expect.objectContaining({
        code: 'input_too_large',
        message: expect.stringMatching(/^big\.html: .* the limit is 2 KB$/),
      }),
    );
    const scripted = `<html><body>${para(1)}<script>${'x'.repeat(5000)}</script></body></html>`;
    expect(sut(enc(scripted), { name: 's.html' }, { maxMarkupBytes: 2000 }).text).toContain('Paragraph 1');
  });
});

describe('parseHtml on hostile markup', () => {
  it('refuses absurdly deep nesting before building a DOM', () => {
    const deep = `<html><body>${'<div>'.repeat(20_000)}x</body></html>`;
    expect(() => sut(enc(deep), { name: 'deep.html' })).toThrow(
      expect.objectContaining({
        code: 'parse_failed',
        message: 'deep.html: elements nested over 1000 levels deep',
      }),
    );
  });
});
