/** Signs and checks short strings (HMAC-SHA256 in production). */
export interface TokenSigner {
  /** A base64url signature of the data. */
  sign(data: string): string;
  /** True when the signature is valid for the data, compared in constant time. */
  verify(data: string, signature: string): boolean;
}

/** Unguessable random strings (nonces, token ids). */
export interface RandomSource {
  /** base64url of `bytes` random bytes. */
  token(bytes: number): string;
}
