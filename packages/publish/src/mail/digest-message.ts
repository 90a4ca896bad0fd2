import { DomainError } from '@corroborate/core';
import { escapeHtml } from '../sanitize/escape-html';
import type { OutgoingMail } from './mailer.port';
import { formatDate, formatDateTime, htmlDocument, htmlLink, line, paragraph } from './mail-format';
import type { MailSite } from './mail-site';
import { stableMessageId } from './message-id';
import { subscriptionFooter } from './subscription-footer';
import { pageUrl } from './update-notice-message';
import type { UpdateNotice } from './update-notice.types';

export interface DigestInput {
  to: string;
  subscriptionId: string;
  followed: string;
  manageToken: string;
  periodStart: Date;
  periodEnd: Date;
  updates: UpdateNotice[];
}

/** Several updates in one mail, oldest first, for readers who chose a digest. */
export function digestMessage(site: MailSite, input: DigestInput): OutgoingMail {
  if (input.updates.length === 0) {
    throw new DomainError('empty_input', `digest for subscription ${input.subscriptionId} has no updates`);
  }
  const siteName = line(site.name, 100);
  const updates = [...input.updates].sort((a, b) => a.at.getTime() - b.at.getTime());
  const period = `${formatDate(input.periodStart)} – ${formatDate(input.periodEnd)}`;
  const count = `${updates.length} update${updates.length === 1 ? '' : 's'}`;
  const footer = subscriptionFooter(site, input.followed, input.manageToken);
  const subject = line(`${siteName}: ${count}, ${period}`, 250);
  const items = updates.map((u) => ({
    heading: `${u.isCorrection ? 'Correction' : 'Update'}: ${line(u.title)}`,
    when: formatDateTime(u.at),
    summary: paragraph(u.summary, 600),
    url: pageUrl(u),
  }));
  const text = [
    `${count} on ${line(input.followed)}, ${period}`,
    ...items.map((i) => `\n${i.heading}\n${i.when}\n${i.summary}\n${i.url}`),
    '',
    footer.text,
  ].join('\n');
  const html = htmlDocument(
    subject,
    [
      `<h1>${escapeHtml(count)}, ${escapeHtml(period)}</h1>`,
      '<ul>',
      ...items.map(
        (i) =>
          `<li><strong>${htmlLink(i.url, i.heading)}</strong><br>${escapeHtml(i.when)}<br>${escapeHtml(i.summary).replaceAll('\n', '<br>')}</li>`,
      ),
      '</ul>',
    ].join('\n'),
    footer.html,
  );
  const span = `${input.periodStart.toISOString().slice(0, 10)}-${input.periodEnd.toISOString().slice(0, 10)}`;
  return {
    messageId: stableMessageId(site, 'digest', input.subscriptionId, span),
    from: { name: siteName, address: site.fromAddress },
    to: input.to,
    subject,
    text,
    html,
    headers: footer.headers,
  };
}
