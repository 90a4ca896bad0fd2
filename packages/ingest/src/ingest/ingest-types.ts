import type { Clock, ErrorCode, Hasher, Store } from '@corroborate/core';
import type { UrlFetcher } from '../fetch/fetch-types';

/** An image (or other media) met while ingesting, handed to the media handler when one is plugged in. */
export type MediaInput =
  | { source: 'file'; input: string; path: string; fileName: string }
  | {
      source: 'url';
      input: string;
      url: string;
      finalUrl: string;
      contentType: string | null;
      bytes: Uint8Array;
    };

/** What the media handler reports; it throws a DomainError for an input it cannot take. */
export interface MediaIngestResult {
  created: boolean;
  /** Remarks to surface as warnings. */
  notes?: string[];
}

/** The media engineer's handler for images found among the inputs. */
export type MediaIngester = (media: MediaInput) => Promise<MediaIngestResult>;

/** Ports the ingest use case works through. */
export interface IngestDeps {
  store: Store;
  clock: Clock;
  hasher: Hasher;
  /** Defaults to the SSRF-safe fetchUrl. */
  fetchUrl?: UrlFetcher;
  /** Without it, images are skipped as "not a document". */
  ingestMedia?: MediaIngester;
}

/** Sent after each input (file, URL, skipped entry) is done. */
export interface IngestProgress {
  done: number;
  total: number;
  /** The input just finished. */
  input: string;
}

/** Per-run choices of the caller. */
export interface IngestOptions {
  /** Let URLs reach loopback, private and other non-public addresses. */
  allowPrivate: boolean;
  onProgress?: (progress: IngestProgress) => void;
  /** Stops after the current input (or JSON Lines record); the summary says `aborted`. */
  signal?: AbortSignal;
}

/** One input (or JSON Lines record) that could not be ingested. */
export interface IngestFailure {
  input: string;
  /** 1-based line, for a JSON Lines record. */
  line?: number;
  code: ErrorCode;
  /** One line naming the input and what is wrong. */
  reason: string;
}

/** Something stored with a caveat (invalid UTF-8 replaced, a date not understood …). */
export interface IngestWarning {
  input: string;
  line?: number;
  message: string;
}

/** An input left alone on purpose (an image with no media handler, a socket …). */
export interface IngestSkip {
  input: string;
  reason: string;
}

/** The outcome of one ingestInputs run. */
export interface IngestSummary {
  /** New documents (and media items, when a media handler is plugged in). */
  stored: number;
  /** Inputs whose content was already stored. */
  duplicates: number;
  failed: IngestFailure[];
  warnings: IngestWarning[];
  skipped: IngestSkip[];
  /** True when the signal stopped the run before every input was done. */
  aborted: boolean;
}
