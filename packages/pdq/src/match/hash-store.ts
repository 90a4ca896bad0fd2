import { HASH_WORDS } from '../hash/hash-hex';

/**
 * Hashes packed 8 words each in one growable Uint32Array, addressed by insertion index, with a
 * tombstone bitset. Ids never move, so removal is a bit flip and the MIH segments stay valid.
 */
export class HashStore {
  words: Uint32Array;
  removed: Uint32Array;
  count = 0;
  removedCount = 0;

  constructor(capacity = 1024) {
    this.words = new Uint32Array(capacity * HASH_WORDS);
    this.removed = new Uint32Array(Math.ceil(capacity / 32));
  }

  /** Room for `n` hashes in total, growing by half again so repeated adds stay amortised O(1). */
  reserve(n: number, exact = false): void {
    if (n * HASH_WORDS <= this.words.length) return;
    const capacity = exact ? n : Math.max(n, Math.ceil((this.words.length / HASH_WORDS) * 1.5));
    const words = new Uint32Array(capacity * HASH_WORDS);
    words.set(this.words.subarray(0, this.count * HASH_WORDS));
    this.words = words;
    const removed = new Uint32Array(Math.ceil(capacity / 32));
    removed.set(this.removed);
    this.removed = removed;
  }

  /** Appends packed hashes (8 words each) and returns the id of the first. */
  append(packed: Uint32Array, exact = false): number {
    const n = packed.length / HASH_WORDS;
    this.reserve(this.count + n, exact);
    this.words.set(packed, this.count * HASH_WORDS);
    const first = this.count;
    this.count += n;
    return first;
  }

  isRemoved(id: number): boolean {
    return (this.removed[id >>> 5]! & (1 << (id & 31))) !== 0;
  }

  /** Marks `id` removed; false when it was already removed or never existed. */
  remove(id: number): boolean {
    if (!Number.isInteger(id) || id < 0 || id >= this.count || this.isRemoved(id)) return false;
    this.removed[id >>> 5]! |= 1 << (id & 31);
    this.removedCount += 1;
    return true;
  }

  /** Bytes held by the typed arrays. */
  byteLength(): number {
    return this.words.byteLength + this.removed.byteLength;
  }
}
