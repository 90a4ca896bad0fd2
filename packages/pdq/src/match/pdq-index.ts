import { HASH_WORDS, hexToWords, wordsToHex } from '../hash/hash-hex';
import { PdqError } from '../pdq-error';
import { HashStore } from './hash-store';
import { linearScan } from './linear-scan';
import { MAX_SEGMENT, MihSegment, type MatchSink } from './mih-segment';

/** One hash found by a query. `variant` is the index of the needle (0–7 for dihedral queries). */
export interface PdqMatch {
  id: number;
  distance: number;
  variant: number;
}

/** Default match threshold: upstream's suggested starting point, also HMA's. */
export const DEFAULT_MATCH_DISTANCE = 31;

/** The largest distance the 16-slot MIH serves (radius ⌊d/16⌋ ≤ 3); larger ones scan linearly. */
export const MAX_MIH_DISTANCE = 63;

/** Options of a {@link PdqIndex}. */
export interface PdqIndexOptions {
  /**
   * Hashes added since the last indexing are scanned linearly; once this many are waiting they
   * are indexed as a new segment. Default 4096 (a scan of that many takes ~20 µs).
   */
  tailLimit?: number;
}

/** Counts and bytes, for capacity planning and the benchmark. */
export interface PdqIndexStats {
  count: number;
  live: number;
  segments: number[];
  bytes: number;
}

/**
 * Exact Hamming-radius search over PDQ hashes. Ids are insertion indexes (0, 1, …) and never
 * change. Hashes live once in a packed array; a log-structured set of {@link MihSegment}s
 * (sizes roughly halving, Bentley–Saxe style) indexes them, so adding one hash at a time stays
 * amortised O(log n) and a bulk {@link addMany} builds a single segment. Removal is a tombstone.
 */
export class PdqIndex {
  private readonly store = new HashStore();
  private segments: MihSegment[] = [];
  private indexedEnd = 0;
  private readonly tailLimit: number;

  constructor(options: PdqIndexOptions = {}) {
    this.tailLimit = Math.max(1, options.tailLimit ?? 4096);
  }

  /** Number of ids handed out, removed ones included. */
  get count(): number {
    return this.store.count;
  }

  /** Number of hashes not removed. */
  get size(): number {
    return this.store.count - this.store.removedCount;
  }

  /** Adds one hash (hex or 8 words) and returns its id. */
  add(hash: string | Uint32Array): number {
    const words = typeof hash === 'string' ? hexToWords(hash) : checkWords(hash);
    const id = this.store.append(words);
    if (this.store.count - this.indexedEnd >= this.tailLimit) this.seal();
    return id;
  }

  /** Adds hashes (hex strings, or packed 8 words each) in order; returns the id of the first. */
  addMany(hashes: readonly string[] | Uint32Array): number {
    let packed: Uint32Array;
    if (hashes instanceof Uint32Array) packed = checkWords(hashes, true);
    else {
      packed = new Uint32Array(hashes.length * HASH_WORDS);
      hashes.forEach((h, i) => hexToWords(h, packed, i * HASH_WORDS));
    }
    const first = this.store.append(packed, this.store.count === 0);
    if (this.store.count - this.indexedEnd >= this.tailLimit) this.seal();
    return first;
  }

  /** Tombstones `id`; returns false when it was not present. Its id is never reused. */
  remove(id: number): boolean {
    return this.store.remove(id);
  }

  /** Whether `id` holds a hash that has not been removed. */
  has(id: number): boolean {
    return Number.isInteger(id) && id >= 0 && id < this.store.count && !this.store.isRemoved(id);
  }

  /** The hash stored under `id` as hex, or undefined when absent or removed. */
  get(id: number): string | undefined {
    return this.has(id) ? wordsToHex(this.store.words, id * HASH_WORDS) : undefined;
  }

  /**
   * Every live hash within `maxDistance` (0–256, default 31) of `needle`, by ascending id.
   * Uses the multi-index for d ≤ 63 and a linear scan above.
   */
  query(needle: string | Uint32Array, maxDistance = DEFAULT_MATCH_DISTANCE): PdqMatch[] {
    const words = typeof needle === 'string' ? hexToWords(needle) : checkWords(needle);
    const out: PdqMatch[] = [];
    this.search(words, 0, checkDistance(maxDistance), (id, distance) =>
      out.push({ id, distance, variant: 0 }),
    );
    return out.sort((a, b) => a.id - b.id);
  }

  /**
   * Queries with several needles at once — typically the 8 dihedral hashes of one image, so
   * rotated and mirrored copies match — and keeps, per id, the closest needle (first on ties).
   */
  queryAny(needles: readonly (string | Uint32Array)[], maxDistance = DEFAULT_MATCH_DISTANCE): PdqMatch[] {
    const d = checkDistance(maxDistance);
    const best = new Map<number, PdqMatch>();
    needles.forEach((needle, variant) => {
      const words = typeof needle === 'string' ? hexToWords(needle) : checkWords(needle);
      this.search(words, 0, d, (id, distance) => {
        const seen = best.get(id);
        if (!seen || distance < seen.distance) best.set(id, { id, distance, variant });
      });
    });
    return [...best.values()].sort((a, b) => a.id - b.id);
  }

  /**
   * Low-level query for hot loops: calls `sink(id, distance)` for each live match of the needle
   * at `needle[offset…offset+7]`, in no particular order, without allocating.
   */
  search(needle: Uint32Array, offset: number, maxDistance: number, sink: MatchSink): void {
    const { words } = this.store;
    const live: MatchSink =
      this.store.removedCount === 0 ? sink : (id, d) => void (this.store.isRemoved(id) || sink(id, d));
    if (maxDistance > MAX_MIH_DISTANCE) {
      linearScan(words, 0, this.store.count, needle, offset, maxDistance, live);
      return;
    }
    for (const segment of this.segments) segment.query(words, needle, offset, maxDistance, live);
    linearScan(words, this.indexedEnd, this.store.count, needle, offset, maxDistance, live);
  }

  /** Packed words of every id (removed ones included) and the tombstone bitset; read-only views. */
  snapshot(): { words: Uint32Array; removed: Uint32Array; count: number } {
    const { words, removed, count } = this.store;
    return {
      words: words.subarray(0, count * HASH_WORDS),
      removed: removed.subarray(0, Math.ceil(count / 32)),
      count,
    };
  }

  /** Re-applies tombstones from a bitset (used when loading a saved index). */
  removeFromBitset(bits: Uint32Array): void {
    for (let id = 0; id < this.store.count; id += 1)
      if ((bits[id >>> 5]! >>> (id & 31)) & 1) this.store.remove(id);
  }

  /** Sizes of the segments and the tail, and bytes held. */
  stats(): PdqIndexStats {
    const segments = this.segments.map((s) => s.size);
    segments.push(this.store.count - this.indexedEnd);
    const bytes = this.segments.reduce((n, s) => n + s.byteLength(), this.store.byteLength());
    return { count: this.store.count, live: this.size, segments, bytes };
  }

  // Turn the tail into a segment, then merge while the newest is at least as large as the one
  // before it (a binary counter): each hash is re-indexed O(log n) times in all.
  private seal(): void {
    const words = this.store.words;
    while (this.indexedEnd < this.store.count) {
      const size = Math.min(MAX_SEGMENT, this.store.count - this.indexedEnd);
      this.segments.push(new MihSegment(words, this.indexedEnd, size));
      this.indexedEnd += size;
    }
    for (;;) {
      const last = this.segments.at(-1)!;
      const prev = this.segments.at(-2);
      if (!prev || last.size < prev.size || prev.size + last.size > MAX_SEGMENT) break;
      this.segments.splice(-2, 2, new MihSegment(words, prev.start, prev.size + last.size));
    }
  }
}

const checkWords = (words: Uint32Array, packed = false): Uint32Array => {
  if (packed ? words.length % HASH_WORDS !== 0 : words.length !== HASH_WORDS) {
    throw new PdqError(
      'invalid_hash',
      `expected ${packed ? 'a multiple of ' : ''}${HASH_WORDS} words, got ${words.length}`,
    );
  }
  return words;
};

const checkDistance = (d: number): number => {
  if (!Number.isInteger(d) || d < 0 || d > 256) {
    throw new PdqError('invalid_hash', `match distance must be a whole number from 0 to 256, got ${d}`);
  }
  return d;
};
