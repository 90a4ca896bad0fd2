import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedMail } from '../../packages/publish/src/test-support/smtp-sink';
import { startSiteHarness, type SiteHarness } from './site-harness';

let h: SiteHarness;
let incidentId: string;
let slug: string;
let assessmentId: string;

const api = async (method: string, path: string, body: unknown, token = h.tokens.editor) => {
  const res = await fetch(`${h.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
};
const form = (path: string, fields: Record<string, string>) =>
  fetch(`${h.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const page = async (path: string) => (await fetch(`${h.url}${path}`)).text();
const linkIn = (mail: ReceivedMail | undefined, path: string): string => {
  const m = new RegExp(`${h.url.replace(/[.]/g, '\\.')}${path}\\?token=[A-Za-z0-9_.-]+`).exec(
    mail?.parsed.text ?? '',
  );
  if (!m) throw new Error(`no ${path} link in: ${mail?.parsed.text ?? '(no mail)'}`);
  return m[0];
};
const listHeader = (mail: ReceivedMail | undefined) =>
  mail?.parsed.headers.get('list') as
    { unsubscribe?: { url?: string }; 'unsubscribe-post'?: { name?: string } } | undefined;

beforeAll(async () => {
  h = await startSiteHarness({ rejectRecipient: (address) => (address.startsWith('bounce') ? 550 : null) });
  const incident = await h.store.incidents.create({
    title: 'Killings near Tikrit',
    status: 'verified',
    grade: 'fair',
    gradeReason: 'Independent count',
  });
  incidentId = incident.id;
  const a = await api('POST', `/api/incidents/${incidentId}/publish`, {
    headline: 'Killings near Tikrit, June 2014',
    claimReviewed: 'ISIS killed 1,700 soldiers',
    tags: ['iraq'],
  });
  slug = a.slug as string;
  assessmentId = a.id as string;
});
afterAll(() => h.close());

describe('subscriptions through a real SMTP sink', () => {
  it('double opt-in, update notice, one-click unsubscribe', async () => {
    const subscribed = await form('/subscribe', {
      email: 'Reader@Example.org',
      target: `incident:${incidentId}`,
    });
    expect(subscribed.status).toBe(200);
    expect(await subscribed.text()).toContain('Check your inbox');
    // Nothing is sent by the web request itself: the job queue sends it.
    expect(h.sink.received).toHaveLength(0);
    expect(await h.drain()).toMatchObject({ done: 1, failed: 0 });
    const [optIn] = await h.sink.waitFor(1);
    expect(optIn?.to).toEqual(['reader@example.org']);
    expect(optIn?.parsed.text).toContain('Killings near Tikrit, June 2014');
    expect(await page(`/a/${slug}`)).toContain('0 followers');

    const confirmed = await fetch(linkIn(optIn, '/subscriptions/confirm'));
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Subscription confirmed');
    expect(await page(`/a/${slug}`)).toContain('1 follower<');

    const update = await api('POST', `/api/assessments/${assessmentId}/updates`, {
      summary: 'range widened after HRW report',
    });
    expect(update.notified).toBe(1);
    await h.drain();
    const [, notice] = await h.sink.waitFor(2);
    expect(notice?.parsed.subject).toContain('Killings near Tikrit, June 2014');
    expect(notice?.parsed.text).toContain('range widened after HRW report');
    const list = listHeader(notice);
    const unsubscribe = list?.unsubscribe?.url ?? '';
    expect(unsubscribe).toMatch(new RegExp(`^${h.url.replace(/[.]/g, '\\.')}/unsubscribe\\?token=`));
    expect(list?.['unsubscribe-post']?.name).toBe('List-Unsubscribe=One-Click');

    // A GET (a link scanner) shows a button and changes nothing.
    const shown = await fetch(unsubscribe);
    expect((await shown.text()).replace(/\s+/g, ' ')).toMatch(
      /<button type="submit"> ?Unsubscribe ?<\/button>/,
    );
    expect(await page(`/a/${slug}`)).toContain('1 follower<');
    const wrongBody = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=Maybe',
    });
    expect(wrongBody.status).toBe(400);
    // RFC 8058: what a mail client sends on one click.
    const oneClick = await fetch(unsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await page(`/a/${slug}`)).toContain('0 followers');

    const after = await api('POST', `/api/assessments/${assessmentId}/updates`, {
      summary: 'typo fixed',
      isCorrection: true,
    });
    expect(after.notified).toBe(0);
    await h.drain();
    expect(h.sink.received).toHaveLength(2);
  });

  it('gives up on an address the receiving server refuses (5xx) instead of retrying it', async () => {
    await form('/subscribe', { email: 'bounce@example.org', target: 'site' });
    expect(await h.drain()).toMatchObject({ done: 0, skipped: 1, retried: 0, failed: 0 });
    const sub = await h.store.subscriptions?.findByEmailAndTarget('bounce@example.org', 'site');
    // The publish rules pause only confirmed addresses; an unconfirmed one simply never gets mail.
    expect([sub?.status, sub?.consecutiveFailures]).toEqual(['pending', 1]);
    expect(await h.drain()).toEqual({ done: 0, skipped: 0, retried: 0, failed: 0 });
    expect(h.sink.received.map((m) => m.to).flat()).not.toContain('bounce@example.org');
  });

  it('refuses a bad address and a bad target with 400', async () => {
    expect((await form('/subscribe', { email: 'not-an-address', target: 'site' })).status).toBe(400);
    expect((await form('/subscribe', { email: 'a@example.org', target: 'planet:mars' })).status).toBe(400);
  });
});
