import { type Actor, type NewUser, type Role, type UserAccount } from '@corroborate/core';
import { checkPassword } from '../../auth/passwords';
import type { UseCaseDeps } from '../use-case-deps';

export interface CreateUserInput {
  username: string;
  displayName?: string;
  email?: string | null;
  role: Role;
  password: string;
}

/** The audit entry's view of a user: never a hash or a secret. */
export const userAuditView = (u: UserAccount) => ({
  username: u.username,
  displayName: u.displayName,
  email: u.email,
  role: u.role,
  disabled: u.disabled,
});

/**
 * Creates a local account with an argon2id password hash, audited. `actor` is null when the command
 * line creates the first admin.
 * @throws DomainError('validation_failed') for a bad name, role or password; 'conflict' for a taken name.
 */
export const createUser = async (
  deps: UseCaseDeps,
  input: CreateUserInput,
  actor: Actor | null,
): Promise<UserAccount> => {
  checkPassword(input.password);
  const fields: NewUser = {
    username: input.username,
    displayName: input.displayName?.trim() || input.username,
    email: input.email ?? null,
    role: input.role,
    passwordHash: await deps.passwords.hash(input.password),
  };
  return deps.store.transaction(async (tx) => {
    const user = await tx.users.create(fields);
    await tx.audit.append({
      actorId: actor?.id ?? null,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: userAuditView(user),
    });
    return user;
  });
};
