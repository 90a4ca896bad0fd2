import { describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { findUnsafeMarkup } from '../sanitize/unsafe-markup-finder';
import { XSS_CORPUS } from '../sanitize/xss-corpus';
import { confirmationMessage } from './confirmation-message';
import { digestMessage } from './digest-message';
import { magicLinkMessage } from './magic-link-message';
import { testMailSite as site, updateNotice } from './mail.fixture';
import { updateNoticeMessage } from './update-notice-message';

const notice = (overrides = {}) =>
  updateNoticeMessage(site, {
    to: 'reader@example.org',
    subscriptionId: 'sub_1',
    followed: 'Speicher camp killings',
    manageToken: 'MANAGE.TOKEN',
    update: updateNotice(overrides),
  });

describe('confirmationMessage', () => {
  const mail = confirmationMessage(site, {
    to: 'reader@example.org',
    subscriptionId: 'sub_1',
    followed: 'the tag “iraq”',
    confirmToken: 'CONFIRM.TOKEN',
    manageToken: 'MANAGE.TOKEN',
    expiresAt: new Date('2014-06-23T09:00:00Z'),
  });

  it('carries the confirmation link and when it stops working, in UTC', () => {
    expect(mail.subject).toBe('Confirm: follow the tag “iraq” on Corroborate');
    expect(mail.text).toContain('https://corroborate.example/subscriptions/confirm?token=CONFIRM.TOKEN');
    expect(mail.text).toContain('23 June 2014 at 09:00 UTC');
    expect(mail.html).toContain(
      'href="https://corroborate.example/subscriptions/confirm?token=CONFIRM.TOKEN"',
    );
  });

  it('has RFC 8058 one-click unsubscribe headers', () => {
    expect(mail.headers).toEqual({
      'List-Unsubscribe':
        '<https://corroborate.example/unsubscribe?token=MANAGE.TOKEN>, ' +
        '<mailto:unsubscribe@corroborate.example?subject=unsubscribe%20MANAGE.TOKEN>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': '<updates.corroborate.example>',
    });
  });
});

describe('updateNoticeMessage', () => {
  it('gives the same notice the same Message-ID, and another notice another one', () => {
    expect(notice().messageId).toBe('<update.upd_1.sub_1@corroborate.example>');
    expect(notice().messageId).toBe(notice().messageId);
    expect(notice({ id: 'upd_2' }).messageId).not.toBe(notice().messageId);
  });

  it('marks corrections in the subject', () => {
    expect(notice({ isCorrection: true }).subject).toBe('Correction: Speicher camp killings');
    expect(notice().subject).toBe('Update: Speicher camp killings');
  });

  it('escapes titles and summaries in HTML and keeps them verbatim in text', () => {
    const mail = notice({ title: '<b>Speicher</b> & "camp"', summary: 'a < b\nnext line' });
    expect(mail.html).toContain('<h1>&lt;b&gt;Speicher&lt;/b&gt; &amp; &quot;camp&quot;</h1>');
    expect(mail.html).toContain('<p>a &lt; b<br>next line</p>');
    expect(mail.text).toContain('<b>Speicher</b> & "camp"');
  });

  it('keeps the subject on one line (no header injection)', () => {
    expect(notice({ title: 'x\r\nBcc: victim@example.org' }).subject).toBe(
      'Update: x Bcc: victim@example.org',
    );
  });

  it('refuses a non-http page URL', () => {
    expect(() => notice({ url: 'javascript:alert(1)' })).toThrow(/upd_1 has no http\(s\) URL/);
  });

  it.each(XSS_CORPUS.map((p) => [p.name, p.payload]))('stays inert with payload %s', (_name, payload) => {
    const mail = notice({ title: payload, summary: payload });
    expect(findUnsafeMarkup(mail.html)).toEqual([]);
  });
});

describe('digestMessage', () => {
  const input = {
    to: 'reader@example.org',
    subscriptionId: 'sub_1',
    followed: 'all assessments',
    manageToken: 'MANAGE.TOKEN',
    periodStart: new Date('2014-06-16T00:00:00Z'),
    periodEnd: new Date('2014-06-22T23:59:59Z'),
    updates: [
      updateNotice({ id: 'upd_2', title: 'Later', at: new Date('2014-06-19T10:00:00Z'), isCorrection: true }),
      updateNotice({ id: 'upd_1', title: 'Earlier', at: new Date('2014-06-17T10:00:00Z') }),
    ],
  };

  it('lists the updates oldest first, with a count and the period', () => {
    const mail = digestMessage(site, input);
    expect(mail.subject).toBe('Corroborate: 2 updates, 16 June 2014 – 22 June 2014');
    expect(mail.text.indexOf('Update: Earlier')).toBeLessThan(mail.text.indexOf('Correction: Later'));
    expect(mail.messageId).toBe('<digest.sub_1.2014-06-16-2014-06-22@corroborate.example>');
    expect(mail.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('refuses an empty digest', () => {
    let caught: unknown;
    try {
      digestMessage(site, { ...input, updates: [] });
    } catch (err) {
      caught = err;
    }
    expect(isDomainError(caught) && caught.code).toBe('empty_input');
  });
});

describe('magicLinkMessage', () => {
  it('carries the sign-in link and no list headers', () => {
    const mail = magicLinkMessage(site, {
      to: 'reader@example.org',
      token: 'MAGIC.TOKEN',
      tokenId: 'tok1',
      expiresAt: new Date('2014-06-16T09:15:00Z'),
    });
    expect(mail.text).toContain('https://corroborate.example/sign-in/email?token=MAGIC.TOKEN');
    expect(mail.headers).toEqual({});
    expect(mail.messageId).toBe('<signin.tok1@corroborate.example>');
  });
});
