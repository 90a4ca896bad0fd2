import { DomainError, type Actor } from '@corroborate/core';
import { newTotpSecret, otpauthUri, verifyTotp } from '../../auth/totp';
import type { UseCaseDeps } from '../use-case-deps';

/** Starts TOTP enrolment: a new secret, pending until a code from it is confirmed. */
export const enrolTotp = async (
  deps: UseCaseDeps,
  actor: Actor & { username: string },
  issuer: string,
): Promise<{ secret: string; otpauthUri: string }> => {
  const user = await deps.store.users.get(actor.id);
  if (user?.totpEnabled)
    throw new DomainError('conflict', `user ${actor.username} already has a second factor`);
  const secret = newTotpSecret();
  await deps.store.users.setTotp(actor.id, secret, false);
  return { secret, otpauthUri: otpauthUri(issuer, actor.username, secret) };
};

/** Confirms enrolment with a current code; from then on signing in needs a code. Audited. */
export const confirmTotp = (deps: UseCaseDeps, actor: Actor, code: string): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const credentials = await tx.users.getCredentials(actor.id);
    if (!credentials?.totpSecret || credentials.totpEnabled)
      throw new DomainError('conflict', 'no pending second factor: enrol first');
    const step = verifyTotp(credentials.totpSecret, code, deps.clock.now());
    if (step === null)
      throw new DomainError('validation_failed', 'the code does not match the enrolled secret', [
        { path: ['code'], message: 'wrong or expired code' },
      ]);
    await tx.users.setTotp(actor.id, credentials.totpSecret, true);
    await tx.users.useTotpStep(actor.id, step);
    await tx.audit.append({
      actorId: actor.id,
      action: 'user.totp_enable',
      entityType: 'user',
      entityId: actor.id,
      before: { totpEnabled: false },
      after: { totpEnabled: true },
    });
  });
