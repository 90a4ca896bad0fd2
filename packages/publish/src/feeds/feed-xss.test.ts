import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { findUnsafeMarkup } from '../sanitize/unsafe-markup-finder';
import { sanitizeText } from '../sanitize/sanitize-text';
import { XSS_CORPUS } from '../sanitize/xss-corpus';
import { parseXml } from '../test-support/dom';
import { buildFeeds } from './build-feeds';

const RSS_ITEM_CHILDREN = [
  'title',
  'link',
  'guid',
  'pubDate',
  'description',
  'content:encoded',
  'author',
  'category',
];
const ATOM_ENTRY_CHILDREN = [
  'title',
  'id',
  'link',
  'updated',
  'summary',
  'content',
  'author',
  'category',
  'published',
];
// Elements whose text a feed reader renders as HTML (Atom declares type="html" on each).
const HTML_ELEMENTS = ['title', 'description', 'content:encoded', 'summary', 'content'];

function feedsWith(payload: string): ReturnType<typeof buildFeeds> {
  return buildFeeds({
    site: {
      title: payload,
      description: payload,
      baseUrl: 'https://corroborate.example',
      authorName: payload,
    },
    scope: { kind: 'tag', tag: payload },
    now: new Date('2014-06-20T12:00:00Z'),
    items: ['contentHtml', 'contentMarkdown'].map((field, n) => ({
      id: `item-${n}`,
      url: 'https://corroborate.example/a/1',
      title: payload,
      summary: payload,
      [field]: payload,
      published: new Date(Date.UTC(2014, 5, 16 + n)),
      updated: new Date(Date.UTC(2014, 5, 16 + n)),
      tags: [payload, 'iraq'],
      authorName: payload,
    })),
  });
}

/** Parses strictly as XML (throws when not well-formed) and returns the items' elements. */
function xmlItems(xml: string, itemTag: string): Element[] {
  return [...parseXml(xml).getElementsByTagName(itemTag)];
}

function expectInertItems(items: Element[], allowedChildren: string[]): void {
  expect(items.length).toBe(2);
  for (const item of items) {
    const children = [...item.children].map((c) => c.tagName);
    expect(children.filter((name) => !allowedChildren.includes(name))).toEqual([]);
    for (const child of item.children) {
      if (HTML_ELEMENTS.includes(child.tagName))
        expect(findUnsafeMarkup(child.textContent ?? '')).toEqual([]);
    }
  }
}

describe.each(XSS_CORPUS.map((p) => [p.name, p.payload]))('feeds with payload %s', (_name, payload) => {
  const feeds = feedsWith(payload);
  const title = sanitizeText(payload, { maxLength: 300 }) || 'Untitled';

  it('RSS stays well-formed, its items keep their shape and their HTML is inert', () => {
    expectInertItems(xmlItems(feeds.rss, 'item'), RSS_ITEM_CHILDREN);
    expect(parseFeed(feeds.rss).items.map((i) => i.title)).toEqual([title, title]);
  });

  it('Atom stays well-formed, its entries keep their shape and their HTML is inert', () => {
    expectInertItems(xmlItems(feeds.atom, 'entry'), ATOM_ENTRY_CHILDREN);
    expect(parseFeed(feeds.atom).items.map((i) => i.title)).toEqual([title, title]);
  });

  it('JSON Feed carries the title as text and inert HTML', () => {
    const json = JSON.parse(feeds.json) as { items: { title: string; content_html: string }[] };
    expect(json.items.map((i) => i.title)).toEqual([title, title]);
    for (const item of json.items) expect(findUnsafeMarkup(item.content_html)).toEqual([]);
  });
});
