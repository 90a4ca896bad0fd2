import type { BlobStore, Clock, Hasher, MediaItem, MediaMatch, Repositories } from '@corroborate/core';
import type { HeicConverter } from './heic';

/** The repositories media ingest works through (a Store has them all). */
export type MediaRepos = Pick<Repositories, 'media' | 'hashLists' | 'audit'>;

/** The part of a Store that media use cases need: its repositories and one-transaction writes. */
export interface MediaStore extends MediaRepos {
  transaction<T>(fn: (tx: MediaRepos) => Promise<T>): Promise<T>;
}

/** Ports of the media use cases. */
export interface MediaIngestDeps {
  store: MediaStore;
  blobs: BlobStore;
  clock: Clock;
  hasher: Hasher;
  /** Turns HEIC bytes into PNG bytes; null: HEIC is refused. Default: `heif-convert` when on PATH. */
  heicConverter?: HeicConverter | null;
  /** Largest PDQ distance counted as a near-duplicate or a list hit (default 31). */
  matchDistance?: number;
}

/** One image to ingest: its bytes and where they came from. */
export interface ImageSource {
  bytes: Uint8Array;
  /** How errors and notes name the input (the path or URL as given). */
  name: string;
  fileName: string | null;
  url: string | null;
  documentId?: string | null;
}

/** What happened to one image. */
export interface ImageIngestOutcome {
  media: MediaItem;
  /** False when the same bytes were already stored (nothing new was written). */
  created: boolean;
  matches: MediaMatch[];
  /** Remarks for a person: matches, first frame only, unreliable hash, unreadable EXIF. */
  notes: string[];
}

/** Running totals of a media ingester, for a command's summary line. */
export interface MediaCounts {
  stored: number;
  duplicates: number;
  failed: number;
  nearDuplicates: number;
  listHits: number;
  unreliable: number;
}
