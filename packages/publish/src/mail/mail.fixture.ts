import type { MailSite } from './mail-site';
import type { UpdateNotice } from './update-notice.types';

export const testMailSite: MailSite = {
  name: 'Corroborate',
  baseUrl: 'https://corroborate.example',
  fromAddress: 'updates@corroborate.example',
  unsubscribeMailbox: 'unsubscribe@corroborate.example',
};

export function updateNotice(overrides: Partial<UpdateNotice> = {}): UpdateNotice {
  return {
    id: 'upd_1',
    title: 'Speicher camp killings',
    summary: 'A second independent count reached 1,566.',
    url: 'https://corroborate.example/a/speicher',
    at: new Date('2014-06-17T15:17:00Z'),
    isCorrection: false,
    ...overrides,
  };
}
