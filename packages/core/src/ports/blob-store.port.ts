/** Content-addressed bytes: a blob's name is its SHA-256, and a stored blob is never overwritten. */
export interface BlobStore {
  put(bytes: Uint8Array): Promise<{ sha256: string; created: boolean }>;
  get(sha256: string): Promise<Uint8Array | null>;
  has(sha256: string): Promise<boolean>;
  list(): AsyncIterable<string>;
}
