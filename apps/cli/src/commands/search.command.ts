import type { Command } from 'commander';
import { databaseOption } from '../database-option';

export const registerSearch = (program: Command): void => {
  program
    .command('search')
    .description('full-text search over documents: one line per hit (id, title or file name, snippet)')
    .argument('<query...>', 'words to find; a trailing * matches prefixes')
    .addOption(databaseOption())
    .option('-n, --limit <n>', 'most hits to show', (v) => Number.parseInt(v, 10), 20)
    .action(async (words: string[], opts: { db: string; limit: number }) => {
      const { withApp } = await import('../compose');
      const hits = await withApp(opts.db, (app) => app.store.documents.search(words.join(' '), opts.limit));
      for (const h of hits) {
        console.log(`${h.id}\t${h.title ?? h.fileName ?? h.url ?? '(untitled)'}\t${h.snippet}`);
      }
      if (hits.length === 0) console.error('no documents match');
    });
};
