import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readHtmlMetadata as sut } from './html-metadata';

const doc = (html: string): Document => new JSDOM(html).window.document;

describe('readHtmlMetadata', () => {
  it('reads Open Graph title, author, article:published_time and <html lang>', () => {
    const meta = sut(
      doc(`<html lang="ar"><head><title>Site | Story</title>
        <meta property="og:title" content="Story">
        <meta name="author" content="Jane Roe">
        <meta property="article:published_time" content="2014-06-12T10:00:00+03:00"></head></html>`),
    );
    expect(meta).toEqual({
      title: 'Story',
      byline: 'Jane Roe',
      publishedAt: new Date('2014-06-12T07:00:00Z'),
      language: 'ar',
    });
  });

  it('reads JSON-LD headline, datePublished and author, also inside @graph', () => {
    const ld = {
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'H',
          datePublished: '2014-06-13',
          author: [{ name: 'A' }, { name: 'B' }],
        },
      ],
    };
    const meta = sut(
      doc(
        `<script type="application/ld+json">${JSON.stringify(ld)}</script><script type="application/ld+json">{broken</script>`,
      ),
    );
    expect(meta).toMatchObject({ title: 'H', byline: 'A, B', publishedAt: new Date('2014-06-13T00:00:00Z') });
  });

  it.each([
    ['<meta name="pubdate" content="2014-06-14">', '2014-06-14'],
    ['<meta name="DC.date" content="2014-06-15">', '2014-06-15'],
    ['<meta itemprop="datePublished" content="2014-06-16">', '2014-06-16'],
    ['<article><time datetime="2014-06-17">Tuesday</time></article>', '2014-06-17'],
    ['<time datetime="2014-01-01">x</time><time pubdate datetime="2014-06-18">y</time>', '2014-06-18'],
  ])('finds the published date in %s', (html, day) => {
    expect(sut(doc(html)).publishedAt?.toISOString().slice(0, 10)).toBe(day);
  });

  it('skips unparseable dates and an author that is a URL', () => {
    const meta = sut(
      doc(`<meta property="article:published_time" content="soon"><meta property="article:author" content="https://x.test/jane">
           <meta name="date" content="2014-06-19">`),
    );
    expect(meta.publishedAt?.toISOString().slice(0, 10)).toBe('2014-06-19');
    expect(meta.byline).toBeNull();
  });

  it('takes the language from og:locale when <html lang> is missing, and ignores junk', () => {
    expect(sut(doc('<meta property="og:locale" content="en_GB">')).language).toBe('en-GB');
    expect(sut(doc('<html lang="not a language"></html>')).language).toBeNull();
  });
});
