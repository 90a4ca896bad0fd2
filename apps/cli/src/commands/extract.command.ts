import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { DomainError } from '@corroborate/core';
import { ExitError, EXIT_USAGE } from '../exit-codes';
import { mapStdinLines } from '../jsonl-stream';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const readText = async (file: string): Promise<string> => {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new DomainError('not_found', `${file}: ${code === 'ENOENT' ? 'no such file' : String(code)}`);
  }
};

export const registerExtract = (program: Command): void => {
  program
    .command('extract')
    .description('extract casualty claims, stances, places and dates from a text; prints JSON')
    .argument('[file]', 'a text file (omit with --jsonl)')
    .option('--published <date>', 'publication date YYYY-MM-DD (otherwise read from the text)')
    .option('--jsonl', 'read {"id","text","published"} lines on stdin, write one result line each')
    .action(async (file: string | undefined, opts: { published?: string; jsonl?: boolean }) => {
      const { extract, extractJsonlLine } = await import('@corroborate/extract');
      if (opts.published && !DAY.test(opts.published)) {
        throw new ExitError(EXIT_USAGE, `error: --published must be YYYY-MM-DD, got "${opts.published}"`);
      }
      if (opts.jsonl) {
        await mapStdinLines(extractJsonlLine);
        return;
      }
      if (!file) throw new ExitError(EXIT_USAGE, 'error: give a FILE, or --jsonl to read standard input');
      const text = await readText(file);
      const result = extract(text, { published: opts.published ?? null });
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    });

  program
    .command('places')
    .description('find and resolve place names; --jsonl reads {"id","text"} lines on stdin')
    .option('--jsonl', 'read JSON Lines on stdin (the only mode)', false)
    .action(async (opts: { jsonl: boolean }) => {
      const { placesJsonlLine } = await import('@corroborate/extract');
      if (!opts.jsonl) throw new ExitError(EXIT_USAGE, 'error: places needs --jsonl (input on stdin)');
      await mapStdinLines(placesJsonlLine);
    });
};
