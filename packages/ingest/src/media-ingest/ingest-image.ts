import { DEFAULT_MATCH_DISTANCE } from '@corroborate/pdq';
import type { MediaMatch, NewMediaItem, NewMediaMatch } from '@corroborate/core';
import { analyseImage, type ImageAnalysis } from './analyse-image';
import type { HashListIndex, ListHit } from './hash-list-index';
import type { HeicConverter } from './heic';
import type { ImageIngestOutcome, ImageSource, MediaIngestDeps } from './media-ingest-types';
import type { NearDuplicate, NearDuplicateIndex } from './near-duplicate-index';

/** At most this many near-duplicates are recorded per item, the closest ones. */
export const MAX_RECORDED_MATCHES = 25;

/** The in-memory indexes one process keeps, and its resolved HEIC converter. */
export interface MediaIndexes {
  nearDuplicates: NearDuplicateIndex;
  hashLists: HashListIndex;
  heicConverter: HeicConverter | null;
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

const toNewItem = (
  src: ImageSource,
  sha256: string,
  a: ImageAnalysis,
  thumbnailSha256: string,
  now: Date,
): NewMediaItem => ({
  sha256,
  mimeType: a.mimeType,
  format: a.format,
  width: a.width,
  height: a.height,
  byteSize: src.bytes.byteLength,
  pdq: a.pdq,
  pdqQuality: a.pdqQuality,
  pdqDihedral: a.pdqDihedral,
  flags: a.flags,
  exif: a.exif,
  thumbnailSha256,
  sensitivity: 'none',
  fileName: src.fileName,
  url: src.url,
  documentId: src.documentId ?? null,
  firstSeenAt: now,
});

const nearMatch = (mediaId: string, d: NearDuplicate): NewMediaMatch => ({
  mediaId,
  kind: 'near_duplicate',
  matchedMediaId: d.mediaId,
  matchedFirstSeenAt: d.firstSeenAt,
  hashListId: null,
  listHash: null,
  listLabel: null,
  distance: d.distance,
  variant: d.variant,
});

const listMatch = (mediaId: string, h: ListHit): NewMediaMatch => ({
  mediaId,
  kind: 'hash_list',
  matchedMediaId: null,
  matchedFirstSeenAt: null,
  hashListId: h.listId,
  listHash: h.hash,
  listLabel: h.label,
  distance: h.distance,
  variant: h.variant,
});

const describeNear = (d: NearDuplicate): string =>
  `near-duplicate of ${d.mediaId} (PDQ distance ${d.distance}, ${d.variant}; first seen ${day(d.firstSeenAt)})`;

const describeHit = (h: ListHit): string =>
  `matches hash list "${h.listName}" line ${h.line}${h.label ? ` (${h.label})` : ''}, PDQ distance ${h.distance}`;

/**
 * Ingests one image: the same bytes already stored make a duplicate (nothing written); otherwise
 * the image is analysed, its original and thumbnail go to the blob store first (content-addressed,
 * so a blob left by a later failure is harmless and re-used), then the item and its matches are
 * written in one transaction. A hash of quality < 50 is flagged and not matched.
 */
export const ingestImage = async (
  deps: MediaIngestDeps,
  indexes: MediaIndexes,
  src: ImageSource,
): Promise<ImageIngestOutcome> => {
  const sha256 = deps.hasher.sha256(src.bytes);
  const known = await deps.store.media.getBySha(sha256);
  if (known) return { media: known, created: false, matches: [], notes: [] };
  const analysis = await analyseImage(src.bytes, src.name, indexes.heicConverter);
  await deps.blobs.put(src.bytes);
  const thumb = await deps.blobs.put(analysis.thumbnail);
  const distance = deps.matchDistance ?? DEFAULT_MATCH_DISTANCE;
  let near: NearDuplicate[] = [];
  let hits: ListHit[] = [];
  if (!analysis.flags.includes('pdq_unreliable')) {
    await Promise.all([
      indexes.nearDuplicates.refresh(deps.store.media),
      indexes.hashLists.refresh(deps.store.hashLists),
    ]);
    near = indexes.nearDuplicates.find(analysis.pdqDihedral, distance);
    hits = indexes.hashLists.find(analysis.pdqDihedral, distance);
  }
  const item = toNewItem(src, sha256, analysis, thumb.sha256, deps.clock.now());
  const recordedNear = near.slice(0, MAX_RECORDED_MATCHES);
  const result = await deps.store.transaction(async (tx) => {
    const stored = await tx.media.insertOrGetBySha(item);
    if (!stored.created) return { media: stored.media, created: false, matches: [] as MediaMatch[] };
    const matches: MediaMatch[] = [];
    for (const d of recordedNear) matches.push(await tx.media.addMatch(nearMatch(stored.media.id, d)));
    for (const h of hits) matches.push(await tx.media.addMatch(listMatch(stored.media.id, h)));
    return { media: stored.media, created: true, matches };
  });
  if (!result.created) return { ...result, notes: [] };
  const notes = [...analysis.notes, ...recordedNear.map(describeNear), ...hits.map(describeHit)];
  if (near.length > recordedNear.length)
    notes.push(`${near.length - recordedNear.length} more near-duplicates not recorded`);
  return { ...result, notes };
};
