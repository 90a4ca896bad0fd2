import { escapeHtml } from '../sanitize/escape-html';
import type { OutgoingMail } from './mailer.port';
import { formatDateTime, htmlDocument, htmlLink, line } from './mail-format';
import { siteUrl } from './mail-site';
import type { MailSite } from './mail-site';
import { stableMessageId } from './message-id';

/** Where a sign-in link points; the server route must match. */
export const MAGIC_LINK_PATH = '/sign-in/email';

export interface MagicLinkInput {
  to: string;
  token: string;
  /** The token's own id, so the Message-ID is unique per link. */
  tokenId: string;
  expiresAt: Date;
}

/** A reader's sign-in link (transactional: no list headers). */
export function magicLinkMessage(site: MailSite, input: MagicLinkInput): OutgoingMail {
  const siteName = line(site.name, 100);
  const url = siteUrl(site, MAGIC_LINK_PATH, { token: input.token });
  const expires = formatDateTime(input.expiresAt);
  const subject = line(`Your sign-in link for ${siteName}`, 250);
  const text = [
    `Open this link to sign in to ${siteName}:`,
    url,
    `It works once, until ${expires}. If you did not ask for it, ignore this mail.`,
  ].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<p>${htmlLink(url, `Sign in to ${siteName}`)}</p>`,
      `<p>It works once, until ${escapeHtml(expires)}. If you did not ask for it, ignore this mail.</p>`,
    ].join('\n'),
    escapeHtml(siteName),
  );
  return {
    messageId: stableMessageId(site, 'signin', input.tokenId),
    from: { name: siteName, address: site.fromAddress },
    to: input.to,
    subject,
    text,
    html,
    headers: {},
  };
}
