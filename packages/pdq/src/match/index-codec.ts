import { HASH_WORDS } from '../hash/hash-hex';
import { PdqError } from '../pdq-error';
import { PdqIndex, type PdqIndexOptions } from './pdq-index';

// File layout, little-endian: "PDQIDX01", u32 format version, u32 count, then count × 8 u32
// hash words (ids are positions), then ⌈count/32⌉ u32 tombstone words. The multi-index itself is
// not stored: rebuilding it is a few seconds at 10M and keeps the file at ~32 bytes a hash.
const MAGIC = 'PDQIDX01';
const VERSION = 1;
const HEADER = 16;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

const bytesOf = (a: Uint32Array): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

const copyWords = (src: Uint32Array, dst: Uint8Array, at: number): void => {
  if (LITTLE_ENDIAN) dst.set(bytesOf(src), at);
  else {
    const view = new DataView(dst.buffer, dst.byteOffset);
    src.forEach((w, i) => view.setUint32(at + i * 4, w, true));
  }
};

const readWords = (src: Uint8Array, at: number, n: number): Uint32Array => {
  const out = new Uint32Array(n);
  if (LITTLE_ENDIAN) bytesOf(out).set(src.subarray(at, at + n * 4));
  else {
    const view = new DataView(src.buffer, src.byteOffset);
    for (let i = 0; i < n; i += 1) out[i] = view.getUint32(at + i * 4, true);
  }
  return out;
};

/** Serialises an index (hashes, ids and removals) to a compact binary file image. */
export const saveIndex = (index: PdqIndex): Uint8Array => {
  const { words, removed, count } = index.snapshot();
  const out = new Uint8Array(HEADER + words.byteLength + removed.byteLength);
  for (let i = 0; i < MAGIC.length; i += 1) out[i] = MAGIC.charCodeAt(i);
  const view = new DataView(out.buffer);
  view.setUint32(8, VERSION, true);
  view.setUint32(12, count, true);
  copyWords(words, out, HEADER);
  copyWords(removed, out, HEADER + words.byteLength);
  return out;
};

/** Rebuilds an index saved by {@link saveIndex}; ids and removals are preserved. */
export const loadIndex = (bytes: Uint8Array, options?: PdqIndexOptions): PdqIndex => {
  const magic = String.fromCharCode(...bytes.subarray(0, MAGIC.length));
  if (bytes.length < HEADER || magic !== MAGIC) {
    throw new PdqError('invalid_index', `not a PDQ index file (expected it to start with ${MAGIC})`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== VERSION)
    throw new PdqError('invalid_index', `PDQ index format ${version} is not supported`);
  const count = view.getUint32(12, true);
  const tombstoneWords = Math.ceil(count / 32);
  const expected = HEADER + (count * HASH_WORDS + tombstoneWords) * 4;
  if (bytes.length !== expected) {
    throw new PdqError(
      'invalid_index',
      `PDQ index of ${count} hashes should be ${expected} bytes, got ${bytes.length}`,
    );
  }
  const index = new PdqIndex(options);
  if (count > 0) index.addMany(readWords(bytes, HEADER, count * HASH_WORDS));
  index.removeFromBitset(readWords(bytes, HEADER + count * HASH_WORDS * 4, tombstoneWords));
  return index;
};
