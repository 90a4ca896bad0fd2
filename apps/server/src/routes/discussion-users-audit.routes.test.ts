import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../use-cases/incidents/incident-detail';
import { startTestServer, type TestServer } from '../testing/server-test-kit';

let server: TestServer;
let id = '';
beforeAll(async () => {
  server = await startTestServer();
  id = (
    await server.as('analyst', { method: 'POST', url: '/api/incidents', payload: { title: 'Discussed' } })
  ).json<IncidentDetail>().incident.id;
});
afterAll(() => server.close());

describe('comments and mentions', () => {
  it('lets any signed-in role comment, records known @mentions and shows them in the feed', async () => {
    const res = await server.as('viewer', {
      method: 'POST',
      url: `/api/incidents/${id}/comments`,
      payload: { body: '@Analyst can you check the date? cc @ghost' },
    });
    expect(res.statusCode).toBe(201);
    const posted = res.json<{ comment: { mentions: string[] }; mentioned: { username: string }[] }>();
    expect(posted.comment.mentions).toEqual(['analyst']);
    expect(posted.mentioned.map((u) => u.username)).toEqual(['analyst']);
    const list = await server.as('viewer', { method: 'GET', url: `/api/incidents/${id}/comments` });
    expect(list.json<{ items: { body: string }[] }>().items.map((c) => c.body)).toEqual([
      '@Analyst can you check the date? cc @ghost',
    ]);
    const feed = await server.as('viewer', { method: 'GET', url: `/api/incidents/${id}/activity` });
    expect(feed.json<{ items: { kind: string; mentions: string[] }[] }>().items[0]).toMatchObject({
      kind: 'comment',
      mentions: ['analyst'],
    });
    expect(
      (
        await server.as('viewer', {
          method: 'POST',
          url: '/api/incidents/inc_none/comments',
          payload: { body: 'x' },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('user administration', () => {
  it('creates accounts with a hashed password; refuses taken names and short passwords', async () => {
    const make = (username: string, password: string) =>
      server.as('admin', {
        method: 'POST',
        url: '/api/users',
        payload: { username, role: 'analyst', password, email: 'n@example.org' },
      });
    const res = await make('noor', 'a long enough passphrase');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ username: 'noor', role: 'analyst', disabled: false });
    expect(JSON.stringify(res.json())).not.toContain('argon2');
    const credentials = await server.store.users.getCredentials(res.json<{ id: string }>().id);
    expect(credentials?.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await make('NOOR', 'a long enough passphrase')).statusCode).toBe(409);
    expect((await make('short', 'tiny')).json()).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: ['body', 'password'] }],
    });
  });

  it('lists users, changes roles, and will not let an admin demote or disable themselves', async () => {
    const list = await server.as('admin', { method: 'GET', url: '/api/users' });
    expect(list.json<{ items: { username: string }[] }>().items.map((u) => u.username)).toContain('noor');
    const noor = await server.store.users.getByUsername('noor');
    const role = await server.as('admin', {
      method: 'PUT',
      url: `/api/users/${noor!.id}/role`,
      payload: { role: 'editor' },
    });
    expect(role.json()).toMatchObject({ username: 'noor', role: 'editor' });
    const self = await server.as('admin', {
      method: 'PUT',
      url: `/api/users/${server.users.admin.id}/role`,
      payload: { role: 'viewer' },
    });
    expect(self.statusCode).toBe(409);
    expect(
      (await server.as('admin', { method: 'POST', url: `/api/users/${server.users.admin.id}/disable` }))
        .statusCode,
    ).toBe(409);
    expect(
      (await server.as('admin', { method: 'POST', url: '/api/users/usr_none/disable' })).statusCode,
    ).toBe(404);
  });
});

describe('audit log', () => {
  it('pages entries of one entity or type with their hash chain links', async () => {
    const first = await server.as('analyst', { method: 'GET', url: '/api/audit?entity=user&limit=2' });
    const page = first.json<{
      items: { seq: number; action: string; hash: string; prevHash: string }[];
      nextAfter: number;
    }>();
    expect(page.items.map((e) => e.action)).toEqual(['user.create', 'user.create']);
    expect(page.items[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    const next = await server.as('analyst', {
      method: 'GET',
      url: `/api/audit?entity=user&limit=2&after=${page.nextAfter}`,
    });
    expect(next.json<{ items: { seq: number }[] }>().items[0]!.seq).toBeGreaterThan(page.items[1]!.seq);
    const one = await server.as('analyst', { method: 'GET', url: `/api/audit?entity=incident:${id}` });
    expect(one.json<{ items: { action: string }[] }>().items.map((e) => e.action)).toEqual([
      'incident.create',
      'incident.comment',
    ]);
    const bad = await server.as('analyst', { method: 'GET', url: '/api/audit?entity=Not%20A%20Type' });
    expect(bad.statusCode).toBe(400);
    expect((await server.as('viewer', { method: 'GET', url: '/api/audit?entity=user' })).statusCode).toBe(
      403,
    );
  });
});
