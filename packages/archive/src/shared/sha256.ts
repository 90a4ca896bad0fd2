import { toArrayBuffer, toHex, utf8 } from './bytes';

// WebCrypto rather than node:crypto so verification code also runs in a browser page.

/** SHA-256 of the bytes (strings as UTF-8). */
export async function sha256Bytes(data: Uint8Array | string): Promise<Uint8Array> {
  const bytes = typeof data === 'string' ? utf8(data) : data;
  // Views over an ordinary ArrayBuffer go in as they are (no copy of a large file); others are copied.
  const input =
    bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : toArrayBuffer(bytes);
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', input));
}

/** SHA-256 of the bytes (strings as UTF-8), lowercase hex. */
export const sha256Hex = async (data: Uint8Array | string): Promise<string> => toHex(await sha256Bytes(data));

/** True for a lowercase hex SHA-256 digest. */
export const isSha256Hex = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
