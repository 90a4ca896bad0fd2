import { DomainError } from '@corroborate/core';
import { escapeHtml } from '../sanitize/escape-html';
import { httpUrlOrNull } from '../sanitize/safe-url';
import type { OutgoingMail } from './mailer.port';
import { formatDateTime, htmlDocument, htmlLink, htmlParagraph, line, paragraph } from './mail-format';
import type { MailSite } from './mail-site';
import { stableMessageId } from './message-id';
import { subscriptionFooter } from './subscription-footer';
import type { UpdateNotice } from './update-notice.types';

export interface UpdateNoticeInput {
  to: string;
  subscriptionId: string;
  followed: string;
  manageToken: string;
  update: UpdateNotice;
}

/** An immediate notice of one update; corrections say so in the subject. */
export function updateNoticeMessage(site: MailSite, input: UpdateNoticeInput): OutgoingMail {
  const { update } = input;
  const url = pageUrl(update);
  const siteName = line(site.name, 100);
  const title = line(update.title);
  const kind = update.isCorrection ? 'Correction' : 'Update';
  const summary = paragraph(update.summary);
  const when = formatDateTime(update.at);
  const footer = subscriptionFooter(site, input.followed, input.manageToken);
  const subject = line(`${kind}: ${title}`, 250);
  const text = [`${kind}, ${when}`, title, '', summary, '', `Read it: ${url}`, '', footer.text].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<p><strong>${kind}</strong>, ${escapeHtml(when)}</p>`,
      `<h1>${escapeHtml(title)}</h1>`,
      htmlParagraph(summary),
      `<p>${htmlLink(url, 'Read the assessment')}</p>`,
    ].join('\n'),
    footer.html,
  );
  return {
    messageId: stableMessageId(site, 'update', update.id, input.subscriptionId),
    from: { name: siteName, address: site.fromAddress },
    to: input.to,
    subject,
    text,
    html,
    headers: footer.headers,
  };
}

/** The update's page URL; only http(s) links go into mail. */
export function pageUrl(update: UpdateNotice): string {
  const url = httpUrlOrNull(update.url);
  if (url === null)
    throw new DomainError(
      'validation_failed',
      `update ${update.id} has no http(s) URL: ${JSON.stringify(update.url)}`,
    );
  return url;
}
