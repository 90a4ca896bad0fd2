import { chmodSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDomainError } from '@corroborate/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadOrCreateSigner } from './ed25519-signer';
import { FileKeyStore } from './file-key.store';

describe.skipIf(process.platform === 'win32')('FileKeyStore', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the private key with mode 0600 at first start and loads the same key after', async () => {
    const sut = new FileKeyStore(dir);
    const first = await loadOrCreateSigner(sut);
    expect(statSync(sut.privatePath).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'keys')).mode & 0o077).toBe(0);
    const again = await loadOrCreateSigner(new FileKeyStore(dir));
    expect(again.fingerprint).toBe(first.fingerprint);
  });

  it('gives starters racing each other one and the same key, leaving no temp files', async () => {
    const signers = await Promise.all(
      Array.from({ length: 6 }, () => loadOrCreateSigner(new FileKeyStore(dir))),
    );
    expect(new Set(signers.map((s) => s.fingerprint)).size).toBe(1);
    expect(readdirSync(join(dir, 'keys')).sort()).toEqual([
      'checkpoint-ed25519.pem',
      'checkpoint-ed25519.pub.pem',
    ]);
    expect(readFileSync(join(dir, 'keys', 'checkpoint-ed25519.pub.pem'), 'utf8')).toBe(
      signers[0]!.publicKeyPem,
    );
  });

  it('refuses a key file others can read, saying how to fix it', async () => {
    const sut = new FileKeyStore(dir);
    await loadOrCreateSigner(sut);
    chmodSync(sut.privatePath, 0o644);
    const err = await sut.load().catch((e: unknown) => e);
    expect(isDomainError(err) && err.code).toBe('forbidden');
    expect((err as Error).message).toContain('chmod 600');
  });

  it('never overwrites an existing key', async () => {
    const sut = new FileKeyStore(dir);
    await loadOrCreateSigner(sut);
    const err = await sut.create({ privateKeyPem: 'x', publicKeyPem: 'y' }).catch((e: unknown) => e);
    expect(isDomainError(err) && err.code).toBe('conflict');
  });
});
