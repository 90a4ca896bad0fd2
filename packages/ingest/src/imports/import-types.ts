import type { Clock, Hasher, NewSource, Store } from '@corroborate/core';
import type { ImageIngestOutcome, ImageSource } from '../media-ingest/media-ingest-types';

/** A file a post points to; `missing` says why it is not there (the export left it out, or it is gone). */
export interface PostAttachment {
  /** Path as the export names it, relative to the export folder. */
  name: string;
  /** Absolute path, or null when the export holds no file for it. */
  path: string | null;
  missing: string | null;
  /** Set when the file is known but not stored as media (a video). */
  skipReason?: string;
}

/** One post of a platform export, in the shape every importer produces. */
export interface ImportedPost {
  /** How messages name the post ("message 12", "tweet 1234"). */
  label: string;
  url: string | null;
  /** Where in the export it came from ("result.json#12"). */
  fileName: string | null;
  /** The author shown on the post (Telegram `from`, the X account). */
  byline: string | null;
  title: string | null;
  postedAt: Date | null;
  /** The posting time as the platform states it, with its UTC offset, for the document notes. */
  postedAtText: string | null;
  editedAtText: string | null;
  text: string;
  links: string[];
  attachments: PostAttachment[];
  /** The document kind; default social_post. */
  kind?: 'social_post' | 'article' | 'other';
  /** Remarks for the document notes. */
  notes?: string[];
  /** This post's own source, when the export has none for all posts (a manifest's author). */
  sourceName?: string | null;
}

/** What importing needs: the store, and the process's media ingester for attachments. */
export interface ImportDeps {
  store: Store;
  hasher: Hasher;
  clock: Clock;
  ingestImage(src: ImageSource): Promise<ImageIngestOutcome>;
}

export interface ImportProblem {
  post: string;
  what: string;
}

/** Counts and problems of one import; re-importing the same export stores nothing new. */
export interface ImportSummary {
  posts: number;
  documents: { stored: number; duplicates: number };
  media: { stored: number; duplicates: number };
  /** Posts with no text and no attachment kept (service messages, empty posts). */
  skippedPosts: number;
  missing: ImportProblem[];
  skipped: ImportProblem[];
  failed: ImportProblem[];
}

/** An export read as a stream of posts under one source (the channel or account). */
export interface PlatformExport {
  source: NewSource | null;
  posts: AsyncIterable<ImportedPost>;
}
