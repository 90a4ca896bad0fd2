import type { AssessmentUpdate, PublishedAssessment } from '@corroborate/core';
import { buildFeeds, incidentUpdateEntries, type BuiltFeeds, type FeedEntry } from '@corroborate/publish';
import { feedSite, type SiteSettings } from './site-settings';

const entryOf = (site: SiteSettings, a: PublishedAssessment): FeedEntry => ({
  id: a.id,
  url: `${site.baseUrl}/a/${a.slug}`,
  title: a.headline,
  summary: a.claimReviewed,
  contentMarkdown: a.body,
  published: a.publishedAt ?? a.updatedAt,
  updated: a.updatedAt,
  tags: a.tags,
  authorName: site.publisher.name,
});

/** Site-wide or per-tag feeds: one item per published assessment. */
export const listFeeds = (
  site: SiteSettings,
  items: PublishedAssessment[],
  now: Date,
  tag?: string,
): BuiltFeeds =>
  buildFeeds({
    site: feedSite(site),
    scope: tag === undefined ? { kind: 'site' } : { kind: 'tag', tag },
    items: items.map((a) => entryOf(site, a)),
    now,
  });

/** One assessment's feed: its first publication and every update since, corrections marked. */
export const assessmentFeeds = (
  site: SiteSettings,
  a: PublishedAssessment,
  updates: AssessmentUpdate[],
  now: Date,
): BuiltFeeds => {
  const page = { url: `${site.baseUrl}/a/${a.slug}`, title: a.headline, tags: a.tags };
  return buildFeeds({
    site: feedSite(site),
    scope: { kind: 'incident', incidentId: a.incidentIds[0] ?? a.id, title: a.headline },
    items: [
      ...incidentUpdateEntries(page, updates),
      entryOf(site, { ...a, updatedAt: a.publishedAt ?? a.updatedAt }),
    ],
    now,
  });
};
