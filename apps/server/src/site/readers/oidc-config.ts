import { DomainError } from '@corroborate/core';
import type { OidcProviderConfig } from '@corroborate/publish';

/**
 * CORROBORATE_OIDC_PROVIDERS: a JSON array of {id, name, issuer, clientId, clientSecret, scope?};
 * each provider's redirect URI is {site}/sign-in/{id}/callback. Absent: e-mail sign-in only.
 */
export const oidcProvidersFromEnv = (env: NodeJS.ProcessEnv = process.env): OidcProviderConfig[] => {
  const raw = env.CORROBORATE_OIDC_PROVIDERS;
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new DomainError('validation_failed', 'CORROBORATE_OIDC_PROVIDERS is not valid JSON');
  }
  if (!Array.isArray(parsed))
    throw new DomainError(
      'validation_failed',
      'CORROBORATE_OIDC_PROVIDERS must be a JSON array of providers',
    );
  return parsed as OidcProviderConfig[];
};
