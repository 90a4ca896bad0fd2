import {
  CADENCES,
  confirmSubscription,
  followedLabel,
  isOneClickUnsubscribeBody,
  unsubscribeByToken,
  type Cadence,
} from '@corroborate/publish';
import type { FastifyInstance } from 'fastify';
import { html } from './html';
import { parseTarget, subscribe } from './mail/subscribe-use-cases';
import { subscriptionDeps } from './mail/site-mail';
import type { SiteContext } from './site-context';
import { layout } from './site-layout';
import { siteRepo } from './site-repo';
import { tokenParam } from './token-query';

const route = { config: { role: 'public' as const }, schema: { hide: true } };
const HTML = 'text/html; charset=utf-8';

/** Follow the site, a tag or an incident: form → opt-in mail → confirm link; one-click unsubscribe. */
export const siteSubscriptionRoutes = (app: FastifyInstance, ctx: SiteContext): void => {
  const { deps } = ctx;
  const message = (title: string, path: string, text: string, extra = html``) =>
    layout(ctx.settings, {
      title,
      description: text,
      url: `${ctx.settings.baseUrl}${path}`,
      body: html`<h1>${title}</h1>
        <p role="status">${text}</p>
        ${extra}`,
    });
  const subs = () => subscriptionDeps(deps.store, ctx.mail, deps.clock, deps.ids);

  app.post<{ Body: { email?: string; target?: string; cadence?: string } }>(
    '/subscribe',
    route,
    async (req, reply) => {
      const cadence: Cadence = (CADENCES as readonly string[]).includes(req.body.cadence ?? '')
        ? (req.body.cadence as Cadence)
        : 'immediate';
      ctx.mailLimiter.check(req.ip, deps.clock.now());
      const target = parseTarget(req.body.target ?? 'site');
      // The incident's name in the mail comes from our page, never from the form.
      const page =
        target.kind === 'incident'
          ? (await siteRepo(deps.store).assessmentsByIncident(target.incidentId))[0]
          : undefined;
      await subscribe(
        { ...deps, mail: ctx.mail },
        { email: req.body.email ?? '', target, cadence, ...(page ? { title: page.headline } : {}) },
      );
      // The same answer for known and unknown addresses: the form reveals nobody's subscriptions.
      return reply
        .type(HTML)
        .send(
          message(
            'Check your inbox',
            '/subscribe',
            'We sent a link to confirm: nothing is sent until you open it.',
          ),
        );
    },
  );

  app.get<{ Querystring: { token?: string } }>('/subscriptions/confirm', route, async (req, reply) => {
    const sub = await confirmSubscription(subs(), tokenParam(req.query, 'confirmation'));
    ctx.cache.clear(); // follower counts changed
    return reply
      .type(HTML)
      .send(
        message(
          'Subscription confirmed',
          '/subscriptions/confirm',
          `You now follow ${followedLabel(sub.target)}.`,
        ),
      );
  });

  app.get<{ Querystring: { token?: string } }>('/unsubscribe', route, (req, reply) =>
    reply.type(HTML).send(
      message(
        'Unsubscribe',
        '/unsubscribe',
        'Stop these e-mails with one click:',
        // GET never unsubscribes (link scanners follow links); the button POSTs the RFC 8058 body.
        html`<form method="post" action="/unsubscribe?token=${req.query.token ?? ''}">
          <input type="hidden" name="List-Unsubscribe" value="One-Click" /><button type="submit">
            Unsubscribe
          </button>
        </form>`,
      ),
    ),
  );

  app.post<{ Querystring: { token?: string }; Body: Record<string, string> | undefined }>(
    '/unsubscribe',
    route,
    async (req, reply) => {
      const body = new URLSearchParams(typeof req.body === 'object' ? req.body : {});
      if (!isOneClickUnsubscribeBody(body))
        return reply
          .code(400)
          .type(HTML)
          .send(message('Unsubscribe', '/unsubscribe', 'Use the button to unsubscribe.'));
      await unsubscribeByToken(subs(), tokenParam(req.query, 'unsubscribe'));
      ctx.cache.clear();
      return reply
        .type(HTML)
        .send(message('Unsubscribed', '/unsubscribe', 'You will get no more of these e-mails.'));
    },
  );
};
