import { DomainError } from '@corroborate/core';
import { httpUrlOrNull } from '../sanitize/safe-url';

/** The sending side of the site's mail. */
export interface MailSite {
  name: string;
  /** Absolute http(s) base URL of the public site. */
  baseUrl: string;
  fromAddress: string;
  /** Receives mailto: unsubscribe requests (the second List-Unsubscribe URI). */
  unsubscribeMailbox: string;
}

/** An absolute URL on the site for a path and query; throws when baseUrl is not http(s). */
export function siteUrl(site: MailSite, path: string, query: Record<string, string> = {}): string {
  const base = httpUrlOrNull(site.baseUrl);
  if (base === null)
    throw new DomainError(
      'validation_failed',
      `mail site base URL ${JSON.stringify(site.baseUrl)} is not http(s)`,
    );
  const url = new URL(path.replace(/^\/+/, ''), base.endsWith('/') ? base : `${base}/`);
  for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
  return url.href;
}

/** The domain used in Message-IDs and List-Id: the site's host name. */
export const siteDomain = (site: MailSite): string => new URL(siteUrl(site, '/')).hostname;
