import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import { isDomainError } from '@corroborate/core';
import type { KeyStore, StoredKeyPair } from './key-store.port';
import { publicKeyFingerprint } from './public-key';

/** Signs checkpoints with the instance key (node:crypto; the private key never leaves this object). */
export interface CheckpointSigner {
  publicKeyPem: string;
  /** SHA-256 of the public key's SPKI DER, lowercase hex. */
  fingerprint: string;
  sign(payload: Uint8Array): Uint8Array;
}

function newPair(): StoredKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

async function signerFrom(pair: StoredKeyPair): Promise<CheckpointSigner> {
  const key = createPrivateKey(pair.privateKeyPem);
  const fingerprint = await publicKeyFingerprint(pair.publicKeyPem);
  if (key.asymmetricKeyType !== 'ed25519' || !fingerprint)
    throw new Error('stored signing key is not an Ed25519 pair');
  return {
    publicKeyPem: pair.publicKeyPem,
    fingerprint,
    sign: (payload) => new Uint8Array(sign(null, payload, key)),
  };
}

/** The instance's signer: the stored key, or a new Ed25519 key made and stored at first start. */
export async function loadOrCreateSigner(keys: KeyStore): Promise<CheckpointSigner> {
  const existing = await keys.load();
  if (existing) return signerFrom(existing);
  const pair = newPair();
  try {
    await keys.create(pair);
  } catch (err) {
    // Another process made the key first: use theirs.
    if (!isDomainError(err) || err.code !== 'conflict') throw err;
    const theirs = await keys.load();
    if (!theirs) throw err;
    return signerFrom(theirs);
  }
  return signerFrom(pair);
}
