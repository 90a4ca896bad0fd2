import { notFound } from '@corroborate/core';
import { blurredThumbnail, makeThumbnail } from '@corroborate/ingest';
import type { FastifyInstance } from 'fastify';
import { READER_COOKIE, readerAuthorKey, readerFromCookie } from './readers/reader-session';
import type { SiteContext } from './site-context';
import { siteRepo } from './site-repo';
import { submitComment } from './submit-comment';

interface CommentForm {
  name?: string;
  body?: string;
  evidenceUrl?: string;
  website?: string;
}

/** Reader comments (plain HTML form, no script) and evidence images, blurred unless asked for. */
export const siteCommentRoutes = (app: FastifyInstance, ctx: SiteContext): void => {
  app.post<{ Params: { slug: string }; Body: CommentForm }>(
    '/a/:slug/comments',
    {
      config: { role: 'public' },
      schema: {
        hide: true,
        body: {
          type: 'object',
          properties: {
            name: { type: 'string', maxLength: 200 },
            body: { type: 'string', maxLength: 20_000 },
            evidenceUrl: { type: 'string', maxLength: 2_000 },
            website: { type: 'string', maxLength: 2_000 },
          },
        },
      },
    },
    async (req, reply) => {
      // A signed-in reader comments under the name and avatar their provider gave.
      const reader = readerFromCookie(ctx.mail.signer, req.cookies[READER_COOKIE], ctx.deps.clock.now());
      const comment = await submitComment(
        ctx.deps,
        {
          slug: req.params.slug,
          name: reader?.displayName ?? req.body.name ?? '',
          ...(reader ? { avatarUrl: reader.avatarUrl } : {}),
          body: req.body.body ?? '',
          ...(req.body.evidenceUrl !== undefined ? { evidenceUrl: req.body.evidenceUrl } : {}),
          ...(req.body.website !== undefined ? { honeypot: req.body.website } : {}),
          // The address only as a keyed hash: enough for limits and bans, nothing to leak.
          authorKey: reader
            ? readerAuthorKey(reader)
            : `ip:${ctx.deps.hasher.sha256(`${ctx.settings.baseUrl}|${req.ip}`).slice(0, 32)}`,
        },
        { perHour: ctx.settings.commentsPerHour },
      );
      if (comment.status === 'approved') ctx.cache.clear();
      // Post/redirect/get: a reload does not post twice. Spam looks like a pending comment to its sender.
      const shown = comment.status === 'approved' ? 'approved' : 'pending';
      return reply.redirect(`/a/${encodeURIComponent(req.params.slug)}?commented=${shown}#comments`, 303);
    },
  );

  app.get<{ Params: { slug: string; mediaId: string }; Querystring: { reveal?: string } }>(
    '/a/:slug/media/:mediaId',
    { config: { role: 'public' }, schema: { hide: true } },
    async (req, reply) => {
      const repos = ctx.deps.store;
      const assessment = await siteRepo(repos).assessmentBySlug(req.params.slug);
      const incidentId = assessment?.publishedAt ? assessment.incidentIds[0] : undefined;
      // Only media linked to a published incident are public; anything else is simply not found.
      const links = incidentId === undefined ? [] : await repos.mediaLinks.listByIncident(incidentId);
      const item = links.some((l) => l.mediaId === req.params.mediaId)
        ? await repos.media.get(req.params.mediaId)
        : null;
      const bytes = item?.thumbnailSha256 && ctx.blobs ? await ctx.blobs.get(item.thumbnailSha256) : null;
      if (!item || !bytes) throw notFound('media', req.params.mediaId);
      const clear = item.sensitivity === 'none' || req.query.reveal === '1';
      // Re-encoded either way: no metadata (EXIF GPS included) ever leaves with a published file.
      const out = clear ? await makeThumbnail(bytes) : await blurredThumbnail(bytes);
      return reply.type('image/webp').header('cache-control', 'public, max-age=3600').send(Buffer.from(out));
    },
  );
};
