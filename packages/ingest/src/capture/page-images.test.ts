import { describe, expect, it } from 'vitest';
import { pageImageUrls as sut } from './page-images';

const html = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('pageImageUrls', () => {
  it('resolves relative sources against the page, keeps page order and drops repeats and non-http ones', () => {
    const page = html(`<p>صور</p><img src="a.jpg"><img src="/img/b.png#x"><img src="a.jpg">
      <img src="data:image/png;base64,AAAA"><img src="https://cdn.example.org/c.webp"><img alt="no src">`);
    expect(sut(page, 'http://news.example.org/2014/06/story.html', 10)).toEqual([
      'http://news.example.org/2014/06/a.jpg',
      'http://news.example.org/img/b.png',
      'https://cdn.example.org/c.webp',
    ]);
  });

  it('honours <base href> and the limit', () => {
    const page = html(
      '<base href="https://media.example.net/up/"><img src="1.jpg"><img src="2.jpg"><img src="3.jpg">',
    );
    expect(sut(page, 'http://example.org/', 2)).toEqual([
      'https://media.example.net/up/1.jpg',
      'https://media.example.net/up/2.jpg',
    ]);
  });
});
