import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** One unit of work found among the inputs. */
export type WorkItem =
  | { kind: 'url'; input: string }
  | { kind: 'file'; input: string; path: string; fileName: string }
  | { kind: 'skip'; input: string; reason: string }
  | { kind: 'error'; input: string; error: unknown };

const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** True for names a folder walk leaves out: dotfiles and node_modules. */
export const isIgnoredName = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

/**
 * Expands inputs into work items lazily: URLs as they are, files, and folders walked recursively
 * in sorted order (dotfiles and node_modules left out). Only one folder listing is held at a time.
 */
export async function* walkInputs(inputs: readonly string[]): AsyncGenerator<WorkItem> {
  for (const input of inputs) {
    if (URL_LIKE.test(input)) {
      yield { kind: 'url', input };
      continue;
    }
    const info = await statOrError(input);
    if (!isStats(info)) {
      yield { kind: 'error', input, error: info };
    } else if (info.isDirectory()) {
      yield* walkFolder(input, dirname(resolve(input)));
    } else if (info.isFile()) {
      yield { kind: 'file', input, path: input, fileName: basename(input) };
    } else {
      yield { kind: 'skip', input, reason: 'not a regular file' };
    }
  }
}

/** Counts the items walkInputs will yield (a second, cheap walk), for progress totals. */
export const countWorkItems = async (inputs: readonly string[]): Promise<number> => {
  let n = 0;
  for await (const _ of walkInputs(inputs)) n += 1;
  return n;
};

async function* walkFolder(folder: string, namesFrom: string): AsyncGenerator<WorkItem> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', input: folder, error };
    return;
  }
  // Code-unit order, not locale order: the same on every machine.
  const names = entries.filter((e) => !isIgnoredName(e.name)).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of names) {
    const path = join(folder, entry.name);
    const fileName = relative(namesFrom, resolve(path)).split(sep).join('/');
    if (entry.isDirectory()) yield* walkFolder(path, namesFrom);
    else if (entry.isFile()) yield { kind: 'file', input: path, path, fileName };
    else if (entry.isSymbolicLink()) yield await symlinkItem(path, fileName);
    else yield { kind: 'skip', input: path, reason: 'not a regular file' };
  }
}

/** Links to files are read; links to folders are not followed (they can loop). */
const symlinkItem = async (path: string, fileName: string): Promise<WorkItem> => {
  const target = await statOrError(path);
  if (!isStats(target)) return { kind: 'error', input: path, error: target };
  if (target.isFile()) return { kind: 'file', input: path, path, fileName };
  return { kind: 'skip', input: path, reason: 'symbolic link to a folder, not followed' };
};

const statOrError = (path: string): Promise<unknown> => stat(path).catch((error: unknown) => error);

const isStats = (value: unknown): value is Stats => typeof (value as Stats | null)?.isFile === 'function';
