import { DomainError } from '@corroborate/core';
import { WARCParser } from 'warcio';
import type { WARCRecord } from 'warcio';
import { toBase32 } from '../shared/base32';
import { toHex } from '../shared/bytes';
import { sha256Bytes } from '../shared/sha256';

/** One WARC record as read back: its headers that matter and its payload. */
export interface WarcRecordInfo {
  type: string;
  targetUri: string | null;
  date: string | null;
  recordId: string | null;
  /** HTTP status for response records, else null. */
  httpStatus: number | null;
  /** HTTP Content-Type for response records, else null. */
  httpContentType: string | null;
  /** WARC-Payload-Digest as written ("sha256:…"). */
  payloadDigest: string | null;
  /** The payload as stored (after HTTP headers; not de-chunked or decompressed). */
  payload: Uint8Array;
  /** SHA-256 of `payload`, lowercase hex. */
  payloadSha256: string;
  /** Whether the recorded SHA-256 payload digest matches; null when absent or another algorithm. */
  digestOk: boolean | null;
}

function digestMatches(recorded: string | null, sha: Uint8Array): boolean | null {
  const m = recorded ? /^sha-?256:(.+)$/i.exec(recorded.trim()) : null;
  if (!m?.[1]) return null;
  const value = m[1];
  return value.length === 64
    ? value.toLowerCase() === toHex(sha)
    : value.replace(/=+$/, '').toUpperCase() === toBase32(sha);
}

async function info(record: WARCRecord, index: number): Promise<WarcRecordInfo> {
  // warcio reads almost anything without complaint; insist on a WARC version line and a type.
  if (!/^WARC\/1\.[01]$/.test(record.warcHeaders.statusline.trim()) || !record.warcType) {
    throw new Error(`record ${index + 1} does not start with a WARC/1.0 or WARC/1.1 header`);
  }
  const payload = await record.readFully(false);
  if (!record.httpHeaders && payload.byteLength !== record.warcContentLength) {
    throw new Error(
      `record ${index + 1} is cut short (${payload.byteLength} of ${record.warcContentLength} bytes)`,
    );
  }
  const sha = await sha256Bytes(payload);
  const status = record.warcType === 'response' ? Number(record.httpHeaders?.statusCode) : NaN;
  const payloadDigest = record.warcPayloadDigest ?? null;
  return {
    type: record.warcType,
    targetUri: record.warcTargetURI ?? null,
    date: record.warcDate ?? null,
    recordId: record.warcHeader('WARC-Record-ID') ?? null,
    httpStatus: Number.isFinite(status) ? status : null,
    httpContentType:
      record.warcType === 'response' ? (record.httpHeaders?.headers.get('content-type') ?? null) : null,
    payloadDigest,
    payload,
    payloadSha256: toHex(sha),
    digestOk: digestMatches(payloadDigest, sha),
  };
}

/** Lists the records of a WARC (plain or gzip); throws a DomainError naming `name` when it is not one. */
export async function readWarc(bytes: Uint8Array, name = 'WARC'): Promise<WarcRecordInfo[]> {
  const out: WarcRecordInfo[] = [];
  try {
    for await (const record of new WARCParser([bytes])) out.push(await info(record, out.length));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new DomainError('parse_failed', `${name} is not a readable WARC: ${why}`);
  }
  if (out.length === 0) throw new DomainError('parse_failed', `${name} is not a readable WARC: no records`);
  return out;
}
