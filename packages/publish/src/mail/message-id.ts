import { siteDomain } from './mail-site';
import type { MailSite } from './mail-site';

/**
 * A Message-ID made only from what identifies the message (kind, subscription, update…), so the
 * same notice always gets the same ID and a retried send is recognisably one mail.
 */
export function stableMessageId(site: MailSite, kind: string, ...parts: string[]): string {
  const local = [kind, ...parts].map((p) => p.replace(/[^A-Za-z0-9_-]+/g, '-')).join('.');
  return `<${local}@${siteDomain(site)}>`;
}
