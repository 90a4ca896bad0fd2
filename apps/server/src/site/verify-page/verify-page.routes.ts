import type { FastifyInstance } from 'fastify';
import type { SiteContext } from '../site-context';
import { verifyScript } from './verify-script.bundle';
import { verifyPage } from './verify-page';

const route = { config: { role: 'public' as const }, schema: { hide: true } };

/** `GET /verify` (the in-browser bundle check) and `GET /verify/verify.js` (its bundled checker). */
export const verifyPageRoutes = (app: FastifyInstance, ctx: SiteContext): void => {
  app.get('/verify', route, (_req, reply) =>
    reply.type('text/html; charset=utf-8').send(verifyPage(ctx.settings)),
  );
  app.get('/verify/verify.js', route, async (_req, reply) =>
    reply
      .type('text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(await verifyScript()),
  );
};
