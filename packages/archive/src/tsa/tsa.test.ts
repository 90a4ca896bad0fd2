import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDomainError } from '@corroborate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHex, utf8 } from '../shared/bytes';
import { sha256Bytes } from '../shared/sha256';
import { InMemoryCheckpointStore } from '../ledger/checkpoint/in-memory-checkpoint.store';
import { checkpointToJson } from '../ledger/checkpoint/checkpoint';
import type { SignedCheckpoint } from '../ledger/checkpoint/checkpoint';
import { hasOpenssl, startLocalTsa } from './local-openssl-tsa.fixture';
import type { LocalTsa } from './local-openssl-tsa.fixture';
import { timestampCheckpoint } from './timestamp-checkpoint';
import { buildTimestampRequest } from './timestamp-request';
import { createTsaClient } from './tsa-client';
import { verifyTimestamp as sut } from './verify-timestamp';

const data = utf8('{"format":"corroborate-checkpoint/1","seq":37}\n');

/** Flips one bit of the last digit of the GeneralizedTime (genTime) inside the token. */
function alterGenTime(token: Uint8Array): Uint8Array {
  const copy = token.slice();
  for (let i = 0; i < copy.length - 16; i++) {
    if (copy[i] === 0x18 && copy[i + 1] === 0x0f && copy[i + 16] === 0x5a) {
      copy[i + 15] = copy[i + 15]! ^ 0x01;
      return copy;
    }
  }
  throw new Error('no genTime found');
}

describe.skipIf(!hasOpenssl)('RFC 3161 timestamps against a local openssl TSA', () => {
  let tsa: LocalTsa;
  let token: Uint8Array;
  beforeAll(async () => {
    tsa = await startLocalTsa();
    token = (await createTsaClient({ urls: [`${tsa.url}/tsa`] }).timestamp(data))[0]!.token;
  });
  afterAll(() => tsa?.close());

  it('sends a request openssl reads as SHA-256 imprint, nonce and certReq', async () => {
    const nonce = Uint8Array.from([0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc, 0xde, 0xf0]);
    writeFileSync(join(tsa.dir, 'mine.tsq'), buildTimestampRequest(await sha256Bytes(data), nonce));
    const { code, output } = await tsa.openssl(['ts', '-query', '-in', 'mine.tsq', '-text']);
    expect(code).toBe(0);
    expect(output).toContain('Hash Algorithm: sha256');
    expect(output).toContain('Nonce: 0x123456789ABCDEF0');
    expect(output).toContain('Certificate required: yes');
    expect(output.replace(/[^0-9a-f]/gi, '').toLowerCase()).toContain(
      toHex(await sha256Bytes(data)).slice(0, 16),
    );
  });

  it('obtains a token whose time, TSA and chain check out', async () => {
    const result = await sut(token, data, { trustedCertsPem: tsa.caPem });
    expect(result).toMatchObject({
      ok: true,
      problem: null,
      signer: 'Corroborate Test TSA',
      chainVerified: true,
    });
    expect(Math.abs(result.info!.genTime.getTime() - Date.now())).toBeLessThan(120_000);
    expect(result.info!.tsaName).toBe('Corroborate Test TSA');
    expect(result.info!.imprint).toBe(toHex(await sha256Bytes(data)));
  });

  it('makes tokens that `openssl ts -verify` accepts too', async () => {
    writeFileSync(join(tsa.dir, 'data.bin'), data);
    writeFileSync(join(tsa.dir, 'token.tsr'), token);
    const { code, output } = await tsa.openssl([
      'ts',
      '-verify',
      '-in',
      'token.tsr',
      '-data',
      'data.bin',
      '-CAfile',
      tsa.caFile,
      '-untrusted',
      tsa.tsaCertFile,
    ]);
    expect(output).toContain('Verification: OK');
    expect(code).toBe(0);
  });

  it('detects a changed genTime, and openssl agrees', async () => {
    const altered = alterGenTime(token);
    const result = await sut(altered, data);
    expect(result).toMatchObject({ ok: false, problem: 'the token was altered after the TSA signed it' });
    writeFileSync(join(tsa.dir, 'altered.tsr'), altered);
    const { code } = await tsa.openssl([
      'ts',
      '-verify',
      '-in',
      'altered.tsr',
      '-data',
      'data.bin',
      '-CAfile',
      tsa.caFile,
      '-untrusted',
      tsa.tsaCertFile,
    ]);
    expect(code).not.toBe(0);
  });

  it('detects a changed signature byte, and openssl agrees', async () => {
    const altered = token.slice();
    altered[altered.length - 3] = altered[altered.length - 3]! ^ 0x40; // the signature ends the DER
    expect((await sut(altered, data)).problem).toBe('the TSA signature is invalid');
    writeFileSync(join(tsa.dir, 'badsig.tsr'), altered);
    const { code } = await tsa.openssl([
      'ts',
      '-verify',
      '-in',
      'badsig.tsr',
      '-data',
      'data.bin',
      '-CAfile',
      tsa.caFile,
      '-untrusted',
      tsa.tsaCertFile,
    ]);
    expect(code).not.toBe(0);
  });

  it('rejects other data, an untrusted CA and bytes that are not a token', async () => {
    expect((await sut(token, utf8('other'))).problem).toMatch(/does not cover this data/);
    const other = await startLocalTsa();
    try {
      expect((await sut(token, data, { trustedCertsPem: other.caPem })).problem).toBe(
        'the TSA certificate does not chain to a trusted CA',
      );
    } finally {
      await other.close();
    }
    expect((await sut(utf8('junk'), data)).problem).toMatch(/^the timestamp is unreadable/);
  });

  it('falls back to the next TSA and asks all of them unless told firstOnly', async () => {
    const tokens = await createTsaClient({
      urls: [`${tsa.url}/down`, `${tsa.url}/tsa`, `${tsa.url}/tsa2`],
    }).timestamp(data);
    expect(tokens.map((t) => t.tsaUrl)).toEqual([`${tsa.url}/tsa`, `${tsa.url}/tsa2`]);
    const first = await createTsaClient({
      urls: [`${tsa.url}/tsa`, `${tsa.url}/tsa2`],
      firstOnly: true,
    }).timestamp(data);
    expect(first).toHaveLength(1);
  });

  it('fails with fetch_failed naming each TSA and why, and refuses a replayed reply', async () => {
    const client = createTsaClient({ urls: [`${tsa.url}/down`, `${tsa.url}/junk`, `${tsa.url}/replay`] });
    const err = await client.timestamp(data).catch((e: unknown) => e);
    expect(isDomainError(err) && err.code).toBe('fetch_failed');
    const message = (err as Error).message;
    expect(message).toContain(`${tsa.url}/down: HTTP 503`);
    expect(message).toContain(`${tsa.url}/junk: the timestamp is unreadable`);
    expect(message).toContain(`${tsa.url}/replay: the reply does not carry the nonce sent`);
  });

  it('stores a checkpoint’s tokens, taken over its checkpoint.json bytes', async () => {
    const checkpoints = new InMemoryCheckpointStore();
    const cp: SignedCheckpoint = {
      seq: 3,
      hash: 'a'.repeat(64),
      at: new Date('2026-05-01T12:00:00Z'),
      algorithm: 'Ed25519',
      keyFingerprint: 'b'.repeat(64),
      signature: 'c2ln',
    };
    await checkpoints.save(cp);
    const stored = await timestampCheckpoint(
      { checkpoints, timestamper: createTsaClient({ urls: [`${tsa.url}/tsa`] }) },
      cp,
    );
    expect(await checkpoints.timestamps(3)).toEqual(stored);
    expect((await sut(stored[0]!.token, checkpointToJson(cp))).ok).toBe(true);
  });
});
