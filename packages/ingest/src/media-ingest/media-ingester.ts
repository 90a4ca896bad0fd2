import { readFile, stat } from 'node:fs/promises';
import { DomainError, MIN_PDQ_QUALITY } from '@corroborate/core';
import type { MediaInput, MediaIngester } from '../ingest/ingest-types';
import { MAX_IMAGE_BYTES } from '../media/decode-image';
import { HashListIndex } from './hash-list-index';
import { heicConverterFromPath } from './heic';
import { ingestImage, type MediaIndexes } from './ingest-image';
import type { ImageIngestOutcome, ImageSource, MediaCounts, MediaIngestDeps } from './media-ingest-types';
import { NearDuplicateIndex } from './near-duplicate-index';

/** A media ingester for one process: its in-memory indexes, and running counts for a summary. */
export interface MediaIngesterHandle {
  /** The `ingestMedia` dep of `ingestInputs`: files and fetched URL bodies. */
  ingestMedia: MediaIngester;
  /** Bytes from anywhere else (an upload). */
  ingestImage(src: ImageSource): Promise<ImageIngestOutcome>;
  readonly counts: MediaCounts;
}

const readImage = async (path: string, input: string): Promise<Uint8Array> => {
  const { size } = await stat(path);
  if (size > MAX_IMAGE_BYTES)
    throw new DomainError(
      'input_too_large',
      `${input}: ${size} bytes, over the ${MAX_IMAGE_BYTES}-byte limit for an image`,
    );
  return readFile(path);
};

const toSource = async (m: MediaInput): Promise<ImageSource> =>
  m.source === 'file'
    ? { bytes: await readImage(m.path, m.input), name: m.input, fileName: m.fileName, url: null }
    : { bytes: m.bytes, name: m.input, fileName: null, url: m.finalUrl };

/**
 * Builds the media ingester of a process. Its near-duplicate and hash-list indexes load from the
 * store on first use and then only what is new; the HEIC converter is looked up once.
 */
export const createMediaIngester = (deps: MediaIngestDeps): MediaIngesterHandle => {
  const counts: MediaCounts = {
    stored: 0,
    duplicates: 0,
    failed: 0,
    nearDuplicates: 0,
    listHits: 0,
    unreliable: 0,
  };
  let indexes: Promise<MediaIndexes> | null = null;
  const getIndexes = (): Promise<MediaIndexes> =>
    (indexes ??= (async () => ({
      nearDuplicates: new NearDuplicateIndex(),
      hashLists: new HashListIndex(),
      heicConverter: deps.heicConverter !== undefined ? deps.heicConverter : await heicConverterFromPath(),
    }))());

  const ingest = async (src: ImageSource): Promise<ImageIngestOutcome> => {
    try {
      const outcome = await ingestImage(deps, await getIndexes(), src);
      if (!outcome.created) counts.duplicates += 1;
      else {
        counts.stored += 1;
        counts.nearDuplicates += outcome.matches.filter((m) => m.kind === 'near_duplicate').length;
        counts.listHits += outcome.matches.filter((m) => m.kind === 'hash_list').length;
        if ((outcome.media.pdqQuality ?? 0) < MIN_PDQ_QUALITY) counts.unreliable += 1;
      }
      return outcome;
    } catch (err) {
      counts.failed += 1;
      throw err;
    }
  };

  return {
    counts,
    ingestImage: ingest,
    ingestMedia: async (m) => {
      const src = await toSource(m).catch((err: unknown) => {
        counts.failed += 1;
        throw err;
      });
      const outcome = await ingest(src);
      const redirected = m.source === 'url' && m.finalUrl !== m.url ? [`redirected to ${m.finalUrl}`] : [];
      return { created: outcome.created, notes: [...redirected, ...outcome.notes] };
    },
  };
};
