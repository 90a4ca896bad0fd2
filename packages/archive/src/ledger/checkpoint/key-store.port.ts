/** An Ed25519 key pair as PEM: PKCS#8 private key, SPKI public key. */
export interface StoredKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
}

/** Keeps the instance's checkpoint signing key. */
export interface KeyStore {
  /** The stored pair, or null before the first start. */
  load(): Promise<StoredKeyPair | null>;
  /** Stores a new pair; refuses (DomainError 'conflict') when one exists, so a key is never replaced. */
  create(pair: StoredKeyPair): Promise<void>;
}
