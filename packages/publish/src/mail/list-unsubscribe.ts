import { siteDomain, siteUrl } from './mail-site';
import type { MailSite } from './mail-site';

/** Where one-click unsubscribe (RFC 8058) and the manage page live; the server routes must match. */
export const UNSUBSCRIBE_PATH = '/unsubscribe';
export const MANAGE_PATH = '/subscriptions/manage';

/** The one-click URL for a manage token: GET shows a confirmation page, POST unsubscribes. */
export const unsubscribeUrl = (site: MailSite, token: string): string =>
  siteUrl(site, UNSUBSCRIBE_PATH, { token });

/** The preferences page (digest or immediate) for a manage token. */
export const manageUrl = (site: MailSite, token: string): string => siteUrl(site, MANAGE_PATH, { token });

/**
 * RFC 2369 / RFC 8058 headers: List-Unsubscribe with an https URL and a mailto: fallback,
 * List-Unsubscribe-Post so mail clients can unsubscribe with one POST, and List-Id.
 */
export function listHeaders(site: MailSite, token: string): Record<string, string> {
  const mailto = `mailto:${site.unsubscribeMailbox}?subject=${encodeURIComponent(`unsubscribe ${token}`)}`;
  return {
    'List-Unsubscribe': `<${unsubscribeUrl(site, token)}>, <${mailto}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    'List-Id': `<updates.${siteDomain(site)}>`,
  };
}

/**
 * RFC 8058: a one-click unsubscribe is a POST whose form body is exactly
 * "List-Unsubscribe=One-Click". Anything else (a GET from a link scanner, say) must not unsubscribe.
 */
export function isOneClickUnsubscribeBody(body: string | URLSearchParams): boolean {
  const params = typeof body === 'string' ? new URLSearchParams(body) : body;
  return params.get('List-Unsubscribe') === 'One-Click';
}

/** The manage token from the subject of a mail sent to the mailto: unsubscribe address, or null. */
export function tokenFromUnsubscribeSubject(subject: string): string | null {
  return /^\s*unsubscribe\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\s*$/i.exec(subject)?.[1] ?? null;
}
