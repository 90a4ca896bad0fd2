import { DomainError } from '@corroborate/core';

/** The `token` query parameter of a mailed link; a link without one is malformed (400), not forbidden. */
export const tokenParam = (query: { token?: string }, what: string): string => {
  const token = query.token?.trim() ?? '';
  if (token === '') throw new DomainError('validation_failed', `${what} link has no token`);
  return token;
};
