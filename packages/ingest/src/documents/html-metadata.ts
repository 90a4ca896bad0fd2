import { readJsonLd } from './json-ld';
import { parsePublishedDate } from './published-date';

/** What the page says about itself in its head: meta tags, JSON-LD, <time>, <html lang>. */
export interface HtmlMetadata {
  /** From og:title, twitter:title or the JSON-LD headline (not <title>, which carries the site name). */
  title: string | null;
  byline: string | null;
  publishedAt: Date | null;
  language: string | null;
}

/** Meta keys naming the publication date, most specific first. */
// prettier-ignore
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'pubdate', 'publishdate',
  'publish-date', 'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'dc.date.created', 'dcterms.created', 'date',
];

/** Reads the metadata of a parsed HTML document; every field may be null. */
export const readHtmlMetadata = (doc: Document): HtmlMetadata => {
  const meta = metaMap(doc);
  const jsonLd = readJsonLd(doc);
  const first = (...keys: string[]): string | null => keys.map((k) => meta.get(k)).find((v) => v) ?? null;

  const dateCandidates = [
    ...DATE_KEYS.slice(0, 3).map((k) => meta.get(k)),
    jsonLd.datePublished,
    ...DATE_KEYS.slice(3).map((k) => meta.get(k)),
    doc.querySelector('time[pubdate]')?.getAttribute('datetime'),
    doc.querySelector('article time[datetime], main time[datetime]')?.getAttribute('datetime'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  const author = first('author', 'article:author', 'dc.creator', 'byl');
  return {
    title: first('og:title', 'twitter:title') ?? jsonLd.headline,
    byline: (author && !/^https?:\/\//i.test(author) ? author : null) ?? jsonLd.author,
    publishedAt: dateCandidates.map((c) => parsePublishedDate(c)).find((d) => d !== null) ?? null,
    language: languageOf(doc, meta),
  };
};

/** Lower-cased meta name/property/itemprop → first non-empty content. */
const metaMap = (doc: Document): Map<string, string> => {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = clean(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
};

const languageOf = (doc: Document, meta: Map<string, string>): string | null => {
  const tag = clean(doc.documentElement.getAttribute('lang')) ?? meta.get('content-language') ?? null;
  const locale = meta.get('og:locale')?.replace('_', '-') ?? null;
  const lang = tag?.split(',')[0]?.trim() ?? locale;
  return lang && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(lang) ? lang : null;
};

const clean = (s: string | null | undefined): string | null => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
};
