import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { DomainError } from '@corroborate/core';
import { EXIT_FAILURE, EXIT_USAGE, ExitError } from '../exit-codes';

const readList = async (file: string, what: string): Promise<string> => {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new DomainError('not_found', `${what} ${file}: cannot read the file`);
  }
};

export const registerMedia = (program: Command): void => {
  program
    .command('pdq')
    .description('PDQ-hash image files: one line each, HASH,QUALITY,FILE (the reference tool order)')
    .argument('<files...>', 'image files (JPEG, PNG, WebP, GIF, TIFF, AVIF)')
    .option(
      '--dihedral',
      'print the 8 dihedral hashes (orig,rot90,rot180,rot270,flipx,flipy,flipplus1,flipminus1)',
    )
    .action(async (files: string[], opts: { dihedral?: boolean }) => {
      const { runPdqCommand } = await import('@corroborate/ingest');
      let ok = 0;
      for await (const r of runPdqCommand(files, { dihedral: Boolean(opts.dihedral) })) {
        if (r.line) {
          ok += 1;
          console.log(r.line);
        }
        if (r.error) console.error(r.error);
      }
      if (ok === 0) process.exitCode = EXIT_FAILURE;
    });

  program
    .command('match')
    .description(
      'every needle/haystack pair of PDQ hashes within a Hamming distance: needle_line,haystack_line,distance',
    )
    .requiredOption('--haystack <file>', 'hashes, one hex hash per line')
    .requiredOption('--needles <file>', 'hashes to look for, one per line')
    .option('--distance <d>', 'largest Hamming distance, 0–256', '31')
    .action(async (opts: { haystack: string; needles: string; distance: string }) => {
      const { runMatchCommand } = await import('@corroborate/ingest');
      const distance = Number(opts.distance);
      if (!Number.isInteger(distance) || distance < 0 || distance > 256) {
        throw new ExitError(
          EXIT_USAGE,
          `error: --distance must be a whole number from 0 to 256, got "${opts.distance}"`,
        );
      }
      const [haystack, needles] = await Promise.all([
        readList(opts.haystack, 'haystack'),
        readList(opts.needles, 'needles'),
      ]);
      for (const line of runMatchCommand(haystack, needles, distance)) console.log(line);
    });
};
