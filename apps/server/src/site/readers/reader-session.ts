import type { TokenSigner } from '@corroborate/publish';

/** Who a signed-in reader is, as their session cookie carries it (no investigator rights at all). */
export interface ReaderSession {
  provider: string;
  subject: string;
  displayName: string;
  avatarUrl: string | null;
  expiresAt: number;
}

/** Separate from the investigators' `corroborate_session`: a reader cookie opens no API route. */
export const READER_COOKIE = 'corroborate_reader';
export const PENDING_LOGIN_COOKIE = 'corroborate_reader_login';
export const READER_SESSION_TTL_MS = 30 * 24 * 3_600_000;

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
const unb64 = (s: string): string => Buffer.from(s, 'base64url').toString('utf8');

/** `payload.signature`, the purpose bound into what is signed so one cookie cannot pass for another. */
export const sealCookie = (signer: TokenSigner, purpose: string, value: unknown): string => {
  const payload = b64(JSON.stringify(value));
  return `${payload}.${signer.sign(`${purpose}.${payload}`)}`;
};

/** The value of a cookie made by sealCookie, or null when it is missing, forged or malformed. */
export const openCookie = (signer: TokenSigner, purpose: string, raw: string | undefined): unknown => {
  if (!raw) return null;
  const dot = raw.indexOf('.');
  if (dot <= 0) return null;
  const payload = raw.slice(0, dot);
  if (!signer.verify(`${purpose}.${payload}`, raw.slice(dot + 1))) return null;
  try {
    return JSON.parse(unb64(payload)) as unknown;
  } catch {
    return null;
  }
};

const isSession = (v: unknown): v is ReaderSession =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as ReaderSession).provider === 'string' &&
  typeof (v as ReaderSession).subject === 'string' &&
  typeof (v as ReaderSession).displayName === 'string' &&
  typeof (v as ReaderSession).expiresAt === 'number';

/** The reader signed in by this cookie, or null (missing, forged, expired). */
export const readerFromCookie = (
  signer: TokenSigner,
  raw: string | undefined,
  now: Date,
): ReaderSession | null => {
  const v = openCookie(signer, 'reader-session', raw);
  return isSession(v) && v.expiresAt > now.getTime() ? v : null;
};

/** Stable key for rate limits and bans. */
export const readerAuthorKey = (r: Pick<ReaderSession, 'provider' | 'subject'>): string =>
  `reader:${r.provider}:${r.subject}`;

/** Only same-site paths: "/a/x" yes, "//evil.example" or "https://…" no. */
export const safeReturnPath = (raw: string | undefined): string =>
  raw && raw.startsWith('/') && !raw.startsWith('//') && !raw.includes('\\') ? raw : '/';
