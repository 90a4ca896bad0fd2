import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { base32Decode, base32Encode } from './base32';

/** RFC 6238 defaults that every authenticator app supports: HMAC-SHA1, 30 s steps, 6 digits. */
export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;

/** RFC 4226 HOTP: the code for one counter value. */
export const hotp = (key: Uint8Array, counter: number, digits = TOTP_DIGITS): string => {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  // Dynamic truncation (RFC 4226 §5.3).
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
};

/** The time step a moment falls in. */
export const totpStep = (at: Date): number => Math.floor(at.getTime() / 1000 / TOTP_STEP_SECONDS);

/** The TOTP code at a moment (RFC 6238). */
export const totpCode = (key: Uint8Array, at: Date, digits = TOTP_DIGITS): string =>
  hotp(key, totpStep(at), digits);

/**
 * Checks a code against the steps around `at` (±`window`, for clock drift). Returns the matching
 * step, so the caller can refuse its reuse, or null. Compares in constant time.
 */
export const verifyTotp = (secretBase32: string, code: string, at: Date, window = 1): number | null => {
  const key = base32Decode(secretBase32);
  if (key === null || key.length === 0 || !/^\d{6}$/.test(code)) return null;
  const now = totpStep(at);
  for (let step = now - window; step <= now + window; step++) {
    if (timingSafeEqual(Buffer.from(hotp(key, step)), Buffer.from(code))) return step;
  }
  return null;
};

/** A new random secret: 160 bits, the HMAC-SHA1 key size RFC 4226 recommends. */
export const newTotpSecret = (): string => base32Encode(randomBytes(20));

/** The otpauth:// URI authenticator apps read from a QR code. */
export const otpauthUri = (issuer: string, account: string, secret: string): string =>
  `otpauth://totp/${encodeURIComponent(`${issuer}:${account}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=${TOTP_DIGITS}&period=${TOTP_STEP_SECONDS}`;
