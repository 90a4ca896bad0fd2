import { DomainError } from '@corroborate/core';
import { httpUrlOrNull } from '../sanitize/safe-url';
import type { FeedScope, FeedUrls } from './feed.types';

/**
 * The page and feed URLs of a scope: "/feed.xml|.atom|.json" for the site,
 * "/tags/{tag}/feed.*" and "/incidents/{id}/feed.*" below them. The server's routes must match.
 */
export function feedUrls(baseUrl: string, scope: FeedScope = { kind: 'site' }): FeedUrls {
  const base = httpUrlOrNull(baseUrl);
  if (base === null)
    throw new DomainError(
      'validation_failed',
      `site base URL ${JSON.stringify(baseUrl)} is not an http(s) URL`,
    );
  const root = base.replace(/\/+$/, '');
  const page =
    scope.kind === 'site'
      ? root
      : scope.kind === 'tag'
        ? `${root}/tags/${encodeURIComponent(scope.tag)}`
        : `${root}/incidents/${encodeURIComponent(scope.incidentId)}`;
  return {
    page: scope.kind === 'site' ? `${root}/` : page,
    rss: `${page}/feed.xml`,
    atom: `${page}/feed.atom`,
    json: `${page}/feed.json`,
  };
}
