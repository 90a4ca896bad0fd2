import { DomainError, notFound, type Actor, type Role, type UserAccount } from '@corroborate/core';
import type { UseCaseDeps } from '../use-case-deps';
import { userAuditView } from './create-user';

// An admin who demotes or disables themselves could leave nobody able to manage accounts.
const notSelf = (actor: Actor, userId: string, what: string): void => {
  if (actor.id === userId) throw new DomainError('conflict', `you cannot ${what} your own account`);
};

/** Changes a user's role (admins only, by route), audited. */
export const setUserRole = (
  deps: UseCaseDeps,
  userId: string,
  role: Role,
  actor: Actor,
): Promise<UserAccount> =>
  deps.store.transaction(async (tx) => {
    notSelf(actor, userId, 'change the role of');
    const before = await tx.users.get(userId);
    if (!before) throw notFound('user', userId);
    const after = await tx.users.setRole(userId, role);
    await tx.audit.append({
      actorId: actor.id,
      action: 'user.role',
      entityType: 'user',
      entityId: userId,
      before: userAuditView(before),
      after: userAuditView(after),
    });
    return after;
  });

/** Disables (and signs out everywhere) or re-enables a user, audited. */
export const setUserDisabled = (
  deps: UseCaseDeps,
  userId: string,
  disabled: boolean,
  actor: Actor,
): Promise<UserAccount> =>
  deps.store.transaction(async (tx) => {
    notSelf(actor, userId, disabled ? 'disable' : 'enable');
    const before = await tx.users.get(userId);
    if (!before) throw notFound('user', userId);
    const after = await tx.users.setDisabled(userId, disabled);
    if (disabled) await tx.sessions.deleteForUser(userId);
    await tx.audit.append({
      actorId: actor.id,
      action: disabled ? 'user.disable' : 'user.enable',
      entityType: 'user',
      entityId: userId,
      before: userAuditView(before),
      after: userAuditView(after),
    });
    return after;
  });
