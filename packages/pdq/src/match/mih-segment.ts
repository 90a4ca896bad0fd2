import { flipMasks } from './flip-masks';
import { SLOTS, SortScratch, slotOf, sortSlot, type SlotPostings } from './slot-sort';

/** Largest segment: local ids are stored in 24 bits (16 + 8). */
export const MAX_SEGMENT = 1 << 24;

/** Called for each hash within the radius: global id and distance. */
export type MatchSink = (id: number, distance: number) => void;

/** Set bits of every 16-bit value: one L1/L2 load instead of a SWAR popcount. */
const POP16 = Uint8Array.from({ length: 0x10000 }, (_, v) => {
  let n = 0;
  for (let x = v; x; x &= x - 1) n += 1;
  return n;
});

const pc = (x: number): number => POP16[x & 0xffff]! + POP16[x >>> 16]!;

/**
 * A static multi-index (Norouzi et al.) over the hashes with ids `start … start+size-1`: for each
 * of the 16 slots of 16 bits, the local ids grouped by slot value (CSR: offsets + ids, ascending
 * within a bucket), each stored with its partner slot, the other half of its 32-bit word.
 *
 * Search for distance d (≤ 63): the 8 words' distances add up to ≤ d, so some word is within
 * q = ⌊d/8⌋, and in that word one half is within r = ⌊q/2⌋ = ⌊d/16⌋ — the usual MIH probe radius.
 * Probing a slot at radius r, a posting whose slot is e bits off can only be that word's match if
 * its partner is within q − e: checked on the inline partner, it drops ~99% of candidates before
 * the random read of the full hash. Exact: no false negatives.
 *
 * Small segments bucket on fewer leading bits of a slot, so the offset tables stay proportionate
 * (e is then counted on those bits, a lower bound, which keeps the search exact).
 */
export class MihSegment {
  readonly bucketBits: number;
  private readonly postings: SlotPostings[] = [];

  constructor(
    words: Uint32Array,
    readonly start: number,
    readonly size: number,
  ) {
    // About 2–4 hashes per bucket for small segments; all 16 bits from 128k hashes up.
    this.bucketBits = Math.max(8, Math.min(16, Math.floor(Math.log2(Math.max(1, size))) - 1));
    const scratch = new SortScratch(size);
    for (let slot = 0; slot < SLOTS; slot += 1) {
      this.postings.push(sortSlot(words, start, size, slot, this.bucketBits, scratch));
    }
  }

  /**
   * Reports every hash of this segment within `maxDistance` (≤ 63) of the needle at
   * `needle[nb…nb+7]` exactly once: from the first slot whose probe and partner test accept it.
   */
  query(words: Uint32Array, needle: Uint32Array, nb: number, maxDistance: number, sink: MatchSink): void {
    const q = maxDistance >> 3;
    const shift = 16 - this.bucketBits;
    const masks = flipMasks(this.bucketBits, q >> 1);
    for (let slot = 0; slot < SLOTS; slot += 1) {
      const { offsets, lo, hi, partner } = this.postings[slot]!;
      const key = slotOf(needle, nb, slot) >>> shift;
      const mate = slotOf(needle, nb, slot ^ 1);
      for (let m = 0; m < masks.length; m += 1) {
        const mask = masks[m]!;
        const v = key ^ mask;
        const allowed = q - POP16[mask]!;
        const end = offsets[v + 1]!;
        for (let p = offsets[v]!; p < end; p += 1) {
          if (POP16[partner[p]! ^ mate]! > allowed) continue;
          const id = this.start + (hi === null ? lo[p]! : lo[p]! | (hi[p]! << 16));
          const d = distance(words, id * 8, needle, nb);
          if (d <= maxDistance && !this.foundEarlier(words, id * 8, needle, nb, slot, q, shift)) sink(id, d);
        }
      }
    }
  }

  // Whether a slot before `slot` accepts this hash (same test as the probe), so it was reported there.
  private foundEarlier(
    words: Uint32Array,
    b: number,
    needle: Uint32Array,
    nb: number,
    slot: number,
    q: number,
    shift: number,
  ): boolean {
    for (let s = 0; s < slot; s += 1) {
      const e = POP16[(slotOf(words, b, s) ^ slotOf(needle, nb, s)) >>> shift]!;
      if (e <= q >> 1 && POP16[slotOf(words, b, s ^ 1) ^ slotOf(needle, nb, s ^ 1)]! <= q - e) return true;
    }
    return false;
  }

  /** Bytes held by this segment's arrays. */
  byteLength(): number {
    return this.postings.reduce(
      (n, p) => n + p.offsets.byteLength + p.lo.byteLength + (p.hi?.byteLength ?? 0) + p.partner.byteLength,
      0,
    );
  }
}

const distance = (words: Uint32Array, b: number, needle: Uint32Array, nb: number): number => {
  let d = 0;
  for (let k = 0; k < 8; k += 1) d += pc((words[b + k]! ^ needle[nb + k]!) >>> 0);
  return d;
};
