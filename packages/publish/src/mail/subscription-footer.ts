import { escapeHtml } from '../sanitize/escape-html';
import { listHeaders, manageUrl, unsubscribeUrl } from './list-unsubscribe';
import { htmlLink, line } from './mail-format';
import type { MailSite } from './mail-site';

/** What every subscription mail says at the bottom, and the list headers that go with it. */
export interface SubscriptionFooter {
  text: string;
  html: string;
  headers: Record<string, string>;
}

/** Footer naming what the reader follows, with manage and one-click unsubscribe links. */
export function subscriptionFooter(
  site: MailSite,
  followed: string,
  manageToken: string,
): SubscriptionFooter {
  const siteName = line(site.name, 100);
  const what = line(followed, 200);
  const unsubscribe = unsubscribeUrl(site, manageToken);
  const manage = manageUrl(site, manageToken);
  return {
    text: [
      `You receive this because you follow ${what} on ${siteName}.`,
      `Digest or immediate mail: ${manage}`,
      `Unsubscribe (one click, no log-in): ${unsubscribe}`,
    ].join('\n'),
    html: [
      `You receive this because you follow ${escapeHtml(what)} on ${escapeHtml(siteName)}.`,
      `${htmlLink(manage, 'Choose digest or immediate mail')} · ${htmlLink(unsubscribe, 'Unsubscribe')}`,
    ].join('<br>\n'),
    headers: listHeaders(site, manageToken),
  };
}
