import { escapeHtml } from '../sanitize/escape-html';
import { httpUrlOrNull } from '../sanitize/safe-url';
import { sanitizeText } from '../sanitize/sanitize-text';

/** What a shared link preview needs about a page. */
export interface SharePage {
  title: string;
  description: string;
  url: string;
  siteName: string;
  type?: 'article' | 'website';
  imageUrl?: string | null;
  imageAlt?: string;
  /** A graphic image is never put in a preview: readers see it only by their own choice. */
  imageIsSensitive?: boolean;
  publishedAt?: Date | null;
  modifiedAt?: Date | null;
  /** e.g. "en_GB". */
  locale?: string;
  /** The site's account, e.g. "@corroborate". */
  twitterSite?: string;
}

type Tag = [attribute: 'property' | 'name', key: string, value: string | null | undefined];

const render = (tags: Tag[]): string =>
  tags
    .filter((tag): tag is [Tag[0], string, string] => typeof tag[2] === 'string' && tag[2] !== '')
    .map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeHtml(value)}">`)
    .join('\n');

const text = (value: string | undefined, max: number): string | undefined =>
  value === undefined ? undefined : sanitizeText(value, { maxLength: max });

const previewImage = (page: SharePage): string | null =>
  page.imageIsSensitive ? null : httpUrlOrNull(page.imageUrl);

/** Open Graph <meta property="og:…"> tags, one per line, every value escaped. */
export function openGraphTags(page: SharePage): string {
  const image = previewImage(page);
  return render([
    ['property', 'og:title', text(page.title, 200)],
    ['property', 'og:description', text(page.description, 300)],
    ['property', 'og:url', httpUrlOrNull(page.url)],
    ['property', 'og:type', page.type ?? 'article'],
    ['property', 'og:site_name', text(page.siteName, 100)],
    ['property', 'og:locale', page.locale?.replace(/[^A-Za-z_]/g, '')],
    ['property', 'og:image', image],
    ['property', 'og:image:alt', image ? text(page.imageAlt, 300) : undefined],
    ['property', 'article:published_time', page.publishedAt?.toISOString()],
    ['property', 'article:modified_time', page.modifiedAt?.toISOString()],
  ]);
}

/** Twitter (X) card <meta name="twitter:…"> tags: a large-image card only with a shareable image. */
export function twitterCardTags(page: SharePage): string {
  const image = previewImage(page);
  return render([
    ['name', 'twitter:card', image ? 'summary_large_image' : 'summary'],
    ['name', 'twitter:title', text(page.title, 70)],
    ['name', 'twitter:description', text(page.description, 200)],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', image ? text(page.imageAlt, 420) : undefined],
    ['name', 'twitter:site', page.twitterSite?.replace(/[^@\w]/g, '')],
  ]);
}
