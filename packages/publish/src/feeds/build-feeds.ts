import { Feed } from 'feed';
import type { Item } from 'feed';
import { DomainError } from '@corroborate/core';
import { httpUrlOrNull } from '../sanitize/safe-url';
import { sanitizeText } from '../sanitize/sanitize-text';
import { feedUrls } from './feed-urls';
import { safeEntryText } from './feed-text';
import type { SafeEntryText } from './feed-text';
import type { BuildFeedsInput, BuiltFeeds, FeedEntry } from './feed.types';
import { toJsonFeed11 } from './json-feed';

const DEFAULT_LIMIT = 50;

/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site, a tag or one incident. Newest items first.
 * Every text is sanitized before it reaches `feed` (which writes CDATA verbatim): titles become
 * escaped plain text (Atom declares them type="html"), bodies pass DOMPurify, URLs must be http(s).
 */
export function buildFeeds(input: BuildFeedsInput): BuiltFeeds {
  const scope = input.scope ?? { kind: 'site' };
  const urls = feedUrls(input.site.baseUrl, scope);
  const entries = [...input.items]
    .sort((a, b) => b.updated.getTime() - a.updated.getTime())
    .slice(0, input.limit ?? DEFAULT_LIMIT)
    .map((entry) => ({ entry, text: safeEntryText(entry), link: entryUrl(entry) }));
  const siteTitle = sanitizeText(input.site.title, { maxLength: 200 });
  const title =
    scope.kind === 'site'
      ? siteTitle
      : `${siteTitle}: ${sanitizeText(scope.kind === 'tag' ? scope.tag : scope.title, { maxLength: 200 })}`;
  const updated = entries[0]?.entry.updated ?? input.now;
  const icon = httpUrlOrNull(input.site.iconUrl);
  const makeFeed = (): Feed =>
    new Feed({
      id: urls.page,
      title,
      description: sanitizeText(input.site.description, { maxLength: 1_000 }),
      link: urls.page,
      language: input.site.language,
      updated,
      generator: 'Corroborate',
      feedLinks: { rss: urls.rss, atom: urls.atom, json: urls.json },
      author: { name: sanitizeText(input.site.authorName, { maxLength: 100 }), link: urls.page },
      ...(icon ? { image: icon, favicon: icon } : {}),
    });
  const xml = makeFeed();
  const json = makeFeed();
  for (const { entry, text, link } of entries) {
    xml.addItem(item(entry, text, link, 'html'));
    json.addItem(item(entry, text, link, 'text'));
  }
  return {
    rss: xml.rss2(),
    atom: xml.atom1(),
    json: toJsonFeed11(json.json1(), input.site.language),
    urls,
  };
}

function item(entry: FeedEntry, text: SafeEntryText, link: string, titles: 'html' | 'text'): Item {
  const html = titles === 'html';
  return {
    id: `${link}#${encodeURIComponent(entry.id)}`,
    link,
    title: html ? text.titleHtml : text.titleText,
    date: entry.updated,
    published: entry.published,
    // JSON Feed's summary is plain text; RSS description and Atom summary carry HTML.
    description: html ? text.summaryHtml : text.summaryText,
    content: text.contentHtml ?? text.summaryHtml,
    category: text.tags.map((tag) => ({ name: tag, term: tag })),
    ...(text.authorName ? { author: [{ name: text.authorName }] } : {}),
  };
}

function entryUrl(entry: FeedEntry): string {
  const url = httpUrlOrNull(entry.url);
  if (url === null) {
    throw new DomainError(
      'validation_failed',
      `feed item ${entry.id} has no http(s) URL: ${JSON.stringify(entry.url)}`,
    );
  }
  return url;
}
