import { DomainError } from '@corroborate/core';
import type { FeedSite, PublisherInfo } from '@corroborate/publish';

/** How the public site names itself and where it lives. */
export interface SiteSettings {
  /** Absolute http(s) URL without a trailing slash. */
  baseUrl: string;
  name: string;
  description: string;
  publisher: PublisherInfo;
  /** Comments per author per hour before 429. */
  commentsPerHour: number;
}

/** From CORROBORATE_SITE_URL / CORROBORATE_SITE_NAME, with local defaults. */
export const siteSettingsFromEnv = (env: NodeJS.ProcessEnv = process.env): SiteSettings => {
  const baseUrl = (env.CORROBORATE_SITE_URL ?? 'http://localhost:8080').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(baseUrl))
    throw new DomainError('validation_failed', `CORROBORATE_SITE_URL ${baseUrl} is not an http(s) URL`);
  const name = env.CORROBORATE_SITE_NAME ?? 'Corroborate';
  return {
    baseUrl,
    name,
    description: 'Sourced assessments of atrocity claims, with every update visible.',
    publisher: { name, url: baseUrl },
    commentsPerHour: 5,
  };
};

export const feedSite = (s: SiteSettings): FeedSite => ({
  title: s.name,
  description: s.description,
  baseUrl: s.baseUrl,
  authorName: s.publisher.name,
  language: 'en',
});
