import { followerCount } from '@corroborate/publish';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { subscriptionDeps } from './mail/site-mail';
import { loadAssessmentView } from './assessment-view';
import { renderAssessmentPage } from './assessment-page';
import { renderListPage, type ListPage } from './list-page';
import type { SiteContext } from './site-context';
import { siteRepo } from './site-repo';

const HTML = 'text/html; charset=utf-8';
const LIST_LIMIT = 50;
const NOTICES: Record<string, string> = {
  pending: 'Thank you: your comment will appear once an editor has read it.',
  approved: 'Thank you: your comment is published.',
};

const page = { config: { role: 'public' as const }, schema: { hide: true } };

/**
 * Serves from the page cache, rendering (and keeping) the page on a miss. Browsers must ask again
 * each time (no-cache): a reader who just commented or subscribed sees the page as it now is.
 */
const cached = async (ctx: SiteContext, key: string, reply: FastifyReply, render: () => Promise<string>) => {
  const now = ctx.deps.clock.now().getTime();
  const body = ctx.cache.get(key, now) ?? ctx.cache.set(key, await render(), now);
  return reply.type(HTML).header('cache-control', 'no-cache').send(body);
};

/** Public, server-rendered pages: index, assessment, tag, country and search. No script needed. */
export const sitePageRoutes = (app: FastifyInstance, ctx: SiteContext): void => {
  const site = () => siteRepo(ctx.deps.store);
  const list = (p: Omit<ListPage, 'items'>, q: Parameters<ReturnType<typeof site>['listAssessments']>[0]) =>
    site()
      .listAssessments(q)
      .then((items) => renderListPage(ctx.settings, { ...p, items }));

  app.get('/', page, (_req, reply) =>
    cached(ctx, '/', reply, () =>
      list({ heading: 'Latest assessments', path: '/', feedPath: '/feed.xml' }, { limit: LIST_LIMIT }),
    ),
  );

  app.get<{ Params: { tag: string } }>('/tags/:tag', page, (req, reply) =>
    cached(ctx, `/tags/${req.params.tag}`, reply, () =>
      list(
        {
          heading: `Tag: ${req.params.tag}`,
          path: `/tags/${req.params.tag}`,
          feedPath: `/tags/${req.params.tag}/feed.xml`,
        },
        { limit: LIST_LIMIT, tag: req.params.tag },
      ),
    ),
  );

  app.get<{ Params: { country: string } }>('/countries/:country', page, (req, reply) =>
    cached(ctx, `/countries/${req.params.country}`, reply, () =>
      list(
        { heading: `Country: ${req.params.country}`, path: `/countries/${req.params.country}` },
        { limit: LIST_LIMIT, country: req.params.country.toUpperCase() },
      ),
    ),
  );

  app.get<{ Querystring: { q?: string } }>('/search', page, async (req, reply) => {
    const q = (req.query.q ?? '').slice(0, 200);
    const body = await list({ heading: 'Search', path: '/search', query: q }, { limit: LIST_LIMIT, text: q });
    return reply.type(HTML).send(body);
  });

  app.get<{ Params: { slug: string }; Querystring: { reveal?: string; commented?: string } }>(
    '/a/:slug',
    page,
    (req, reply) => {
      const reveal = req.query.reveal ?? '';
      const commented = req.query.commented ?? '';
      const notice = NOTICES[commented];
      return cached(
        ctx,
        `/a/${req.params.slug}?r=${reveal}&c=${notice ? commented : ''}`,
        reply,
        async () => {
          const view = await loadAssessmentView(ctx.deps.store, req.params.slug);
          const incidentId = view.assessment.incidentIds[0];
          const followers = incidentId
            ? await followerCount(subscriptionDeps(ctx.deps.store, ctx.mail, ctx.deps.clock, ctx.deps.ids), {
                kind: 'incident',
                incidentId,
              })
            : 0;
          return renderAssessmentPage(view, ctx.settings, {
            now: ctx.deps.clock.now(),
            revealed: new Set(reveal.split(',').filter(Boolean)),
            followers,
            ...(notice ? { notice } : {}),
          });
        },
      );
    },
  );
};
