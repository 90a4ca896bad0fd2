import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../testing/server-test-kit';
import { publishedTikrit } from './site-scenario.fixture';

let server: TestServer;
let slug: string;
let postSlug: string;
beforeAll(async () => {
  server = await startTestServer();
  ({ slug } = await publishedTikrit(server, { headline: 'Tikrit killings', claimReviewed: '1,700 killed' }));
  postSlug = (
    await server.as('editor', {
      method: 'POST',
      url: `/api/incidents/${(await server.store.incidents.create({ title: 'Second', status: 'verified', grade: 'weak' })).id}/publish`,
      payload: { headline: 'Post-moderated page', claimReviewed: 'something', moderation: 'post' },
    })
  ).json<{ slug: string }>().slug;
});
afterAll(() => server.close());

const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();
const postComment = (page: string, fields: Record<string, string>, ip = '198.51.100.7') =>
  server.app.inject({
    method: 'POST',
    url: `/a/${page}/comments`,
    remoteAddress: ip,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: form(fields),
  });
const page = async (s: string) => (await server.as(null, { method: 'GET', url: `/a/${s}` })).body;
const queue = async () =>
  (await server.as('editor', { method: 'GET', url: '/api/site/comments' })).json<
    { id: string; body: string }[]
  >();

describe('reader comments', () => {
  it('holds a comment for moderation, shows it once an editor approves it, rendered as markdown', async () => {
    const res = await postComment(slug, { name: 'Layla', body: 'I was **there** on the 12th.' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/a/${slug}?commented=pending#comments`);
    expect(await page(slug)).not.toContain('on the 12th');
    const pending = (await queue()).find((c) => c.body.includes('on the 12th'));
    expect(pending).toBeDefined();
    const queuePage = await server.as('editor', { method: 'GET', url: '/site/moderation' });
    expect(queuePage.body).toContain(`data-id="${pending?.id}" data-action="approve"`);
    const approve = await server.as('editor', {
      method: 'POST',
      url: `/api/site/comments/${pending?.id}/moderate`,
      payload: { action: 'approve' },
    });
    expect(approve.statusCode).toBe(200);
    expect(await page(slug)).toContain('<p>I was <strong>there</strong> on the 12th.</p>');
  });

  it('publishes at once on a post-moderated page', async () => {
    const res = await postComment(postSlug, { name: 'Omar', body: 'Seen it.' }, '198.51.100.8');
    expect(res.headers.location).toContain('commented=approved');
    expect(await page(postSlug)).toContain('<p>Seen it.</p>');
  });

  it('files a comment with the honeypot filled as spam, and never shows it', async () => {
    const res = await postComment(
      postSlug,
      { name: 'Bot', body: 'cheap pills', website: 'http://spam.example' },
      '198.51.100.9',
    );
    expect(res.statusCode).toBe(303);
    expect(await page(postSlug)).not.toContain('cheap pills');
    const spam = await server.as('editor', { method: 'GET', url: '/api/site/comments?status=spam' });
    expect(spam.json<{ body: string }[]>().map((c) => c.body)).toContain('cheap pills');
  });

  it('sends attached evidence to the investigators’ inbox and not onto the page', async () => {
    await postComment(
      slug,
      { name: 'Ali', body: 'Look at this video', evidenceUrl: 'https://video.example/v/42' },
      '198.51.100.10',
    );
    const docs = await server.store.documents.list({ limit: 50, status: 'new' });
    const evidence = docs.items.find((d) => d.url === 'https://video.example/v/42');
    expect(evidence?.title).toBe('Reader evidence: Tikrit killings');
    const c = (await queue()).find((x) => x.body === 'Look at this video');
    await server.as('editor', {
      method: 'POST',
      url: `/api/site/comments/${c?.id}/moderate`,
      payload: { action: 'approve' },
    });
    const html = await page(slug);
    expect(html).toContain('Look at this video');
    expect(html).not.toContain('video.example');
  });

  it('refuses a javascript: evidence link, an empty body, and an unknown page', async () => {
    const bad = await postComment(
      slug,
      { name: 'X', body: 'x', evidenceUrl: 'javascript:alert(1)' },
      '198.51.100.11',
    );
    expect([bad.statusCode, bad.json<{ code: string }>().code]).toEqual([400, 'validation_failed']);
    expect((await postComment(slug, { name: 'X', body: '  ' }, '198.51.100.11')).statusCode).toBe(400);
    expect((await postComment('nope', { name: 'X', body: 'x' }, '198.51.100.11')).statusCode).toBe(404);
  });

  it('limits comments per author and hour (429), and bans an author', async () => {
    const ip = '203.0.113.5';
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await postComment(slug, { name: 'Flood', body: `n${i}` }, ip)).statusCode);
    expect(codes).toEqual([303, 303, 303, 303, 303, 429]);
    const ip2 = '203.0.113.6';
    await postComment(slug, { name: 'Troll', body: 'abuse' }, ip2);
    const troll = (await queue()).find((c) => c.body === 'abuse');
    await server.as('editor', {
      method: 'POST',
      url: `/api/site/comments/${troll?.id}/moderate`,
      payload: { action: 'ban' },
    });
    const again = await postComment(slug, { name: 'Troll', body: 'more' }, ip2);
    expect([again.statusCode, again.json<{ code: string }>().code]).toEqual([403, 'forbidden']);
  });

  it('lets only editors see and work the queue', async () => {
    expect((await server.as('analyst', { method: 'GET', url: '/api/site/comments' })).statusCode).toBe(403);
    expect((await server.as(null, { method: 'GET', url: '/site/moderation' })).statusCode).toBe(401);
  });
});
