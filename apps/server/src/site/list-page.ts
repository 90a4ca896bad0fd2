import type { PublishedAssessment } from '@corroborate/core';
import { html } from './html';
import { absoluteTime } from './relative-time';
import { layout } from './site-layout';
import type { SiteSettings } from './site-settings';

export interface ListPage {
  heading: string;
  /** Site-relative path of this page (for the canonical URL). */
  path: string;
  items: PublishedAssessment[];
  /** Site-relative feed path, when the list has one. */
  feedPath?: string;
  query?: string;
}

/** Index, tag, country and search pages: a list of assessments, newest update first. */
export const renderListPage = (site: SiteSettings, page: ListPage): string =>
  layout(site, {
    title: page.heading,
    description: site.description,
    url: `${site.baseUrl}${page.path}`,
    head: page.feedPath
      ? [
          html`<link
            rel="alternate"
            type="application/rss+xml"
            href="${page.feedPath}"
            title="${page.heading}"
          />`,
        ]
      : [],
    body: html`<h1>${page.heading}</h1>
      ${page.query !== undefined ? html`<p>Results for <q>${page.query}</q></p>` : ''}
      <ul class="assessments">
        ${page.items.map(
          (a) =>
            html`<li>
              <a href="/a/${a.slug}">${a.headline}</a> <span class="grade">${a.grade ?? ''}</span>
              <time datetime="${a.updatedAt.toISOString()}" title="${absoluteTime(a.updatedAt)}"
                >${a.updatedAt.toISOString().slice(0, 10)}</time
              >
            </li>`,
        )}
      </ul>
      ${page.items.length === 0 ? html`<p>Nothing here yet.</p>` : ''}`,
  });
