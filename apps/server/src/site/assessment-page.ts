import type { EventReconciliation, PublicComment } from '@corroborate/core';
import {
  claimReviewJsonLd,
  jsonLdScript,
  renderCommentMarkdown,
  safeLinkHref,
  type Appearance,
  type Claimant,
} from '@corroborate/publish';
import type { AssessmentView, TimelineEntry } from './assessment-view';
import { html, trusted, type SafeHtml } from './html';
import { mediaReviewScripts } from './media-review-json-ld';
import { placeMapSvg } from './place-map';
import { absoluteTime, relativeTime } from './relative-time';
import { layout } from './site-layout';
import type { SiteSettings } from './site-settings';

export interface AssessmentPageOptions {
  now: Date;
  /** Media ids the reader chose to see unblurred (`?reveal=`). */
  revealed: ReadonlySet<string>;
  /** Confirmed followers of this incident. */
  followers: number;
  /** Set after a comment was posted: tells the reader it awaits moderation. */
  notice?: string;
}

// Only http(s)/mailto links become anchors; anything else is shown as text.
const linkOr = (url: string | null, text: string): SafeHtml | string => {
  const href = url === null ? null : safeLinkHref(url);
  return href === null ? text : html`<a href="${href}" rel="nofollow noopener">${text}</a>`;
};

const when = (at: Date, now: Date): SafeHtml =>
  html`<time datetime="${at.toISOString()}" title="${absoluteTime(at)}">${relativeTime(at, now)}</time>`;

const rangeText = (e: EventReconciliation): string =>
  e.min === null ? 'no figure counted' : e.max === null || e.max === e.min ? `${e.min}` : `${e.min}–${e.max}`;

const rangeSection = (events: EventReconciliation[]): SafeHtml =>
  html`<section id="range">
    <h2>Range</h2>
    ${events.map(
      (e) =>
        html`<h3>${e.event}: ${rangeText(e)}</h3>
          <table>
            <thead>
              <tr>
                <th>Source</th>
                <th>Figure</th>
                <th>Published</th>
                <th>Counted</th>
              </tr>
            </thead>
            <tbody>
              ${e.lines.map(
                (l) =>
                  html`<tr>
                    <td>${linkOr(l.url, l.speaker)}</td>
                    <td>${l.text}</td>
                    <td>${l.published ?? 'undated'}</td>
                    <td>${l.counted ? 'yes' : 'no'}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          <p class="explanation">${e.explanation}</p>`,
    )}
  </section>`;

const timelineSection = (entries: TimelineEntry[]): SafeHtml =>
  html`<section id="timeline">
    <h2>Timeline of reports</h2>
    <ol>
      ${entries.map(
        (t) =>
          html`<li>
            ${t.publishedAt ? html`<time datetime="${t.publishedAt.toISOString()}">${t.publishedAt.toISOString().slice(0, 10)}</time>` : 'undated'}:
            ${linkOr(t.url, t.title ?? t.url ?? 'report')} said
            ${t.said}${t.claimant ? ` (according to ${t.claimant})` : ''}
          </li>`,
      )}
    </ol>
  </section>`;

const evidenceSection = (view: AssessmentView, slug: string, revealed: ReadonlySet<string>): SafeHtml =>
  view.media.length === 0
    ? html``
    : html`<section id="evidence">
        <h2>Evidence</h2>
        ${view.media.map(({ item, link }) => {
          const graphic = item.sensitivity !== 'none';
          const shown = !graphic || revealed.has(item.id);
          const img = html`<img
            src="/a/${slug}/media/${item.id}${shown ? '?reveal=1' : ''}"
            alt="${link.note ?? 'evidence'}"
            width="256"
          />`;
          return html`<figure class="${shown ? 'clear' : 'blurred'}">
            ${img}
            <figcaption>
              ${link.note ?? ''} (SHA-256
              ${item.sha256.slice(0, 12)}…)${
                shown
                  ? ''
                  : html` <a class="reveal" href="/a/${slug}?reveal=${item.id}#evidence"
                      >Show graphic image</a
                    >`
              }
            </figcaption>
          </figure>`;
        })}
      </section>`;

const updateLog = (view: AssessmentView, now: Date): SafeHtml =>
  html`<section id="updates">
    <h2>Update log</h2>
    <ul>
      ${view.updates.map(
        (u) =>
          html`<li class="${u.isCorrection ? 'correction' : 'update'}">
            ${u.isCorrection ? 'Correction' : 'Updated'} ${when(u.at, now)}: ${u.summary}
          </li>`,
      )}
      <li>Published ${view.assessment.publishedAt ? when(view.assessment.publishedAt, now) : ''}</li>
    </ul>
  </section>`;

const avatar = (url: string | null): SafeHtml | string =>
  url === null
    ? ''
    : html`<img
        class="avatar"
        src="${url}"
        alt=""
        width="24"
        height="24"
        loading="lazy"
        referrerpolicy="no-referrer"
      />`;

const commentList = (comments: PublicComment[]): SafeHtml =>
  html`<ol class="comments">
    ${comments.map(
      (c) =>
        html`<li id="comment-${c.id}">
          ${avatar(c.authorAvatarUrl)}<strong>${c.authorName}</strong>
          <time datetime="${c.createdAt.toISOString()}">${absoluteTime(c.createdAt)}</time>
          <div>${trusted(renderCommentMarkdown(c.body))}</div>
        </li>`,
    )}
  </ol>`;

const commentForm = (slug: string, notice?: string): SafeHtml =>
  html`${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
    <form method="post" action="/a/${slug}/comments" class="comment-form">
      <p>
        <a href="/sign-in?return=/a/${slug}">Sign in</a> to comment under your name, or give one (signed-in
        readers' names come from their sign-in).
      </p>
      <label>Name <input name="name" maxlength="80" /></label>
      <label>Comment <textarea name="body" required maxlength="20000"></textarea></label>
      <label
        >Evidence link (optional, goes to our investigators, not onto this page)
        <input name="evidenceUrl" type="url"
      /></label>
      <label class="hp" aria-hidden="true"
        >Leave empty <input name="website" tabindex="-1" autocomplete="off"
      /></label>
      <button type="submit">Post comment</button>
    </form>`;

const followForm = (target: string, followers: number): SafeHtml =>
  html`<section id="follow">
    <form method="post" action="/subscribe">
      <input type="hidden" name="target" value="${target}" />
      <label>E-mail <input type="email" name="email" required maxlength="254" /></label>
      <select name="cadence" aria-label="How often">
        <option value="immediate">every update</option>
        <option value="digest">daily digest</option>
      </select>
      <button type="submit">Follow this assessment</button>
    </form>
    <p class="followers">${followers} ${followers === 1 ? 'follower' : 'followers'}</p>
  </section>`;

const structuredData = (view: AssessmentView, site: SiteSettings, url: string): SafeHtml[] => {
  const a = view.assessment;
  if (a.grade === null) return [];
  const appearances: Appearance[] = view.timeline
    .filter((t): t is TimelineEntry & { url: string; publishedAt: Date } => !!t.url && !!t.publishedAt)
    .map((t) => ({ url: t.url, datePublished: t.publishedAt, ...(t.title ? { headline: t.title } : {}) }));
  const first = view.timeline[0];
  const claimant: Claimant = {
    name: first?.claimant ?? first?.title ?? 'Unattributed reports',
    kind: 'organization',
  };
  return [
    trusted(
      jsonLdScript(
        claimReviewJsonLd({ assessment: a, url, claimant, appearances, publisher: site.publisher }),
      ),
    ),
  ];
};

/** The assessment page: claim, range with its lines, grade and reason, timeline, map, evidence, log, comments. */
export const renderAssessmentPage = (
  view: AssessmentView,
  site: SiteSettings,
  opts: AssessmentPageOptions,
): string => {
  const a = view.assessment;
  const url = `${site.baseUrl}/a/${a.slug}`;
  const place = view.incident?.place;
  const lastUpdate = view.updates[0];
  const body = html`<article>
      <h1>${a.headline}</h1>
      ${lastUpdate ? html`<p class="last-update">${lastUpdate.isCorrection ? 'Corrected' : 'Updated'} ${when(lastUpdate.at, opts.now)}: ${lastUpdate.summary}</p>` : ''}
      ${view.incident ? html`<p class="incident">Incident: ${view.incident.title}</p>` : ''}
      <p class="claim">Claim under review: <q>${a.claimReviewed}</q></p>
      <p>
        Grade:
        <span class="grade">${a.grade ?? 'not graded'}</span
        >${view.incident?.gradeReason ? html` — ${view.incident.gradeReason}` : ''}
      </p>
      ${a.body ? html`<div class="body">${trusted(renderCommentMarkdown(a.body))}</div>` : ''}
      ${view.reconciliation ? rangeSection(view.reconciliation.events) : ''} ${timelineSection(view.timeline)}
      ${
        place?.lat != null && place.lon != null
          ? html`<section id="map">
              <h2>Where</h2>
              ${trusted(placeMapSvg(place.lat, place.lon, place.name))}
              <p>${place.name}</p>
            </section>`
          : ''
      }
      ${evidenceSection(view, a.slug, opts.revealed)} ${updateLog(view, opts.now)}
      <p>
        Tags:
        ${a.tags.map((t) => html`<a href="/tags/${t}">${t}</a> `)}${a.country ? html`<a href="/countries/${a.country}">${a.country}</a>` : ''}
      </p>
      <p class="feeds"><a href="/incidents/${a.incidentIds[0] ?? a.id}/feed.xml">Feed of updates</a></p>
      ${followForm(`incident:${a.incidentIds[0] ?? ''}`, opts.followers)}
    </article>
    <section id="comments">
      <h2>Comments</h2>
      ${commentList(view.comments)}${commentForm(a.slug, opts.notice)}
    </section>`;
  return layout(site, {
    title: a.headline,
    description: a.claimReviewed,
    url,
    type: 'article',
    publishedAt: a.publishedAt,
    modifiedAt: a.updatedAt,
    head: [
      ...structuredData(view, site, url),
      ...mediaReviewScripts(view, site, url),
      html`<link
        rel="alternate"
        type="application/rss+xml"
        href="/incidents/${a.incidentIds[0] ?? a.id}/feed.xml"
        title="Updates"
      />`,
    ],
    body,
  });
};
