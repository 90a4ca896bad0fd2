import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../sanitize/unsafe-markup-finder';
import { XSS_CORPUS } from '../sanitize/xss-corpus';
import { sanitizeText } from '../sanitize/sanitize-text';
import { parseHtml } from '../test-support/dom';
import { openGraphTags, twitterCardTags } from './social-meta-tags';
import type { SharePage } from './social-meta-tags';

const page = (overrides: Partial<SharePage> = {}): SharePage => ({
  title: 'Tikrit: 1,700 captives',
  description: 'What we know & what we do not',
  url: 'https://corroborate.example/a/1',
  siteName: 'Corroborate',
  imageUrl: 'https://corroborate.example/m/1.jpg',
  imageAlt: 'Map of the area',
  publishedAt: new Date('2014-06-16T09:00:00Z'),
  twitterSite: '@corroborate',
  ...overrides,
});

const metas = (html: string): Record<string, string> => {
  const document = parseHtml(`<!doctype html><head>${html}</head>`);
  return Object.fromEntries(
    [...document.head.querySelectorAll('meta')].map((m) => [
      m.getAttribute('property') ?? m.getAttribute('name') ?? '',
      m.getAttribute('content') ?? '',
    ]),
  );
};

describe('openGraphTags', () => {
  it('writes the page properties, escaped', () => {
    expect(metas(openGraphTags(page()))).toEqual({
      'og:title': 'Tikrit: 1,700 captives',
      'og:description': 'What we know & what we do not',
      'og:url': 'https://corroborate.example/a/1',
      'og:type': 'article',
      'og:site_name': 'Corroborate',
      'og:image': 'https://corroborate.example/m/1.jpg',
      'og:image:alt': 'Map of the area',
      'article:published_time': '2014-06-16T09:00:00.000Z',
    });
    expect(openGraphTags(page())).toContain('content="What we know &amp; what we do not"');
  });

  it('never previews a sensitive image, nor a non-http one', () => {
    expect(metas(openGraphTags(page({ imageIsSensitive: true })))['og:image']).toBeUndefined();
    expect(metas(openGraphTags(page({ imageUrl: 'javascript:alert(1)' })))['og:image']).toBeUndefined();
  });
});

describe('twitterCardTags', () => {
  it('uses a large-image card only when there is a shareable image', () => {
    expect(metas(twitterCardTags(page()))['twitter:card']).toBe('summary_large_image');
    const noImage = metas(twitterCardTags(page({ imageIsSensitive: true })));
    expect(noImage['twitter:card']).toBe('summary');
    expect(noImage['twitter:image']).toBeUndefined();
    expect(noImage['twitter:site']).toBe('@corroborate');
  });
});

describe.each(XSS_CORPUS.map((p) => [p.name, p.payload]))('meta tags with payload %s', (_name, payload) => {
  it('stay inert and carry the payload as text', () => {
    const hostile = page({ title: payload, description: payload, siteName: payload, imageAlt: payload });
    const html = `${openGraphTags(hostile)}\n${twitterCardTags(hostile)}`;
    expect(findUnsafeMarkup(html)).toEqual([]);
    const document = parseHtml(`<!doctype html><head>${html}</head>`);
    expect(document.querySelectorAll('head > *').length).toBe(document.querySelectorAll('meta').length);
    expect(metas(html)['og:description']).toBe(sanitizeText(payload, { maxLength: 300 }));
  });
});
