import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDomainError } from '@corroborate/core';
import { HttpBrowser } from '../test-support/http-browser';
import { startOidcTestProvider } from '../test-support/oidc-test-provider';
import type { OidcTestProvider } from '../test-support/oidc-test-provider';
import { createOidcLogin } from './oidc-login';
import type { OidcLogin, PendingLogin } from './oidc-login';

// A real OpenID Connect provider and a minimal "site" with start and callback routes, both on
// 127.0.0.1; the reader is a fetch-based browser that fills in the provider's login and consent forms.
const reader = {
  name: 'Layla Reader',
  picture: 'https://avatars.example/layla.png',
  email: 'Layla@Example.org',
  email_verified: true,
};

let site: Server;
let siteUrl: string;
let provider: OidcTestProvider;
let login: OidcLogin;
const pendingByState = new Map<string, PendingLogin>();

beforeAll(async () => {
  site = createServer((req, res) => {
    const url = new URL(req.url ?? '/', siteUrl);
    const reply = (status: number, body: unknown, location?: string): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...(location ? { location } : {}) });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/sign-in/test') {
      login.start('test').then(
        ({ url: to, pending }) => {
          pendingByState.set(pending.state, pending);
          reply(302, {}, to);
        },
        (err: Error) => reply(500, { error: err.message }),
      );
    } else if (url.pathname === '/sign-in/test/callback') {
      const pending = pendingByState.get(url.searchParams.get('state') ?? '');
      if (!pending) return reply(400, { error: 'unknown state' });
      login.finish(url.href, pending).then(
        (profile) => reply(200, profile),
        (err: Error & { code?: string }) => reply(401, { error: err.message, code: err.code }),
      );
    } else reply(404, {});
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  provider = await startOidcTestProvider(`${siteUrl}/sign-in/test/callback`, reader);
  login = createOidcLogin({
    providers: [
      {
        id: 'test',
        name: 'Test ID',
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
      },
    ],
    redirectUri: (id) => `${siteUrl}/sign-in/${id}/callback`,
    allowHttpLocalhost: true,
  });
});

afterAll(async () => {
  await provider.close();
  site.closeAllConnections();
  await new Promise<void>((resolve) => site.close(() => resolve()));
});

async function signIn(browser: HttpBrowser) {
  let page = await browser.get(`${siteUrl}/sign-in/test`);
  for (let step = 0; step < 5 && page.url.startsWith(provider.issuer); step += 1) {
    page = await browser.submitForm(page, { login: 'reader-42', password: 'any' });
  }
  return page;
}

describe('OpenID Connect sign-in against a real provider', () => {
  it('signs a reader in with authorization code + PKCE and reads name, avatar and e-mail', async () => {
    const browser = new HttpBrowser();
    const page = await signIn(browser);
    expect(page.url.startsWith(`${siteUrl}/sign-in/test/callback?code=`)).toBe(true);
    expect(page.status).toBe(200);
    expect(JSON.parse(page.body)).toEqual({
      provider: 'test',
      subject: 'reader-42',
      displayName: 'Layla Reader',
      email: 'layla@example.org',
      emailVerified: true,
      avatarUrl: 'https://avatars.example/layla.png',
    });
    // Login form, then consent form, each on the provider's own interaction pages.
    expect(browser.visited.filter((u) => u.includes('/interaction/')).length).toBeGreaterThanOrEqual(2);
  });

  it('reports a reader who cancels at the provider as unauthenticated', async () => {
    const browser = new HttpBrowser();
    const loginPage = await browser.get(`${siteUrl}/sign-in/test`);
    const page = await browser.clickLink(loginPage, 'Cancel');
    expect(page.url).toContain('/sign-in/test/callback?error=access_denied');
    expect(page.status).toBe(401);
    expect(JSON.parse(page.body)).toMatchObject({
      code: 'unauthenticated',
      error: expect.stringMatching(/aborted/),
    });
  });

  it('sends state, nonce and an S256 code challenge', async () => {
    const { url, pending } = await login.start('test');
    const params = new URL(url).searchParams;
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('code_challenge')).not.toBe(pending.codeVerifier);
    expect([params.get('state'), params.get('nonce')]).toEqual([pending.state, pending.nonce]);
    expect(params.get('redirect_uri')).toBe(`${siteUrl}/sign-in/test/callback`);
  });

  it('refuses a callback checked against another login attempt (state mismatch)', async () => {
    const browser = new HttpBrowser();
    await signIn(browser);
    const callback = browser.visited.find((u) => u.includes('/sign-in/test/callback?'))!;
    const other = (await login.start('test')).pending;
    await expect(login.finish(callback, other)).rejects.toSatisfy(
      (err: unknown) =>
        isDomainError(err) && err.code === 'unauthenticated' && /Test ID.*state/.test(err.message),
    );
  });

  it('refuses an unknown provider with not_found', async () => {
    await expect(login.start('nope')).rejects.toSatisfy(
      (err: unknown) => isDomainError(err) && err.code === 'not_found',
    );
  });

  it('reports an unreachable issuer as unauthenticated, naming the provider', async () => {
    const offline = createOidcLogin({
      providers: [
        { id: 'down', name: 'Down ID', issuer: 'http://127.0.0.1:1', clientId: 'c', clientSecret: 's' },
      ],
      redirectUri: () => `${siteUrl}/cb`,
      allowHttpLocalhost: true,
    });
    await expect(offline.start('down')).rejects.toSatisfy(
      (err: unknown) => isDomainError(err) && err.code === 'unauthenticated' && /Down ID/.test(err.message),
    );
  });
});
