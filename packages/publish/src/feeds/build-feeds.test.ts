import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { isDomainError } from '@corroborate/core';
import { buildFeeds as sut } from './build-feeds';
import type { FeedEntry, FeedSite } from './feed.types';
import { incidentUpdateEntries } from './incident-entries';

const site: FeedSite = {
  title: 'Corroborate',
  description: 'Assessments of casualty claims',
  baseUrl: 'https://corroborate.example',
  authorName: 'Corroborate Desk',
  language: 'en',
};
const now = new Date('2014-06-20T12:00:00Z');

const entries: FeedEntry[] = [
  {
    id: 'asm_1',
    url: 'https://corroborate.example/a/tikrit',
    title: 'Tikrit: 1,700 captives claimed',
    summary: 'Graded fair.',
    contentMarkdown: 'Two **independent** counts. See [the report](https://news.example/r).',
    published: new Date('2014-06-16T09:00:00Z'),
    updated: new Date('2014-06-17T15:17:00Z'),
    tags: ['iraq', 'executions'],
  },
  {
    id: 'asm_2',
    url: 'https://corroborate.example/a/mosul',
    title: 'Mosul & the bridge',
    summary: 'Weak: one source.',
    published: new Date('2014-06-18T08:00:00Z'),
    updated: new Date('2014-06-18T08:00:00Z'),
  },
  {
    id: 'asm_3',
    url: 'https://corroborate.example/a/old',
    title: 'Older assessment',
    contentHtml: '<p>Kept <em>as is</em></p>',
    published: new Date('2014-06-01T08:00:00Z'),
    updated: new Date('2014-06-02T08:00:00Z'),
  },
];

interface JsonFeed {
  version: string;
  title: string;
  home_page_url: string;
  feed_url: string;
  language: string;
  authors: { name: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    date_published: string;
    tags?: string[];
  }[];
}

describe('buildFeeds', () => {
  const feeds = sut({ site, items: entries, now });

  it.each(['rss', 'atom'] as const)('writes a %s feed that a feed reader parses, newest first', (format) => {
    const parsed = parseFeed(feeds[format]);
    expect(parsed.title).toBe('Corroborate');
    expect(parsed.items.map((i) => i.title)).toEqual([
      'Mosul & the bridge',
      'Tikrit: 1,700 captives claimed',
      'Older assessment',
    ]);
    expect(parsed.items.map((i) => i.url)).toEqual([
      'https://corroborate.example/a/mosul',
      'https://corroborate.example/a/tikrit',
      'https://corroborate.example/a/old',
    ]);
    expect(parsed.items[1]?.content).toContain('<strong>independent</strong>');
    expect(parsed.items[1]?.content).toContain('rel="nofollow ugc noopener"');
    expect(parsed.items[1]?.categories.map((c) => c.term ?? c.label)).toEqual(['iraq', 'executions']);
  });

  it('dates RSS items by publication and Atom entries by update', () => {
    expect(parseFeed(feeds.rss).items[1]?.published?.toISOString()).toBe('2014-06-16T09:00:00.000Z');
    const atomItem = parseFeed(feeds.atom).items[1];
    expect(atomItem?.published?.toISOString()).toBe('2014-06-16T09:00:00.000Z');
    expect(atomItem?.updated?.toISOString()).toBe('2014-06-17T15:17:00.000Z');
    expect(parseFeed(feeds.atom).updated?.toISOString()).toBe('2014-06-18T08:00:00.000Z');
  });

  it('writes JSON Feed 1.1 with plain-text titles and sanitized HTML', () => {
    const json = JSON.parse(feeds.json) as JsonFeed;
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json).toMatchObject({
      title: 'Corroborate',
      home_page_url: 'https://corroborate.example/',
      feed_url: 'https://corroborate.example/feed.json',
      language: 'en',
      authors: [{ name: 'Corroborate Desk' }],
    });
    expect(json.items.map((i) => i.title)).toEqual([
      'Mosul & the bridge',
      'Tikrit: 1,700 captives claimed',
      'Older assessment',
    ]);
    expect(json.items[0]).toMatchObject({
      id: 'https://corroborate.example/a/mosul#asm_2',
      content_html: '<p>Weak: one source.</p>',
      date_published: '2014-06-18T08:00:00.000Z',
    });
    expect(json.items[1]?.tags).toEqual(['iraq', 'executions']);
  });

  it('links every format to itself', () => {
    expect(feeds.rss).toContain('<atom:link href="https://corroborate.example/feed.xml" rel="self"');
    expect(feeds.atom).toContain('<link rel="self" href="https://corroborate.example/feed.atom"/>');
  });

  it('builds a tag feed under the tag page', () => {
    const tagFeeds = sut({ site, scope: { kind: 'tag', tag: 'iraq' }, items: entries.slice(0, 1), now });
    expect(tagFeeds.urls.atom).toBe('https://corroborate.example/tags/iraq/feed.atom');
    expect(parseFeed(tagFeeds.atom).title).toBe('Corroborate: iraq');
  });

  it('builds an incident feed whose items are its updates, corrections marked', () => {
    const items = incidentUpdateEntries(
      { url: 'https://corroborate.example/incidents/inc_1', title: 'Speicher' },
      [
        {
          id: 'upd_1',
          assessmentId: 'asm_1',
          summary: 'First assessment.',
          isCorrection: false,
          at: new Date('2014-06-16T09:00:00Z'),
        },
        {
          id: 'upd_2',
          assessmentId: 'asm_1',
          summary: 'Count was 1,566, not 1,700.',
          isCorrection: true,
          at: new Date('2014-06-19T10:00:00Z'),
        },
      ],
    );
    const incident = sut({
      site,
      scope: { kind: 'incident', incidentId: 'inc_1', title: 'Speicher' },
      items,
      now,
    });
    const parsed = parseFeed(incident.rss);
    expect(parsed.title).toBe('Corroborate: Speicher');
    expect(parsed.items.map((i) => [i.title, i.description])).toEqual([
      ['Correction: Speicher', '<p>Count was 1,566, not 1,700.</p>'],
      ['Update: Speicher', '<p>First assessment.</p>'],
    ]);
    expect(incident.urls.rss).toBe('https://corroborate.example/incidents/inc_1/feed.xml');
  });

  it('dates an empty feed with the clock', () => {
    expect(parseFeed(sut({ site, items: [], now }).atom).updated?.toISOString()).toBe(now.toISOString());
  });

  it('keeps only the newest items up to the limit', () => {
    expect(parseFeed(sut({ site, items: entries, now, limit: 1 }).rss).items.map((i) => i.title)).toEqual([
      'Mosul & the bridge',
    ]);
  });

  it('refuses an item whose URL is not http(s)', () => {
    let caught: unknown;
    try {
      sut({ site, items: [{ ...entries[0]!, url: 'javascript:alert(1)' }], now });
    } catch (err) {
      caught = err;
    }
    expect(isDomainError(caught) && caught.code).toBe('validation_failed');
  });
});
