import type {
  HashList,
  HashListEntry,
  MediaItem,
  MediaMatch,
  NewHashList,
  NewMediaItem,
  NewMediaMatch,
  Sensitivity,
} from '../domain/media-item';
import type { Page } from './repositories.port';

export interface MediaListQuery {
  limit: number;
  cursor?: string | null;
  sensitivity?: Sensitivity;
}

/** A stored hash to match against, with its place in insertion order (to load only newer ones). */
export interface MediaHashRow {
  position: number;
  id: string;
  pdq: string;
  firstSeenAt: Date;
}

export interface MediaRepository {
  /** Stores a new item, or returns the one with the same SHA-256 and `created: false`. */
  insertOrGetBySha(item: NewMediaItem): Promise<{ media: MediaItem; created: boolean }>;
  get(id: string): Promise<MediaItem | null>;
  getBySha(sha256: string): Promise<MediaItem | null>;
  /** Newest first, cursor-paginated. */
  list(q: MediaListQuery): Promise<Page<MediaItem>>;
  /** Set by a person. @throws DomainError('not_found'), DomainError('validation_failed') for an unknown value. */
  setSensitivity(id: string, sensitivity: Sensitivity): Promise<MediaItem>;
  count(): Promise<number>;
  /** All items in insertion order (export); streams. */
  iterate(): AsyncIterable<MediaItem>;
  /**
   * PDQ hashes fit to match on (present, not flagged `pdq_unreliable`) stored after `afterPosition`
   * (0: from the start), in insertion order, at most `limit`; for the in-memory matcher.
   */
  hashesForMatching(afterPosition: number, limit: number): Promise<MediaHashRow[]>;
  /** @throws DomainError('not_found') when a referenced item or list does not exist. */
  addMatch(match: NewMediaMatch): Promise<MediaMatch>;
  /** Matches the item is part of, on either side, oldest first. */
  listMatches(mediaId: string): Promise<MediaMatch[]>;
}

export interface HashListRepository {
  /** Stores a list and its entries. @throws DomainError('conflict') when the name is taken. */
  create(list: NewHashList, entries: readonly HashListEntry[]): Promise<HashList>;
  get(id: string): Promise<HashList | null>;
  getByName(name: string): Promise<HashList | null>;
  /** Oldest first. */
  list(): Promise<HashList[]>;
  /** Every entry of every list, in import order; streams. */
  iterateEntries(): AsyncIterable<HashListEntry & { listId: string }>;
}
