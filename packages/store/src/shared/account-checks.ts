import { DomainError, ROLES, type Issue, type NewUser } from '@corroborate/core';

/** User names as @mentions can name them: letters, digits, _ . - ; starting with a letter, digit or _. */
export const USERNAME_PATTERN = /^[a-z0-9_][a-z0-9_.-]{0,38}$/i;

export function checkNewUser(u: NewUser): void {
  const issues: Issue[] = [];
  if (!USERNAME_PATTERN.test(u.username))
    issues.push({ path: ['username'], message: '1–39 letters, digits, _ . or -, not starting with . or -' });
  if (u.displayName.trim() === '' || u.displayName.length > 200)
    issues.push({ path: ['displayName'], message: 'must be 1–200 characters' });
  if (u.email !== null && !/^[^\s@]+@[^\s@]+$/.test(u.email))
    issues.push({ path: ['email'], message: 'is not an e-mail address' });
  if (!(ROLES as readonly string[]).includes(u.role))
    issues.push({ path: ['role'], message: `unknown role "${u.role}"` });
  if (!u.passwordHash.startsWith('$argon2'))
    issues.push({ path: ['passwordHash'], message: 'must be an argon2 PHC string' });
  if ([u.displayName, u.email ?? ''].some((t) => t.includes('\u0000')))
    issues.push({ path: ['displayName'], message: 'contains a NUL character' });
  if (issues.length > 0)
    throw new DomainError('validation_failed', `user ${u.username}: ${issues[0]?.message ?? ''}`, issues);
}
