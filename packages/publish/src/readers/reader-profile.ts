import { httpUrlOrNull } from '../sanitize/safe-url';
import { sanitizeText } from '../sanitize/sanitize-text';

/** A reader as an identity provider describes them. */
export interface ReaderProfile {
  /** The provider's id from the configuration ("github", "e-mail"). */
  provider: string;
  /** The provider's stable user id (`sub`), or the address for e-mail sign-in. */
  subject: string;
  displayName: string;
  email: string | null;
  emailVerified: boolean;
  /** https avatar URL (from `picture`), or null. */
  avatarUrl: string | null;
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * Maps OpenID Connect claims to a profile: name, else given + family name, else preferred_username
 * or nickname, else the e-mail's local part. Texts are sanitized; the avatar must be http(s).
 */
export function readerProfileFromClaims(provider: string, claims: Record<string, unknown>): ReaderProfile {
  const email = str(claims.email)?.trim().toLowerCase() ?? null;
  const joined = [str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ');
  const name =
    str(claims.name) ??
    (joined || undefined) ??
    str(claims.preferred_username) ??
    str(claims.nickname) ??
    email?.split('@')[0];
  return {
    provider,
    subject: str(claims.sub) ?? '',
    displayName: sanitizeText(name ?? 'Reader', { maxLength: 80 }) || 'Reader',
    email,
    emailVerified: claims.email_verified === true,
    avatarUrl: httpUrlOrNull(str(claims.picture)),
  };
}

/** The profile of a reader who signed in with a magic link. */
export const readerProfileFromEmail = (email: string): ReaderProfile =>
  readerProfileFromClaims('e-mail', { sub: email, email, email_verified: true });
