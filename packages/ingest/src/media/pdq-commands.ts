import { availableParallelism } from 'node:os';
import { DomainError } from '@corroborate/core';
import { DIHEDRAL_NAMES, PdqIndex, hexToWords, isPdqHex } from '@corroborate/pdq';
import { hashImageFile, type ImageHash } from './decode-image';

/** One output of `corroborate pdq`: a result line for stdout, or an error line for stderr. */
export interface PdqCommandOutput {
  line?: string;
  error?: string;
}

/**
 * The work of `corroborate pdq FILE... [--dihedral]`: one `HASH,QUALITY,FILE` line per file in
 * argument order (with --dihedral: the 8 hashes in reference order, then quality and file), as
 * the reference's pdq-photo-hasher prints them. A file that cannot be hashed yields an error line
 * naming it, and the run goes on. A few files are decoded at once (sharp works off the JS thread).
 */
export async function* runPdqCommand(
  files: string[],
  opts: { dihedral: boolean },
): AsyncIterable<PdqCommandOutput> {
  const inFlight = Math.max(1, Math.min(4, availableParallelism()));
  const pending: Promise<PdqCommandOutput>[] = [];
  let next = 0;
  const start = (file: string): Promise<PdqCommandOutput> =>
    hashImageFile(file, { dihedral: opts.dihedral }).then(
      (result) => ({ line: formatLine(result, file, opts.dihedral) }),
      (err: unknown) => ({ error: errorLine(file, err) }),
    );
  while (next < files.length && pending.length < inFlight) pending.push(start(files[next++]!));
  while (pending.length > 0) {
    const output = await pending.shift()!;
    if (next < files.length) pending.push(start(files[next++]!));
    yield output;
  }
}

const formatLine = (result: ImageHash, file: string, dihedral: boolean): string => {
  const hashes = dihedral && result.dihedral ? DIHEDRAL_NAMES.map((n) => result.dihedral![n]) : [result.hash];
  return `${hashes.join(',')},${result.quality},${file}`;
};

const errorLine = (file: string, err: unknown): string => {
  if (err instanceof DomainError) return err.message;
  return `${file}: ${err instanceof Error ? err.message : String(err)}`;
};

/**
 * The work of `corroborate match --haystack FILE --needles FILE [--distance D]`: every pair
 * within `distance` as `needle_line,haystack_line,distance` (1-based line numbers), ordered by
 * needle line, then haystack line. Each line holds a hash, optionally followed by a comma or
 * whitespace and anything else; blank lines are skipped but still counted. Both lists are
 * checked before any output (DomainError `validation_failed` naming the line); matches are then
 * produced lazily, so large needle lists stream.
 */
export const runMatchCommand = (
  haystackText: string,
  needlesText: string,
  distance: number,
): Iterable<string> => {
  if (!Number.isInteger(distance) || distance < 0 || distance > 256) {
    throw new DomainError(
      'validation_failed',
      `distance must be a whole number from 0 to 256, got ${distance}`,
    );
  }
  const haystack = parseHashLines(haystackText, 'haystack');
  const needles = parseHashLines(needlesText, 'needles');
  const index = new PdqIndex();
  index.addMany(haystack.hashes);
  return matchLines(index, haystack.lines, needles, distance);
};

function* matchLines(
  index: PdqIndex,
  hayLines: number[],
  needles: HashLines,
  distance: number,
): Generator<string> {
  const words = new Uint32Array(8);
  const found: { line: number; distance: number }[] = [];
  for (let i = 0; i < needles.hashes.length; i += 1) {
    found.length = 0;
    index.search(hexToWords(needles.hashes[i]!, words), 0, distance, (id, d) =>
      found.push({ line: hayLines[id]!, distance: d }),
    );
    found.sort((a, b) => a.line - b.line);
    for (const m of found) yield `${needles.lines[i]},${m.line},${m.distance}`;
  }
}

interface HashLines {
  hashes: string[];
  lines: number[];
}

const parseHashLines = (text: string, what: string): HashLines => {
  const hashes: string[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((raw, i) => {
    const token = raw.trim().split(/[\s,]/, 1)[0] ?? '';
    if (token === '') return;
    if (!isPdqHex(token)) {
      const shown = token.length > 40 ? `${token.slice(0, 40)}…` : token;
      throw new DomainError(
        'validation_failed',
        `${what} line ${i + 1}: "${shown}" is not a PDQ hash (64 hex characters)`,
      );
    }
    hashes.push(token);
    lines.push(i + 1);
  });
  return { hashes, lines };
};
