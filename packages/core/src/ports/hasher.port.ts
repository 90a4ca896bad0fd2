export interface Hasher {
  /** SHA-256 of the bytes (strings as UTF-8), lowercase hex. */
  sha256(data: string | Uint8Array): string;
}
