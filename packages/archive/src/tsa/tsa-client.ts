import { DomainError } from '@corroborate/core';
import { toArrayBuffer, toHex } from '../shared/bytes';
import { sha256Bytes } from '../shared/sha256';
import { buildTimestampRequest, makeNonce } from './timestamp-request';
import type { TimestampInfo } from './timestamp-token';
import { verifyTimestamp } from './verify-timestamp';

export interface TsaConfig {
  /** TSA endpoints, asked in order. */
  urls: string[];
  /** PEM CA certificates the TSA certificates must chain to (optional). */
  trustedCertsPem?: string;
  /** Stop after the first TSA that grants a valid token; default false (ask all: independent witnesses). */
  firstOnly?: boolean;
  timeoutMs?: number;
}

/** A granted, checked timestamp over some data. */
export interface TimestampToken {
  tsaUrl: string;
  /** TimeStampResp DER as received: what `openssl ts -verify -in` reads. */
  token: Uint8Array;
  info: TimestampInfo;
  signer: string | null;
}

/** Gets trusted timestamps over data (the port use cases depend on). */
export interface Timestamper {
  timestamp(data: Uint8Array): Promise<TimestampToken[]>;
}

export interface TsaDeps {
  fetch?: typeof fetch;
  randomBytes?: (n: number) => Uint8Array;
}

const MAX_REPLY = 1024 * 1024;

async function askOne(url: string, data: Uint8Array, cfg: TsaConfig, deps: TsaDeps): Promise<TimestampToken> {
  const nonce = makeNonce(deps.randomBytes ?? ((n) => globalThis.crypto.getRandomValues(new Uint8Array(n))));
  const body = buildTimestampRequest(await sha256Bytes(data), nonce);
  const res = await (deps.fetch ?? fetch)(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/timestamp-query', Accept: 'application/timestamp-reply' },
    body: toArrayBuffer(body),
    signal: AbortSignal.timeout(cfg.timeoutMs ?? 15_000),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const token = new Uint8Array(await res.arrayBuffer());
  if (token.byteLength > MAX_REPLY) throw new Error(`reply of ${token.byteLength} bytes is too large`);
  const check = await verifyTimestamp(token, data, {
    expectedNonce: toHex(nonce),
    ...(cfg.trustedCertsPem ? { trustedCertsPem: cfg.trustedCertsPem } : {}),
  });
  if (!check.ok || !check.info) throw new Error(check.problem ?? 'invalid token');
  return { tsaUrl: url, token, info: check.info, signer: check.signer };
}

/** A Timestamper that asks RFC 3161 TSAs over HTTP and keeps only tokens that verify. */
export function createTsaClient(cfg: TsaConfig, deps: TsaDeps = {}): Timestamper {
  return {
    async timestamp(data) {
      if (cfg.urls.length === 0) throw new DomainError('validation_failed', 'no TSA URL is configured');
      const tokens: TimestampToken[] = [];
      const failures: string[] = [];
      for (const url of cfg.urls) {
        try {
          tokens.push(await askOne(url, data, cfg, deps));
          if (cfg.firstOnly) break;
        } catch (err) {
          failures.push(`${url}: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
      if (tokens.length === 0)
        throw new DomainError('fetch_failed', `no TSA granted a valid timestamp (${failures.join('; ')})`);
      return tokens;
    },
  };
}
