// Test support: the shared PDQ fixtures live outside the repository (licence terms), in
// ../shared/fixtures/pdq relative to the repository root; tests skip when it is absent.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { PdqImage } from '../image';

/** Absolute path of the shared PDQ fixture folder (may not exist). */
export const PDQ_FIXTURES = fileURLToPath(new URL('../../../../../shared/fixtures/pdq/', import.meta.url));

/** Whether the shared fixtures are present. */
export const hasPdqFixtures = existsSync(`${PDQ_FIXTURES}SPEC.md`);

/** Rows of a fixture TSV (header dropped), split on tabs. */
export const readTsv = (relative: string): string[][] =>
  readFileSync(PDQ_FIXTURES + relative, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));

/** A fixture JSON file. */
export const readJson = <T>(relative: string): T =>
  JSON.parse(readFileSync(PDQ_FIXTURES + relative, 'utf8')) as T;

/**
 * Pixels of a plain 8-bit fixture PNG: one channel when the PNG is grey (as the reference saw
 * it), else RGB. Decoded with sharp, a test-only dependency of this package.
 */
export const readPng = async (relative: string): Promise<PdqImage> => {
  const file = PDQ_FIXTURES + relative;
  const { channels } = await sharp(file).metadata();
  const grey = channels === 1 || channels === 2;
  const pipeline = grey ? sharp(file).extractChannel(0) : sharp(file).removeAlpha();
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: grey ? 1 : 3, data };
};

/** Non-empty lines of a fixture text file. */
export const readLines = (relative: string): string[] =>
  readFileSync(PDQ_FIXTURES + relative, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
