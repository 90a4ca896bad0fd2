import { DomainError } from '@corroborate/core';
import type { TokenCheck } from './signed-token';

const REASONS: Record<Exclude<TokenCheck, { ok: true }>['reason'], string> = {
  malformed: 'is malformed',
  bad_signature: 'has an invalid signature',
  wrong_purpose: 'is not meant for this',
  expired: 'has expired',
};

/** The user-facing error for a refused token: "confirmation link has expired" (code forbidden). */
export function tokenRefused(what: string, check: Exclude<TokenCheck, { ok: true }>): DomainError {
  return new DomainError('forbidden', `${what} ${REASONS[check.reason]}`);
}
