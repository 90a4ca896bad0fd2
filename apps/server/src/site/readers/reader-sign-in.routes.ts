import { DomainError, notFound } from '@corroborate/core';
import {
  createOidcLogin,
  cryptoRandomSource,
  issueMagicLink,
  magicLinkMessage,
  readerProfileFromEmail,
  redeemMagicLink,
  type OidcLogin,
  type PendingLogin,
  type ReaderProfile,
} from '@corroborate/publish';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { queueMail } from '../mail/site-mail';
import type { SiteContext } from '../site-context';
import { tokenParam } from '../token-query';
import { signInPage } from './reader-pages';
import {
  PENDING_LOGIN_COOKIE,
  READER_COOKIE,
  READER_SESSION_TTL_MS,
  openCookie,
  safeReturnPath,
  sealCookie,
} from './reader-session';

const route = { config: { role: 'public' as const }, schema: { hide: true } };
const HTML = 'text/html; charset=utf-8';
const LOGIN_TTL_S = 600;

type Pending = PendingLogin & { returnTo: string };

const secure = (req: FastifyRequest): boolean => req.protocol === 'https';

/** Starts a reader session: a signed cookie, separate from investigators' sessions. */
const signIn = (
  ctx: SiteContext,
  req: FastifyRequest,
  reply: FastifyReply,
  profile: ReaderProfile,
  to: string,
) => {
  const session = {
    provider: profile.provider,
    subject: profile.subject,
    displayName: profile.displayName,
    avatarUrl: profile.avatarUrl,
    expiresAt: ctx.deps.clock.now().getTime() + READER_SESSION_TTL_MS,
  };
  return reply
    .setCookie(READER_COOKIE, sealCookie(ctx.mail.signer, 'reader-session', session), {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secure(req),
      maxAge: READER_SESSION_TTL_MS / 1000,
    })
    .redirect(to, 303);
};

/** Reader sign-in: e-mail magic links (single use, 15 minutes) and OpenID Connect (code + PKCE). */
export const readerSignInRoutes = (app: FastifyInstance, ctx: SiteContext): void => {
  const { deps } = ctx;
  const oidc: OidcLogin | null =
    ctx.oidc.providers.length === 0
      ? null
      : createOidcLogin({
          providers: ctx.oidc.providers,
          redirectUri: (id) => `${ctx.settings.baseUrl}/sign-in/${id}/callback`,
          allowHttpLocalhost: ctx.oidc.allowHttpLocalhost,
        });
  const providers = oidc?.providers() ?? [];
  const magicDeps = () => {
    const usedTokens = deps.store.usedTokens;
    if (!usedTokens) throw new DomainError('internal', 'this store has no used-token table');
    return { signer: ctx.mail.signer, clock: deps.clock, random: cryptoRandomSource, usedTokens };
  };

  app.get<{ Querystring: { return?: string } }>('/sign-in', route, (req, reply) =>
    reply.type(HTML).send(signInPage(ctx.settings, providers, safeReturnPath(req.query.return))),
  );

  app.post<{ Body: { email?: string; return?: string } }>('/sign-in/email', route, async (req, reply) => {
    ctx.mailLimiter.check(req.ip, deps.clock.now());
    const link = issueMagicLink(magicDeps(), req.body.email ?? '');
    const message = magicLinkMessage(ctx.mail.site, {
      to: link.email,
      token: link.token,
      tokenId: link.tokenId,
      expiresAt: link.expiresAt,
    });
    await deps.store.transaction((tx) => queueMail(tx, deps, message, null));
    return reply
      .type(HTML)
      .send(
        signInPage(
          ctx.settings,
          providers,
          safeReturnPath(req.body.return),
          'Check your inbox for a sign-in link.',
        ),
      );
  });

  app.get<{ Querystring: { token?: string } }>('/sign-in/email', route, async (req, reply) => {
    const { email } = await redeemMagicLink(magicDeps(), tokenParam(req.query, 'sign-in'));
    return signIn(ctx, req, reply, readerProfileFromEmail(email), '/');
  });

  app.get<{ Params: { provider: string }; Querystring: { return?: string } }>(
    '/sign-in/:provider',
    route,
    async (req, reply) => {
      if (!oidc) throw notFound('sign-in provider', req.params.provider);
      const { url, pending } = await oidc.start(req.params.provider);
      const value: Pending = { ...pending, returnTo: safeReturnPath(req.query.return) };
      return reply
        .setCookie(PENDING_LOGIN_COOKIE, sealCookie(ctx.mail.signer, 'reader-login', value), {
          path: '/sign-in',
          httpOnly: true,
          sameSite: 'lax',
          secure: secure(req),
          maxAge: LOGIN_TTL_S,
        })
        .redirect(url, 303);
    },
  );

  app.get<{ Params: { provider: string } }>('/sign-in/:provider/callback', route, async (req, reply) => {
    if (!oidc) throw notFound('sign-in provider', req.params.provider);
    // The pending login is bound to this browser by its signed cookie; state and PKCE do the rest.
    const pending = openCookie(
      ctx.mail.signer,
      'reader-login',
      req.cookies[PENDING_LOGIN_COOKIE],
    ) as Pending | null;
    if (!pending || pending.providerId !== req.params.provider)
      throw new DomainError(
        'unauthenticated',
        `sign-in with ${req.params.provider} was not started in this browser`,
      );
    const profile = await oidc.finish(`${ctx.settings.baseUrl}${req.url}`, pending);
    reply.clearCookie(PENDING_LOGIN_COOKIE, { path: '/sign-in' });
    return signIn(ctx, req, reply, profile, safeReturnPath(pending.returnTo));
  });

  app.post('/sign-out', route, (_req, reply) =>
    reply.clearCookie(READER_COOKIE, { path: '/' }).redirect('/', 303),
  );
};
