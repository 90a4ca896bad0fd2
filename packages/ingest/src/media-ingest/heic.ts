import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { DomainError } from '@corroborate/core';

/** Turns HEIC bytes into PNG bytes (the bundled libvips cannot decode HEVC). */
export type HeicConverter = (bytes: Uint8Array, name: string) => Promise<Uint8Array>;

const CONVERT_TIMEOUT_MS = 60_000;

/** The refusal when no converter is available. */
export const heicUnsupported = (name: string): DomainError =>
  new DomainError(
    'unsupported_format',
    `${name}: unsupported: HEIC needs a converter (heif-convert, from the libheif-examples package)`,
  );

/** The first executable called `command` in the PATH folders, or null. */
export const findOnPath = async (command: string, path: string | undefined): Promise<string | null> => {
  for (const dir of (path ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, command);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here: try the next folder
    }
  }
  return null;
};

/** A converter that runs `heif-convert IN OUT.png` in a private temp folder, removed afterwards. */
export const heifConvert =
  (executable: string): HeicConverter =>
  async (bytes, name) => {
    const dir = await mkdtemp(join(tmpdir(), 'corroborate-heic-'));
    try {
      const input = join(dir, 'in.heic');
      const output = join(dir, 'out.png');
      await writeFile(input, bytes);
      await new Promise<void>((resolve, reject) => {
        execFile(executable, [input, output], { timeout: CONVERT_TIMEOUT_MS }, (err, _out, stderr) => {
          if (!err) return resolve();
          const why = stderr.trim().split('\n')[0] || err.message;
          reject(
            new DomainError(
              'parse_failed',
              `${name}: heif-convert could not convert the HEIC image (${why})`,
            ),
          );
        });
      });
      return await readFile(output);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  };

/** `heif-convert` when it is on the PATH, else null (HEIC is then refused with a clear message). */
export const heicConverterFromPath = async (
  env: NodeJS.ProcessEnv = process.env,
): Promise<HeicConverter | null> => {
  const exe = await findOnPath('heif-convert', env.PATH);
  return exe ? heifConvert(exe) : null;
};
