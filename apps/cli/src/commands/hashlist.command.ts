import type { Command } from 'commander';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import { createWriteStream } from 'node:fs';
import { DomainError } from '@corroborate/core';
import { databaseOption } from '../database-option';
import { EXIT_USAGE, ExitError } from '../exit-codes';

const readList = async (file: string): Promise<string> => {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    throw new DomainError('not_found', `${file}: cannot read the hash list (${code})`);
  }
};

const parseDistance = (value: string): number => {
  const d = Number(value);
  if (!/^\d+$/.test(value.trim()) || d > 256)
    throw new ExitError(EXIT_USAGE, `error: --distance must be a whole number from 0 to 256, got "${value}"`);
  return d;
};

const csvLabel = (label: string | null): string =>
  label === null ? '' : /[",\r\n]/.test(label) ? `"${label.replace(/"/g, '""')}"` : label;

const writeLine = async (out: Writable, line: string): Promise<void> => {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
};

export const registerHashlist = (program: Command): void => {
  const hashlist = program
    .command('hashlist')
    .description('PDQ hash lists shared between newsrooms: import, export, match (no images are shared)');

  hashlist
    .command('import')
    .description(
      'store a shared list (one hex hash per line, or CSV hash,label); new media is checked against it',
    )
    .argument('<file>', 'the list')
    .requiredOption('--name <name>', 'a name for the list, e.g. the partner who shared it')
    .option('--actor <name>', 'who imports it, for the audit log')
    .addOption(databaseOption())
    .action(async (file: string, opts: { name: string; actor?: string; db: string }) => {
      const { importHashList } = await import('@corroborate/ingest');
      const { withApp } = await import('../compose');
      const text = await readList(file);
      const { list, issues } = await withApp(opts.db, (app) =>
        importHashList(app, { name: opts.name, fileName: basename(file), text, actorId: opts.actor ?? null }),
      );
      for (const i of issues) console.error(`skipped: ${file} line ${i.line}: ${i.message}`);
      console.log(
        `imported: hash list "${list.name}" (${list.id}), ${list.entryCount} hash${list.entryCount === 1 ? '' : 'es'}, ${issues.length} bad line${issues.length === 1 ? '' : 's'}`,
      );
    });

  hashlist
    .command('export')
    .description('write the PDQ hashes of the stored media (label: media id); unreliable hashes are left out')
    .option('--format <format>', 'txt (one hash per line) or csv (hash,label)', 'txt')
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .addOption(databaseOption())
    .action(async (opts: { format: string; out?: string; db: string }) => {
      if (opts.format !== 'txt' && opts.format !== 'csv')
        throw new ExitError(EXIT_USAGE, `error: --format must be txt or csv, got "${opts.format}"`);
      const format = opts.format;
      const { exportMediaHashes } = await import('@corroborate/ingest');
      const { withApp } = await import('../compose');
      const out: Writable = opts.out ? createWriteStream(opts.out) : process.stdout;
      const stats = await withApp(opts.db, async (app) => {
        const exported = exportMediaHashes(app.store.media, format);
        for await (const line of exported.lines) await writeLine(out, line);
        return exported.stats;
      });
      if (opts.out) {
        out.end();
        await once(out, 'finish');
      }
      console.error(
        `exported ${stats.exported} hashes (${stats.leftOut} left out: no hash or PDQ quality under 50)`,
      );
    });

  hashlist
    .command('match')
    .description(
      'stored media matching a shared list: list_line,media_id,distance,label per pair (nothing is stored)',
    )
    .argument('<file>', 'the list (one hex hash per line, or CSV hash,label)')
    .option('--distance <d>', 'largest PDQ Hamming distance, 0–256', '31')
    .addOption(databaseOption())
    .action(async (file: string, opts: { distance: string; db: string }) => {
      const distance = parseDistance(opts.distance);
      const { matchHashList } = await import('@corroborate/ingest');
      const { withApp } = await import('../compose');
      const text = await readList(file);
      const result = await withApp(opts.db, (app) =>
        matchHashList(app.store.media, { name: file, text, distance }),
      );
      for (const i of result.issues) console.error(`skipped: ${file} line ${i.line}: ${i.message}`);
      for (const m of result.matches)
        console.log(`${m.line},${m.mediaId},${m.distance},${csvLabel(m.label)}`);
      console.error(
        `${result.matches.length} matches among ${result.checked} stored items with a reliable hash`,
      );
    });
};
