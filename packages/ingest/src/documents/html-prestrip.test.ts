import { describe, expect, it } from 'vitest';
import { estimateNestingDepth, sniffHtmlCharset, stripNonTextMarkup as sut } from './html-prestrip';

describe('stripNonTextMarkup', () => {
  it('removes scripts, styles, svg, templates and comments', () => {
    const html =
      '<p>a</p><script>if (a < b) {}</script><STYLE>p{}</STYLE><!-- c --><svg><path/></svg><p>b</p>';
    expect(sut(html)).toBe('<p>a</p><p>b</p>');
  });

  it('keeps JSON-LD scripts for the metadata', () => {
    const ld = '<script type="application/ld+json">{"datePublished":"2014-06-12"}</script>';
    expect(sut(`${ld}<script>x()</script>`)).toBe(ld);
  });

  it('empties long data: URIs in attributes but not short ones or text', () => {
    const long = `data:image/png;base64,${'A'.repeat(500)}`;
    expect(sut(`<img src="${long}"><img src="data:,x"><p>data: 12</p>`)).toBe(
      '<img src=""><img src="data:,x"><p>data: 12</p>',
    );
  });
});

describe('sniffHtmlCharset', () => {
  it('finds <meta charset> and http-equiv declarations', () => {
    expect(sniffHtmlCharset(Buffer.from('<head><meta charset="windows-1256">'))).toBe('windows-1256');
    expect(
      sniffHtmlCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">')),
    ).toBe('koi8-r');
    expect(sniffHtmlCharset(Buffer.from('<p>no declaration</p>'))).toBeNull();
  });
});

describe('estimateNestingDepth', () => {
  it('counts open elements, ignoring void and self-closing ones', () => {
    expect(estimateNestingDepth('<div><section><p>a<br><img src=x><p>b</section></div>')).toBe(2);
    expect(estimateNestingDepth('<div><span/></div><div></div>')).toBe(1);
    expect(estimateNestingDepth('<div>'.repeat(3000))).toBe(3000);
    expect(estimateNestingDepth('plain text')).toBe(0);
  });

  it('does not count unclosed paragraphs and list items as nesting', () => {
    expect(estimateNestingDepth('<ul>' + '<li>x'.repeat(500) + '</ul>' + '<p>y'.repeat(500))).toBe(1);
  });
});
