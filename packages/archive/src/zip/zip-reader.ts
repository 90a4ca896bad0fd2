import { DomainError } from '@corroborate/core';
import { fromUtf8 } from '../shared/bytes';
import { crc32 } from './crc32';
import { inflateRaw } from './inflate-raw';
import {
  CENTRAL_HEADER_SIG,
  CENTRAL_HEADER_SIZE,
  END_OF_CENTRAL_DIR_SIG,
  END_OF_CENTRAL_DIR_SIZE,
  FLAG_ENCRYPTED,
  LOCAL_HEADER_SIG,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  METHOD_STORE,
  ZIP32_LIMIT,
} from './zip-format';

/** One file read out of a ZIP archive. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  /** Offset of the (stored or compressed) data inside the archive. */
  dataOffset: number;
  method: 'store' | 'deflate';
  /** False when the bytes do not match the CRC-32 the archive recorded for them. */
  crcOk: boolean;
}

const fail = (name: string, why: string): DomainError =>
  new DomainError('parse_failed', `${name} is not a readable ZIP archive: ${why}`);

function findEnd(view: DataView, name: string): number {
  // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
  const last = view.byteLength - END_OF_CENTRAL_DIR_SIZE;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIR_SIG) return at;
  }
  throw fail(name, 'no end-of-central-directory record');
}

/**
 * Reads every entry of a ZIP archive held in memory; STORE and DEFLATE only, no ZIP64, no encryption.
 * Throws a DomainError naming `name` and the problem when the archive is malformed.
 */
export async function readZip(bytes: Uint8Array, name = 'archive'): Promise<ZipEntry[]> {
  if (bytes.byteLength < END_OF_CENTRAL_DIR_SIZE) throw fail(name, `only ${bytes.byteLength} bytes`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view, name);
  const count = view.getUint16(end + 10, true);
  const dirOffset = view.getUint32(end + 16, true);
  if (count === 0xffff || dirOffset === ZIP32_LIMIT) {
    throw new DomainError('unsupported_format', `${name} is a ZIP64 archive, which is not supported`);
  }
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== CENTRAL_HEADER_SIG) {
      throw fail(name, `central directory entry ${i + 1} of ${count} is missing or damaged`);
    }
    const nameLen = view.getUint16(at + 28, true);
    const path = fromUtf8(bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLen));
    if (seen.has(path)) throw fail(name, `entry "${path}" appears twice`);
    seen.add(path);
    entries.push(await readEntry(bytes, view, at, path, name));
    at += CENTRAL_HEADER_SIZE + nameLen + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

async function readEntry(
  bytes: Uint8Array,
  view: DataView,
  central: number,
  path: string,
  name: string,
): Promise<ZipEntry> {
  const flags = view.getUint16(central + 8, true);
  const method = view.getUint16(central + 10, true);
  const crc = view.getUint32(central + 16, true);
  const compressedSize = view.getUint32(central + 20, true);
  const size = view.getUint32(central + 24, true);
  const local = view.getUint32(central + 42, true);
  if (flags & FLAG_ENCRYPTED) throw new DomainError('unsupported_format', `${name}: "${path}" is encrypted`);
  if (local + LOCAL_HEADER_SIZE > bytes.byteLength || view.getUint32(local, true) !== LOCAL_HEADER_SIG) {
    throw fail(name, `"${path}" points to a missing local header`);
  }
  const dataOffset =
    local + LOCAL_HEADER_SIZE + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (dataOffset + compressedSize > bytes.byteLength)
    throw fail(name, `"${path}" runs past the end of the file`);
  const raw = bytes.subarray(dataOffset, dataOffset + compressedSize);
  let data: Uint8Array;
  if (method === METHOD_STORE) {
    if (compressedSize !== size) throw fail(name, `"${path}" is stored but its two sizes differ`);
    data = raw;
  } else if (method === METHOD_DEFLATE) {
    data = await inflateRaw(raw, size, `${name}: "${path}"`);
  } else {
    throw new DomainError('unsupported_format', `${name}: "${path}" uses compression method ${method}`);
  }
  const ok = data.byteLength === size && crc32(data) === crc;
  return { path, bytes: data, dataOffset, method: method === METHOD_STORE ? 'store' : 'deflate', crcOk: ok };
}
