/** Slots per hash: the 16-bit words of the reference's layout (slot 2k and 2k+1 share word k). */
export const SLOTS = 16;

/** The 16-bit value of `slot` of the hash whose words start at `base`. */
export const slotOf = (words: Uint32Array, base: number, slot: number): number =>
  (words[base + (slot >> 1)]! >>> ((slot & 1) << 4)) & 0xffff;

/** One slot's postings in CSR form: bucket offsets, local ids (low 16 + high 8 bits), partner values. */
export interface SlotPostings {
  offsets: Uint32Array;
  lo: Uint16Array;
  hi: Uint8Array | null;
  partner: Uint16Array;
}

/** Scratch reused across the 16 slots of one build (3 arrays of `size` words). */
export class SortScratch {
  readonly packed: Uint32Array;
  readonly packed2: Uint32Array;
  readonly ids: Uint32Array;

  constructor(size: number) {
    this.packed = new Uint32Array(size);
    this.packed2 = new Uint32Array(size);
    this.ids = new Uint32Array(size);
  }
}

/**
 * Groups the hashes `start … start+size-1` by the leading `bits` (≤ 16) bits of `slot`, ids
 * ascending within a group, and records each one's partner slot (the other half of its 32-bit
 * word). An LSD radix sort on 8-bit digits: scattering to 256 streams at a time stays in cache,
 * where scattering straight into 65,536 buckets misses on nearly every write.
 */
export const sortSlot = (
  words: Uint32Array,
  start: number,
  size: number,
  slot: number,
  bits: number,
  scratch: SortScratch,
): SlotPostings => {
  const shift = 16 - bits;
  const { packed, packed2, ids } = scratch;
  const offsets = new Uint32Array((1 << bits) + 1);
  const lowCount = new Uint32Array(257);
  const wordAt = start * 8 + (slot >> 1);
  const keyShift = (slot & 1) << 4;
  for (let i = 0, b = wordAt; i < size; i += 1, b += 8) {
    const w = words[b]!;
    // Key in the low half, partner (the other half of the word) in the high half.
    const kp = (((w >>> keyShift) & 0xffff) >>> shift) | (((keyShift ? w : w >>> 16) & 0xffff) << 16);
    packed[i] = kp;
    offsets[(kp & 0xffff) + 1]! += 1;
    lowCount[(kp & 0xff) + 1]! += 1;
  }
  for (let v = 0; v < 1 << bits; v += 1) offsets[v + 1]! += offsets[v]!;
  const lo = new Uint16Array(size);
  const hi = size > 0x10000 ? new Uint8Array(size) : null;
  const partner = new Uint16Array(size);
  if (bits <= 8) {
    const cursor = offsets.slice(0, 1 << bits);
    for (let i = 0; i < size; i += 1) place(cursor[packed[i]! & 0xff]!++, i, packed[i]!, lo, hi, partner);
    return { offsets, lo, hi, partner };
  }
  for (let d = 0; d < 256; d += 1) lowCount[d + 1]! += lowCount[d]!;
  for (let i = 0; i < size; i += 1) {
    const p = lowCount[packed[i]! & 0xff]!++;
    packed2[p] = packed[i]!;
    ids[p] = i;
  }
  // Second digit: buckets of the high byte start where the full-key offsets say.
  const cursor = new Uint32Array(256);
  for (let d = 0; d < 256 && d << 8 < 1 << bits; d += 1) cursor[d] = offsets[d << 8]!;
  for (let i = 0; i < size; i += 1) {
    const kp = packed2[i]!;
    place(cursor[(kp & 0xffff) >>> 8]!++, ids[i]!, kp, lo, hi, partner);
  }
  return { offsets, lo, hi, partner };
};

const place = (
  p: number,
  id: number,
  kp: number,
  lo: Uint16Array,
  hi: Uint8Array | null,
  partner: Uint16Array,
): void => {
  lo[p] = id & 0xffff;
  if (hi) hi[p] = id >>> 16;
  partner[p] = kp >>> 16;
};
