import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReceivedMail } from '../../packages/publish/src/test-support/smtp-sink';
import { startSiteHarness, type SiteHarness } from './site-harness';

let h: SiteHarness;
let incidentId: string;
let assessmentId: string;

const api = async (method: string, path: string, body: unknown) => {
  const res = await fetch(`${h.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${h.tokens.editor}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
};
const subscribe = (fields: Record<string, string>) =>
  fetch(`${h.url}/subscribe`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const mailsTo = (address: string): ReceivedMail[] => h.sink.received.filter((m) => m.to.includes(address));
const confirmFrom = async (mail: ReceivedMail | undefined) => {
  const link = /https?:\/\/\S+\/subscriptions\/confirm\?token=[A-Za-z0-9_.-]+/.exec(mail?.parsed.text ?? '');
  if (!link) throw new Error(`no confirm link in: ${mail?.parsed.text ?? '(no mail)'}`);
  expect((await fetch(link[0])).status).toBe(200);
};
const runDigest = async (period: string) => {
  await h.store.jobs.enqueue('mail.digest', { period });
  return h.drain();
};

beforeAll(async () => {
  h = await startSiteHarness();
  const incident = await h.store.incidents.create({
    title: 'Shelling of a market',
    status: 'verified',
    grade: 'fair',
    gradeReason: 'Two independent counts',
  });
  incidentId = incident.id;
  const a = await api('POST', `/api/incidents/${incidentId}/publish`, {
    headline: 'Shelling of a market, May 2015',
    claimReviewed: 'Shelling killed 40 people',
    tags: ['syria'],
  });
  assessmentId = a.id as string;
});
afterAll(() => h.close());

describe('digest mails through a real SMTP sink', () => {
  it('a digest subscriber gets one mail with both updates; an immediate one gets each notice', async () => {
    await subscribe({ email: 'digest@example.org', target: 'tag:syria', cadence: 'digest' });
    await subscribe({ email: 'now@example.org', target: `incident:${incidentId}`, cadence: 'immediate' });
    await h.drain();
    await h.sink.waitFor(2);
    await confirmFrom(mailsTo('digest@example.org')[0]);
    await confirmFrom(mailsTo('now@example.org')[0]);

    const first = await api('POST', `/api/assessments/${assessmentId}/updates`, {
      summary: 'toll raised after hospital records',
    });
    const second = await api('POST', `/api/assessments/${assessmentId}/updates`, {
      summary: 'date corrected to 12 May',
      isCorrection: true,
    });
    // Only the immediate subscriber is notified per update.
    expect([first.notified, second.notified]).toEqual([1, 1]);
    await h.drain();
    await h.sink.waitFor(4);
    expect(mailsTo('digest@example.org')).toHaveLength(1);

    expect(await runDigest('day-1')).toMatchObject({ done: 2, failed: 0 });
    await h.sink.waitFor(5);
    const digests = mailsTo('digest@example.org').slice(1);
    expect(digests).toHaveLength(1);
    const text = digests[0]?.parsed.text ?? '';
    expect(text).toContain('toll raised after hospital records');
    expect(text).toContain('date corrected to 12 May');
    expect(digests[0]?.parsed.subject).toContain('2 updates');
    const list = digests[0]?.parsed.headers.get('list') as
      { unsubscribe?: { url?: string }; 'unsubscribe-post'?: { name?: string } } | undefined;
    expect(list?.unsubscribe?.url).toContain('/unsubscribe?token=');
    expect(list?.['unsubscribe-post']?.name).toBe('List-Unsubscribe=One-Click');
    // The immediate subscriber: opt-in plus two notices, and no digest.
    expect(mailsTo('now@example.org').map((m) => m.parsed.subject ?? '')).toHaveLength(3);
    expect(mailsTo('now@example.org').some((m) => (m.parsed.subject ?? '').includes('2 updates'))).toBe(
      false,
    );
  });

  it('a second run sends nothing new; a later update goes into the next digest alone', async () => {
    const before = h.sink.received.length;
    expect(await runDigest('day-1-again')).toMatchObject({ done: 0, skipped: 1 });
    expect(h.sink.received).toHaveLength(before);

    await api('POST', `/api/assessments/${assessmentId}/updates`, { summary: 'map location refined' });
    await h.drain();
    await runDigest('day-2');
    const all = await h.sink.waitFor(before + 2);
    const next = all.filter((m) => m.to.includes('digest@example.org')).at(-1);
    expect(next?.parsed.subject).toContain('1 update,');
    expect(next?.parsed.text).toContain('map location refined');
    expect(next?.parsed.text).not.toContain('toll raised after hospital records');
  });
});
