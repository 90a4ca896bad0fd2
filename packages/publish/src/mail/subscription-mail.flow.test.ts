import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { recipientsForUpdate, recordDeliveryFailure } from '../subscriptions/delivery.use-case';
import { followedLabel } from '../subscriptions/followed-label';
import { unsubscribeByToken } from '../subscriptions/manage-subscription.use-case';
import { confirmSubscription, requestSubscription } from '../subscriptions/subscribe.use-case';
import { manageTokenFor } from '../subscriptions/subscription-deps';
import { subscriptionTestDeps } from '../subscriptions/subscriptions.fixture';
import { startSmtpSink } from '../test-support/smtp-sink';
import type { SmtpSink } from '../test-support/smtp-sink';
import { confirmationMessage } from './confirmation-message';
import { digestMessage } from './digest-message';
import { testMailSite as site, updateNotice } from './mail.fixture';
import { createSmtpMailer } from './smtp-mailer.adapter';
import type { SmtpMailer } from './smtp-mailer.adapter';
import { updateNoticeMessage } from './update-notice-message';

// Real components: an smtp-server sink on a random local port, nodemailer, mailparser.
let sink: SmtpSink;
let mailer: SmtpMailer;
const deps = subscriptionTestDeps();

beforeAll(async () => {
  sink = await startSmtpSink((address) => (address === 'gone@example.org' ? 550 : null));
  mailer = createSmtpMailer({ host: sink.host, port: sink.port, secure: false, ignoreTLS: true });
});

afterAll(async () => {
  mailer.close();
  await sink.close();
});

const header = (mail: ParsedMail, name: string): string | undefined =>
  mail.headerLines.find((h) => h.key === name.toLowerCase())?.line.replace(/\r?\n\s+/g, ' ');

const tokenIn = (url: string): string => new URL(url).searchParams.get('token') ?? '';

async function sendUpdate(incidentId: string, title: string, id: string): Promise<void> {
  for (const { subscription, cadence } of await recipientsForUpdate(deps, { incidentId })) {
    if (cadence !== 'immediate') continue;
    const result = await mailer.send(
      updateNoticeMessage(site, {
        to: subscription.email,
        subscriptionId: subscription.id,
        followed: followedLabel(subscription.target, 'Speicher camp killings'),
        manageToken: manageTokenFor(deps, subscription),
        update: updateNotice({ id, title }),
      }),
    );
    expect(result.ok).toBe(true);
  }
}

describe('subscription mail through a real SMTP server', () => {
  it('runs opt-in, an update notice, one-click unsubscribe and a digest end to end', async () => {
    // 1. Opt-in mail, and the link in it confirms the subscription.
    const target = { kind: 'incident', incidentId: 'inc_1' } as const;
    const request = await requestSubscription(deps, { email: 'reader@example.org', target });
    const confirmation = confirmationMessage(site, {
      to: 'reader@example.org',
      subscriptionId: request.subscription.id,
      followed: followedLabel(target, 'Speicher camp killings'),
      confirmToken: request.confirmToken ?? '',
      manageToken: request.manageToken,
      expiresAt: request.confirmExpiresAt ?? new Date(),
    });
    expect((await mailer.send(confirmation)).ok).toBe(true);
    const [optIn] = await sink.waitFor(1);
    expect(optIn?.to).toEqual(['reader@example.org']);
    expect(optIn?.parsed.subject).toBe('Confirm: follow Speicher camp killings on Corroborate');
    expect(optIn?.parsed.messageId).toBe(confirmation.messageId);
    const confirmLink = /https:\/\/corroborate\.example\/subscriptions\/confirm\?token=\S+/.exec(
      optIn?.parsed.text ?? '',
    );
    expect((await confirmSubscription(deps, tokenIn(confirmLink?.[0] ?? ''))).status).toBe('confirmed');

    // A digest reader of the same incident, to show who still gets mail afterwards.
    const digestReader = await requestSubscription(deps, {
      email: 'digest@example.org',
      target,
      cadence: 'digest',
    });
    await confirmSubscription(deps, digestReader.confirmToken ?? '');

    // 2. An update notice with a hostile title: escaped in HTML, verbatim in text, list headers present.
    await sendUpdate('inc_1', '<b>Speicher</b> & "camp"\r\nBcc: victim@example.org', 'upd_1');
    const [, notice] = await sink.waitFor(2);
    expect(notice?.to).toEqual(['reader@example.org']);
    expect(notice?.parsed.subject).toBe('Update: <b>Speicher</b> & "camp" Bcc: victim@example.org');
    expect(notice?.parsed.bcc).toBeUndefined();
    expect(notice?.parsed.html).toContain('&lt;b&gt;Speicher&lt;/b&gt; &amp; &quot;camp&quot;');
    expect(notice?.parsed.html).not.toContain('<b>Speicher</b>');
    expect(notice?.parsed.text).toContain('<b>Speicher</b> & "camp"');
    expect(header(notice!.parsed, 'List-Unsubscribe-Post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(header(notice!.parsed, 'List-Unsubscribe')).toMatch(
      /^List-Unsubscribe: <https:\/\/corroborate\.example\/unsubscribe\?token=[\w.-]+>, <mailto:unsubscribe@corroborate\.example\?subject=unsubscribe%20[\w.-]+>$/,
    );
    const list = notice?.parsed.headers.get('list') as {
      unsubscribe: { url: string };
      'unsubscribe-post': unknown;
    };
    expect(list.unsubscribe.url).toMatch(/^https:\/\/corroborate\.example\/unsubscribe\?token=/);
    expect(list['unsubscribe-post']).toBeDefined();

    // 3. One-click unsubscribe with the token from the header (what a mail client POSTs to), twice.
    const token = tokenIn(list.unsubscribe.url);
    expect((await unsubscribeByToken(deps, token)).status).toBe('unsubscribed');
    expect((await unsubscribeByToken(deps, token)).status).toBe('unsubscribed');

    // 4. The next update reaches no one immediately; the digest reader gets a digest.
    await sendUpdate('inc_1', 'Second update', 'upd_2');
    const [recipient] = await recipientsForUpdate(deps, { incidentId: 'inc_1' });
    expect(recipient?.subscription.email).toBe('digest@example.org');
    const digest = digestMessage(site, {
      to: 'digest@example.org',
      subscriptionId: recipient?.subscription.id ?? '',
      followed: 'Speicher camp killings',
      manageToken: manageTokenFor(deps, recipient!.subscription),
      periodStart: new Date('2014-06-16T00:00:00Z'),
      periodEnd: new Date('2014-06-22T00:00:00Z'),
      updates: [updateNotice({ id: 'upd_1' }), updateNotice({ id: 'upd_2', title: 'Second update' })],
    });
    expect((await mailer.send(digest)).ok).toBe(true);
    const mails = await sink.waitFor(3);
    expect(sink.received).toHaveLength(3);
    expect(mails.map((m) => m.to)).toEqual([
      ['reader@example.org'],
      ['reader@example.org'],
      ['digest@example.org'],
    ]);
    expect(mails[2]?.parsed.subject).toBe('Corroborate: 2 updates, 16 June 2014 – 22 June 2014');
  });

  it('pauses an address the receiving server refuses with 550', async () => {
    const request = await requestSubscription(deps, { email: 'gone@example.org', target: { kind: 'site' } });
    const confirmed = await confirmSubscription(deps, request.confirmToken ?? '');
    const result = await mailer.send(
      updateNoticeMessage(site, {
        to: confirmed.email,
        subscriptionId: confirmed.id,
        followed: 'all assessments',
        manageToken: request.manageToken,
        update: updateNotice(),
      }),
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: 'permanent', responseCode: 550 } });
    if (result.ok) return;
    expect(await recordDeliveryFailure(deps, confirmed.id, result.failure)).toMatchObject({
      action: 'pause',
    });
    expect((await deps.store.getById(confirmed.id))?.status).toBe('paused');
  });

  it('reports a dead relay as a server-side failure', async () => {
    const dead = createSmtpMailer({
      host: '127.0.0.1',
      port: 1,
      secure: false,
      ignoreTLS: true,
      connectionTimeoutMs: 2_000,
    });
    const result = await dead.send(confirmationMessageFor('x@example.org'));
    dead.close();
    expect(result).toMatchObject({ ok: false, failure: { kind: 'server', responseCode: null } });
  });
});

function confirmationMessageFor(to: string) {
  return confirmationMessage(site, {
    to,
    subscriptionId: 'sub_x',
    followed: 'all assessments',
    confirmToken: 'C.T',
    manageToken: 'M.T',
    expiresAt: new Date('2014-06-23T09:00:00Z'),
  });
}
