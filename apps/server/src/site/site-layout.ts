import { openGraphTags, twitterCardTags, type SharePage } from '@corroborate/publish';
import { html, trusted, type SafeHtml } from './html';
import type { SiteSettings } from './site-settings';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem;color:#222}
a{color:#0645ad}header nav a{margin-right:1rem}.grade{font-weight:bold}.correction{color:#a00}
.blurred img{filter:blur(12px)}table{border-collapse:collapse}td,th{padding:.2rem .5rem;border-bottom:1px solid #ddd;text-align:left}
.hp{position:absolute;left:-9999px}`;

export interface PageShell {
  title: string;
  description: string;
  /** Absolute URL of this page. */
  url: string;
  type?: 'article' | 'website';
  publishedAt?: Date | null;
  modifiedAt?: Date | null;
  /** Extra elements for <head>: JSON-LD, feed links. */
  head?: SafeHtml[];
  body: SafeHtml;
}

/** The whole document: escaped title, share tags, a search box, no script. */
export const layout = (site: SiteSettings, page: PageShell): string => {
  const share: SharePage = {
    title: page.title,
    description: page.description,
    url: page.url,
    siteName: site.name,
    type: page.type ?? 'website',
    publishedAt: page.publishedAt ?? null,
    modifiedAt: page.modifiedAt ?? null,
  };
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>${page.title} · ${site.name}</title>
        <meta name="description" content="${page.description}" />
        <link rel="canonical" href="${page.url}" />
        ${trusted(openGraphTags(share))} ${trusted(twitterCardTags(share))} ${page.head ?? []}
        <style>
          ${trusted(STYLE)}
        </style>
      </head>
      <body>
        <header>
          <nav><a href="/">${site.name}</a><a href="/feed.xml">RSS</a></nav>
          <form action="/search" method="get" role="search">
            <input name="q" type="search" aria-label="Search" /><button>Search</button>
          </form>
        </header>
        <main>${page.body}</main>
      </body>
    </html>`.value;
};
