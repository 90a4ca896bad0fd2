import { notFound } from '@corroborate/core';
import type { BuiltFeeds } from '@corroborate/publish';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { SiteContext } from './site-context';
import { assessmentFeeds, listFeeds } from './site-feeds';
import { siteRepo } from './site-repo';

const FORMATS = {
  xml: { key: 'rss', type: 'application/rss+xml; charset=utf-8' },
  rss: { key: 'rss', type: 'application/rss+xml; charset=utf-8' },
  atom: { key: 'atom', type: 'application/atom+xml; charset=utf-8' },
  json: { key: 'json', type: 'application/feed+json; charset=utf-8' },
} as const;
type Format = keyof typeof FORMATS;

const route = { config: { role: 'public' as const }, schema: { hide: true } };
const FEED_LIMIT = 50;

const send = async (
  ctx: SiteContext,
  key: string,
  format: Format,
  reply: FastifyReply,
  build: () => Promise<BuiltFeeds>,
) => {
  const now = ctx.deps.clock.now().getTime();
  const cacheKey = `${key}#${format}`;
  const body =
    ctx.cache.get(cacheKey, now) ?? ctx.cache.set(cacheKey, (await build())[FORMATS[format].key], now);
  return reply.type(FORMATS[format].type).send(body);
};

/** RSS 2.0 (`.xml`, also `.rss`), Atom and JSON Feed for the site, a tag, and one incident's assessment. */
export const siteFeedRoutes = (app: FastifyInstance, ctx: SiteContext): void => {
  const site = () => siteRepo(ctx.deps.store);
  for (const format of Object.keys(FORMATS) as Format[]) {
    app.get(`/feed.${format}`, route, (_req, reply) =>
      send(ctx, 'site', format, reply, async () =>
        listFeeds(ctx.settings, await site().listAssessments({ limit: FEED_LIMIT }), ctx.deps.clock.now()),
      ),
    );
    app.get<{ Params: { tag: string } }>(`/tags/:tag/feed.${format}`, route, (req, reply) =>
      send(ctx, `tag:${req.params.tag}`, format, reply, async () =>
        listFeeds(
          ctx.settings,
          await site().listAssessments({ limit: FEED_LIMIT, tag: req.params.tag }),
          ctx.deps.clock.now(),
          req.params.tag,
        ),
      ),
    );
    app.get<{ Params: { id: string } }>(`/incidents/:id/feed.${format}`, route, (req, reply) =>
      send(ctx, `incident:${req.params.id}`, format, reply, async () => {
        const published = (await site().assessmentsByIncident(req.params.id)).find((a) => a.publishedAt);
        if (!published) throw notFound('published assessment of incident', req.params.id);
        return assessmentFeeds(
          ctx.settings,
          published,
          await site().listUpdates(published.id),
          ctx.deps.clock.now(),
        );
      }),
    );
  }
};
