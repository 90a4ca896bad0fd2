import { escapeHtml } from '../sanitize/escape-html';
import type { OutgoingMail } from './mailer.port';
import { formatDateTime, htmlDocument, htmlLink, line } from './mail-format';
import { siteUrl } from './mail-site';
import type { MailSite } from './mail-site';
import { stableMessageId } from './message-id';
import { subscriptionFooter } from './subscription-footer';

/** Where the double opt-in link points; the server route must match. */
export const CONFIRM_PATH = '/subscriptions/confirm';

export interface ConfirmationInput {
  to: string;
  subscriptionId: string;
  /** What is followed, in words: "all assessments", "the tag iraq", "Speicher massacre". */
  followed: string;
  confirmToken: string;
  manageToken: string;
  expiresAt: Date;
}

/** Double opt-in: nothing is sent to the address until the reader opens this link. */
export function confirmationMessage(site: MailSite, input: ConfirmationInput): OutgoingMail {
  const siteName = line(site.name, 100);
  const followed = line(input.followed);
  const confirmUrl = siteUrl(site, CONFIRM_PATH, { token: input.confirmToken });
  const expires = formatDateTime(input.expiresAt);
  const footer = subscriptionFooter(site, input.followed, input.manageToken);
  const subject = line(`Confirm: follow ${followed} on ${siteName}`, 250);
  const text = [
    `Please confirm that you want updates on ${followed} from ${siteName}:`,
    confirmUrl,
    `The link works until ${expires}. If you did not ask for this, ignore this mail: nothing more will be sent.`,
    '',
    footer.text,
  ].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<p>Please confirm that you want updates on <strong>${escapeHtml(followed)}</strong> from ${escapeHtml(siteName)}.</p>`,
      `<p>${htmlLink(confirmUrl, 'Confirm my subscription')}</p>`,
      `<p>The link works until ${escapeHtml(expires)}. If you did not ask for this, ignore this mail: nothing more will be sent.</p>`,
    ].join('\n'),
    footer.html,
  );
  return {
    messageId: stableMessageId(site, 'confirm', input.subscriptionId, `${input.expiresAt.getTime()}`),
    from: { name: siteName, address: site.fromAddress },
    to: input.to,
    subject,
    text,
    html,
    headers: footer.headers,
  };
}
