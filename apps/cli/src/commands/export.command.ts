import type { Command } from 'commander';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { databaseOption } from '../database-option';

const writeLine = async (out: Writable, value: unknown): Promise<void> => {
  if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
};

export const registerExport = (program: Command): void => {
  program
    .command('export')
    .description('export documents and claims as JSON Lines (one object per line, with a "type" field)')
    .addOption(databaseOption())
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (opts: { db: string; out?: string }) => {
      const { withApp } = await import('../compose');
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      const counts = await withApp(opts.db, async (app) => {
        let documents = 0;
        let claims = 0;
        for await (const d of app.store.documents.iterate()) {
          await writeLine(out, { type: 'document', ...d });
          documents += 1;
        }
        for await (const c of app.store.claims.iterate()) {
          await writeLine(out, { type: 'claim', ...c });
          claims += 1;
        }
        return { documents, claims };
      });
      if (opts.out) {
        out.end();
        await once(out, 'finish');
      }
      console.error(`exported ${counts.documents} documents and ${counts.claims} claims`);
    });
};
