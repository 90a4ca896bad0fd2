import formbody from '@fastify/formbody';
import type { FastifyInstance } from 'fastify';
import type { RouteContext } from '../routes/route-context';
import type { ServerDeps } from '../server-deps';
import { createSiteContext, type SiteContext, type SiteOptions } from './site-context';
import { siteCommentRoutes } from './site-comments.routes';
import { siteEditorRoutes } from './site-editor.routes';
import { siteFeedRoutes } from './site-feeds.routes';
import { siteMediaReviewRoutes } from './site-media-review.routes';
import { sitePageRoutes } from './site-pages.routes';
import { siteSubscriptionRoutes } from './site-subscriptions.routes';
import { readerSignInRoutes } from './readers/reader-sign-in.routes';
import { verifyPageRoutes } from './verify-page/verify-page.routes';

/**
 * The public site (pages, feeds, comments) and its editor routes. Form bodies are parsed only in
 * this plugin's scope, so the JSON API keeps refusing them. `opts` may carry a blob store and
 * site settings besides the server deps.
 */
export const registerSite = async (
  app: FastifyInstance,
  ctx: RouteContext,
  opts: ServerDeps & SiteOptions,
): Promise<SiteContext> => {
  const site = createSiteContext(ctx.deps, opts);
  await app.register(async (scope) => {
    await scope.register(formbody);
    sitePageRoutes(scope, site);
    siteFeedRoutes(scope, site);
    siteCommentRoutes(scope, site);
    siteEditorRoutes(scope, site);
    siteMediaReviewRoutes(scope, site);
    siteSubscriptionRoutes(scope, site);
    readerSignInRoutes(scope, site);
    verifyPageRoutes(scope, site);
  });
  return site;
};
