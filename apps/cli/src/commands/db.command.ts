import type { Command } from 'commander';
import { databaseOption } from '../database-option';

export const registerDb = (program: Command): void => {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply pending migrations (SQLite or PostgreSQL)')
    .addOption(databaseOption())
    .action(async (opts: { db: string }) => {
      const { withApp } = await import('../compose');
      const applied = await withApp(
        opts.db,
        async (app) => {
          const names = await app.store.migrate();
          return { names, engine: app.store.engine };
        },
        { migrate: false },
      );
      console.log(
        applied.names.length
          ? `applied ${applied.names.length} migrations on ${applied.engine}: ${applied.names.join(', ')}`
          : `${applied.engine} database is up to date`,
      );
    });
};
