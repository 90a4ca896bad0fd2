import {
  DomainError,
  MIN_PDQ_QUALITY,
  type HashList,
  type MediaItem,
  type MediaRepository,
} from '@corroborate/core';
import { DEFAULT_MATCH_DISTANCE, DIHEDRAL_NAMES, PdqIndex } from '@corroborate/pdq';
import {
  hashListHeader,
  hashListLine,
  parseHashList,
  type HashListFormat,
  type HashListIssue,
} from './hash-list-format';
import type { MediaStore } from './media-ingest-types';

const matchable = (m: MediaItem): m is MediaItem & { pdq: string } =>
  m.pdq !== null && !m.flags.includes('pdq_unreliable') && (m.pdqQuality ?? 0) >= MIN_PDQ_QUALITY;

const badLines = (name: string, issues: HashListIssue[]): DomainError =>
  new DomainError(
    'validation_failed',
    `${name}: no valid PDQ hashes (${issues.length} bad line${issues.length === 1 ? '' : 's'})`,
    issues.map((i) => ({ path: ['line', i.line], message: i.message })),
  );

/**
 * Imports a shared hash list under a name, with an audit entry, in one transaction. Bad lines are
 * reported (and left out) as long as at least one hash is good. @throws DomainError `conflict`
 * when the name is taken, `validation_failed` when no line holds a hash.
 */
export const importHashList = async (
  deps: { store: MediaStore },
  input: { name: string; fileName: string | null; text: string; actorId: string | null },
): Promise<{ list: HashList; issues: HashListIssue[]; format: HashListFormat }> => {
  const parsed = parseHashList(input.text);
  if (parsed.entries.length === 0) throw badLines(input.fileName ?? input.name, parsed.issues);
  const list = await deps.store.transaction(async (tx) => {
    const created = await tx.hashLists.create(
      { name: input.name, fileName: input.fileName, importedBy: input.actorId },
      parsed.entries,
    );
    await tx.audit.append({
      actorId: input.actorId,
      action: 'hashlist.import',
      entityType: 'hash_list',
      entityId: created.id,
      before: null,
      after: { name: created.name, fileName: created.fileName, entries: created.entryCount },
    });
    return created;
  });
  return { list, issues: parsed.issues, format: parsed.format };
};

/**
 * Lines of a hash list of the stored media (label: the media id), header first for CSV. Hashes
 * flagged unreliable are left out, as receivers would discard them; `stats` counts both.
 */
export const exportMediaHashes = (
  media: MediaRepository,
  format: HashListFormat,
): { lines: AsyncIterable<string>; stats: { exported: number; leftOut: number } } => {
  const stats = { exported: 0, leftOut: 0 };
  async function* lines(): AsyncIterable<string> {
    const header = hashListHeader(format);
    if (header) yield header;
    for await (const m of media.iterate()) {
      if (!matchable(m)) {
        stats.leftOut += 1;
        continue;
      }
      stats.exported += 1;
      yield hashListLine(format, m.pdq, m.id);
    }
  }
  return { lines: lines(), stats };
};

/** A stored item that matches a line of a shared list. */
export interface ListMatch {
  line: number;
  hash: string;
  label: string | null;
  mediaId: string;
  distance: number;
  variant: string;
}

/**
 * Stored media matching a shared list (nothing is stored): every pair within `distance`, using
 * each item's 8 dihedral hashes so mirrored and rotated copies match. Ordered by list line, then
 * distance. Bad lines come back as issues; a list without any good line is `validation_failed`.
 */
export const matchHashList = async (
  media: MediaRepository,
  input: { name: string; text: string; distance?: number },
): Promise<{ matches: ListMatch[]; issues: HashListIssue[]; checked: number }> => {
  const distance = input.distance ?? DEFAULT_MATCH_DISTANCE;
  if (!Number.isInteger(distance) || distance < 0 || distance > 256)
    throw new DomainError(
      'validation_failed',
      `distance must be a whole number from 0 to 256, got ${distance}`,
    );
  const parsed = parseHashList(input.text);
  if (parsed.entries.length === 0) throw badLines(input.name, parsed.issues);
  const index = new PdqIndex();
  index.addMany(parsed.entries.map((e) => e.hash));
  const matches: ListMatch[] = [];
  let checked = 0;
  for await (const m of media.iterate()) {
    if (!matchable(m)) continue;
    checked += 1;
    for (const hit of index.queryAny(m.pdqDihedral ?? [m.pdq], distance)) {
      const e = parsed.entries[hit.id]!;
      const variant = DIHEDRAL_NAMES[hit.variant] ?? String(hit.variant);
      matches.push({
        line: e.line,
        hash: e.hash,
        label: e.label,
        mediaId: m.id,
        distance: hit.distance,
        variant,
      });
    }
  }
  matches.sort((a, b) => a.line - b.line || a.distance - b.distance || a.mediaId.localeCompare(b.mediaId));
  return { matches, issues: parsed.issues, checked };
};
