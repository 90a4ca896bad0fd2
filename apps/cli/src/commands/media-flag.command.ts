import type { Command } from 'commander';
import { notFound, SENSITIVITIES, type MediaItem } from '@corroborate/core';
import { databaseOption } from '../database-option';

const row = (m: MediaItem): string =>
  [
    m.id,
    m.format,
    m.pdqQuality ?? '-',
    m.sensitivity,
    m.flags.join('+') || '-',
    m.fileName ?? m.url ?? '',
  ].join('\t');

export const registerMediaFlag = (program: Command): void => {
  const media = program.command('media').description('stored media items (photos kept as evidence)');

  media
    .command('flag')
    .description(`set how sensitive a media item is (${SENSITIVITIES.join(', ')}); recorded in the audit log`)
    .argument('<media-id>', 'e.g. med_01J…')
    .argument('<sensitivity>', SENSITIVITIES.join(' | '))
    .option('--actor <name>', 'who decided, for the audit log')
    .addOption(databaseOption())
    .action(async (mediaId: string, value: string, opts: { actor?: string; db: string }) => {
      const { flagMedia, parseSensitivity } = await import('@corroborate/ingest');
      const sensitivity = parseSensitivity(value);
      const { withApp } = await import('../compose');
      const { media: item, changed } = await withApp(opts.db, (app) =>
        flagMedia(app, { mediaId, sensitivity, actorId: opts.actor ?? null }),
      );
      console.log(
        changed ? `${item.id}: sensitivity ${item.sensitivity}` : `${item.id}: already ${item.sensitivity}`,
      );
    });

  media
    .command('list')
    .description(
      'media items, newest first: id, format, PDQ quality, sensitivity, flags, file or URL (tab-separated)',
    )
    .option('--limit <n>', 'how many', (v) => Number.parseInt(v, 10), 50)
    .addOption(databaseOption())
    .action(async (opts: { limit: number; db: string }) => {
      const { withApp } = await import('../compose');
      const page = await withApp(opts.db, (app) => app.store.media.list({ limit: opts.limit }));
      for (const m of page.items) console.log(row(m));
    });

  media
    .command('show')
    .description('one media item and its matches, as JSON')
    .argument('<media-id>')
    .addOption(databaseOption())
    .action(async (mediaId: string, opts: { db: string }) => {
      const { withApp } = await import('../compose');
      const shown = await withApp(opts.db, async (app) => {
        const item = await app.store.media.get(mediaId);
        if (!item) throw notFound('media item', mediaId);
        return { ...item, matches: await app.store.media.listMatches(mediaId) };
      });
      console.log(JSON.stringify(shown, null, 2));
    });
};
