import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build:web` writes the workspace app (apps/web/dist). */
export const WEB_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

const NOT_BUILT =
  '<!doctype html><meta charset="utf-8"><title>Corroborate: web app not built</title>' +
  '<h1>web app not built: run npm run build:web</h1>' +
  '<p>The API is running; the investigators’ workspace is served from apps/web/dist once built.</p>';

const isFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * Serves the investigators' workspace at /app/: files from the Vite build, and index.html for every
 * other path (the app routes on the client). The shell is public; the API it calls checks roles.
 * Without a build, /app/ answers 503 with how to build it. Routes are declared here (not by
 * @fastify/static's own wildcard) so that each carries its role like every other route.
 */
export const serveWebApp = async (app: FastifyInstance, dist: string = WEB_DIST): Promise<void> => {
  const built = existsSync(join(dist, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: dist, serve: false });

  const sendIndex = (reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').sendFile('index.html', dist, { cacheControl: false });

  app.get('/app', { config: { role: 'public' }, schema: { hide: true } }, (_req, reply) =>
    reply.redirect('/app/'),
  );

  app.get<{ Params: { '*': string } }>(
    '/app/*',
    { config: { role: 'public' }, schema: { hide: true } },
    (req, reply) => {
      if (!built) return reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT);
      const rel = normalize(req.params['*'] || 'index.html');
      // normalize() leaves a leading '..' when the path climbs out of dist: never serve that.
      if (rel.startsWith('..') || rel.includes(`${sep}..`)) return reply.status(404).send();
      if (rel !== 'index.html' && isFile(join(dist, rel))) {
        // Vite puts content-hashed files under assets/: they never change.
        if (rel.startsWith(`assets${sep}`))
          return reply
            .header('cache-control', 'public, max-age=31536000, immutable')
            .sendFile(rel, dist, { cacheControl: false });
        return reply.sendFile(rel, dist);
      }
      // A missing asset is a 404; any other path is a client-side route.
      if (rel.startsWith(`assets${sep}`)) return reply.status(404).type('text/plain').send('not found');
      return sendIndex(reply);
    },
  );
};
