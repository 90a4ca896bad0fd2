import { describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { parseHtml } from '../test-support/dom';
import { MAX_COMMENT_LENGTH, renderCommentMarkdown as sut } from './comment-markdown';

describe('renderCommentMarkdown', () => {
  it('renders paragraphs and line breaks', () => {
    expect(sut('first line\nsecond line\n\nnext paragraph')).toBe(
      '<p>first line<br>\nsecond line</p>\n<p>next paragraph</p>',
    );
  });

  it('renders emphasis, strong and code', () => {
    expect(sut('*em* **strong** `a < b`')).toBe(
      '<p><em>em</em> <strong>strong</strong> <code>a &lt; b</code></p>',
    );
  });

  it('nests emphasis inside strong and the other way round', () => {
    expect(sut('**a *b* c** *d **e** f*')).toBe(
      '<p><strong>a <em>b</em> c</strong> <em>d <strong>e</strong> f</em></p>',
    );
  });

  it('leaves spaced asterisks and unclosed markers as text', () => {
    expect(sut('2 * 3 * 4 and *open')).toBe('<p>2 * 3 * 4 and *open</p>');
  });

  it('honours backslash escapes', () => {
    expect(sut('\\*not em\\* \\[no link\\](https://example.org)')).toBe(
      '<p>*not em* [no link](https://example.org)</p>',
    );
  });

  it('renders http(s) and mailto links with rel="nofollow ugc noopener"', () => {
    expect(sut('[report](https://example.org/a_(b)?q=1&r=2) [desk](mailto:desk@example.org)')).toBe(
      '<p><a href="https://example.org/a_(b)?q=1&amp;r=2" rel="nofollow ugc noopener">report</a> ' +
        '<a href="mailto:desk@example.org" rel="nofollow ugc noopener">desk</a></p>',
    );
  });

  it('shows links to other schemes as literal text', () => {
    expect(sut('[x](ftp://example.org/f)')).toBe('<p>[x](ftp://example.org/f)</p>');
  });

  it('renders quotes, nested quotes and lists', () => {
    expect(sut('> said\n> > inner\n\n- one\n- two *2*\n  more')).toBe(
      '<blockquote><p>said</p>\n<blockquote><p>inner</p></blockquote></blockquote>\n' +
        '<ul><li>one</li><li>two <em>2</em><br>\nmore</li></ul>',
    );
  });

  it('shows raw HTML as text', () => {
    expect(sut('<b>bold</b> & co')).toBe('<p>&lt;b&gt;bold&lt;/b&gt; &amp; co</p>');
  });

  it('treats U+2028/U+2029 as line breaks', () => {
    expect(sut('a\u2028b\u2029c')).toBe('<p>a<br>\nb<br>\nc</p>');
  });

  it('returns an empty string for blank input', () => {
    expect(sut(' \n\n ')).toBe('');
  });

  it('refuses comments over the length limit with input_too_large', () => {
    let caught: unknown;
    try {
      sut('x'.repeat(MAX_COMMENT_LENGTH + 1));
    } catch (err) {
      caught = err;
    }
    expect(isDomainError(caught) && caught.code).toBe('input_too_large');
  });

  it.each(['[', '*', '`', '[x]('])('passes a flood of %j through as text', (unit) => {
    const src = unit.repeat(MAX_COMMENT_LENGTH / unit.length);
    const out = parseHtml(sut(src)).body.textContent;
    expect(out).toBe(src);
  });

  it('nests quotes at most three deep', () => {
    const out = sut(`${'>'.repeat(500)} deep`);
    const doc = parseHtml(out);
    expect(doc.querySelectorAll('blockquote').length).toBe(3);
    expect(doc.body.textContent).toBe(`${'>'.repeat(497)} deep`);
  });
});
