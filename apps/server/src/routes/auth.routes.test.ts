import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../auth/base32';
import { totpCode } from '../auth/totp';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../testing/server-test-kit';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ auth: { loginLimits: { perUser: 3, perAddress: 50, windowMs: 60_000 } } });
});
afterAll(() => server.close());

const login = (username: string, password = TEST_PASSWORD, totp?: string) =>
  server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password, ...(totp === undefined ? {} : { totp }) },
  });

/** The session and CSRF cookies a sign-in set, and the CSRF token from its body. */
const sessionOf = (res: LightMyRequestResponse) => {
  const cookies = Object.fromEntries(res.cookies.map((c) => [c.name, c]));
  return {
    cookies,
    cookieHeader: `corroborate_session=${cookies.corroborate_session?.value ?? ''}`,
    csrf: res.json<{ csrfToken: string }>().csrfToken,
  };
};

describe('sign-in with a session cookie', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and a readable CSRF cookie; stores only hashes', async () => {
    const res = await login('analyst');
    expect(res.statusCode).toBe(200);
    const { cookies, csrf } = sessionOf(res);
    expect(cookies.corroborate_session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookies.corroborate_session?.secure).toBeFalsy();
    expect(cookies.corroborate_csrf).toMatchObject({ value: csrf, sameSite: 'Lax' });
    expect(cookies.corroborate_csrf?.httpOnly).toBeFalsy();
    const id = cookies.corroborate_session!.value;
    expect(await server.store.sessions.get(id)).toBeNull();
    expect(await server.store.sessions.get(server.deps.hasher.sha256(id))).toMatchObject({
      userId: server.users.analyst.id,
    });
    expect(res.json()).not.toHaveProperty('user.passwordHash');
  });

  it('marks cookies Secure when the request came over https', async () => {
    const secure = await startTestServer({ server: { trustProxy: true } });
    try {
      const res = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { username: 'viewer', password: TEST_PASSWORD },
      });
      expect(res.cookies.find((c) => c.name === 'corroborate_session')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('reads with the cookie, but refuses an unsafe request without the CSRF token (403 csrf_failed)', async () => {
    const { cookieHeader, csrf } = sessionOf(await login('analyst'));
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: cookieHeader },
    });
    expect(me.json()).toMatchObject({ user: { username: 'analyst' }, via: 'session' });
    const create = { method: 'POST' as const, url: '/api/incidents', payload: { title: 'CSRF probe' } };
    const without = await server.app.inject({ ...create, headers: { cookie: cookieHeader } });
    expect(without.statusCode).toBe(403);
    expect(without.json()).toMatchObject({ code: 'csrf_failed' });
    const forged = await server.app.inject({
      ...create,
      headers: { cookie: cookieHeader, 'x-csrf-token': 'guess' },
    });
    expect(forged.json()).toMatchObject({ code: 'csrf_failed' });
    const withToken = await server.app.inject({
      ...create,
      headers: { cookie: cookieHeader, 'x-csrf-token': csrf },
    });
    expect(withToken.statusCode).toBe(201);
    // API tokens are not sent by browsers on their own, so they need no CSRF token.
    const scripted = await server.as('analyst', create);
    expect(scripted.statusCode).toBe(201);
  });

  it('signs out: the session no longer works', async () => {
    const { cookieHeader, csrf } = sessionOf(await login('viewer'));
    const out = await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: cookieHeader, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: cookieHeader },
    });
    expect(me.statusCode).toBe(401);
  });

  it('refuses wrong passwords and unknown users alike, and rate-limits failures with 429 and Retry-After', async () => {
    const wrong = await login('editor', 'not the password');
    expect(wrong.statusCode).toBe(401);
    const unknown = await login('nobody', 'not the password');
    expect(unknown.json()).toMatchObject({
      code: 'unauthenticated',
      message: wrong.json<{ message: string }>().message,
    });
    await login('editor', 'still wrong');
    await login('editor', 'wrong again');
    const limited = await login('editor');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses disabled users, whose sessions end', async () => {
    const victim = await server.deps.store.users.create({
      username: 'leaver',
      displayName: 'Leaver',
      email: null,
      role: 'viewer',
      passwordHash: await server.deps.passwords.hash(TEST_PASSWORD),
    });
    const session = sessionOf(await login('leaver'));
    const disabled = await server.as('admin', { method: 'POST', url: `/api/users/${victim.id}/disable` });
    expect(disabled.json()).toMatchObject({ disabled: true });
    expect((await login('leaver')).statusCode).toBe(401);
    const me = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: session.cookieHeader },
    });
    expect(me.statusCode).toBe(401);
  });
});

describe('TOTP second factor', () => {
  it('enrols, confirms with a current code, then needs a code at sign-in and refuses its reuse', async () => {
    const start = await server.as('editor', { method: 'POST', url: '/api/auth/totp' });
    const { secret, otpauthUri } = start.json<{ secret: string; otpauthUri: string }>();
    expect(otpauthUri).toMatch(
      /^otpauth:\/\/totp\/Corroborate%3Aeditor\?secret=[A-Z2-7]+&issuer=Corroborate/,
    );
    const key = base32Decode(secret)!;
    const bad = await server.as('editor', {
      method: 'POST',
      url: '/api/auth/totp/confirm',
      payload: { code: '000000' },
    });
    expect(bad.statusCode).toBe(400);
    const confirmCode = totpCode(key, new Date(Date.now() - 30_000));
    const ok = await server.as('editor', {
      method: 'POST',
      url: '/api/auth/totp/confirm',
      payload: { code: confirmCode },
    });
    expect(ok.statusCode).toBe(204);
    // A fresh limiter window: the failures of the previous test were on this user name.
    const fresh = await startTestServerWithTotpUser(secret);
    try {
      const noCode = await fresh.login(undefined);
      expect(noCode.statusCode).toBe(401);
      expect(noCode.json()).toMatchObject({ issues: [{ path: ['totp'], message: 'required' }] });
      const code = totpCode(key, new Date());
      expect((await fresh.login(code)).statusCode).toBe(200);
      expect((await fresh.login(code)).statusCode).toBe(401);
    } finally {
      await fresh.close();
    }
  });
});

/** A server whose `editor` has the given TOTP secret confirmed. */
const startTestServerWithTotpUser = async (secret: string) => {
  const s = await startTestServer();
  await s.store.users.setTotp(s.users.editor.id, secret, true);
  return {
    login: (totp: string | undefined) =>
      s.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'editor', password: TEST_PASSWORD, ...(totp === undefined ? {} : { totp }) },
      }),
    close: () => s.close(),
  };
};

describe('API tokens', () => {
  it('are shown once, listed without secrets, act as their user, and stop working when revoked', async () => {
    const made = await server.as('viewer', {
      method: 'POST',
      url: '/api/auth/tokens',
      payload: { name: 'nightly export' },
    });
    expect(made.statusCode).toBe(201);
    const { token, apiToken } = made.json<{ token: string; apiToken: { id: string } }>();
    expect(token).toMatch(/^cor_[\w-]{43}$/);
    const listed = await server.as('viewer', { method: 'GET', url: '/api/auth/tokens' });
    expect(JSON.stringify(listed.json())).not.toContain(token);
    const headers = { authorization: `Bearer ${token}` };
    expect((await server.app.inject({ method: 'GET', url: '/api/auth/me', headers })).json()).toMatchObject({
      user: { username: 'viewer' },
      via: 'token',
    });
    const other = await server.as('analyst', { method: 'DELETE', url: `/api/auth/tokens/${apiToken.id}` });
    expect(other.statusCode).toBe(404);
    const revoked = await server.as('viewer', { method: 'DELETE', url: `/api/auth/tokens/${apiToken.id}` });
    expect(revoked.statusCode).toBe(204);
    expect((await server.app.inject({ method: 'GET', url: '/api/auth/me', headers })).statusCode).toBe(401);
    const garbage = await server.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: 'Bearer x' },
    });
    expect(garbage.statusCode).toBe(401);
  });
});
