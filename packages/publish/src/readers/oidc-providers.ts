import { DomainError } from '@corroborate/core';

/** One OpenID Connect provider readers may sign in with. */
export interface OidcProviderConfig {
  /** Short id used in URLs ("github", "google"). */
  id: string;
  /** Shown on the sign-in button. */
  name: string;
  /** Issuer URL; discovery reads {issuer}/.well-known/openid-configuration. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Default "openid profile email". */
  scope?: string;
}

/**
 * Checks a provider list: unique ids of [a-z0-9-], https issuers (http only for 127.0.0.1/localhost
 * when `allowHttpLocalhost`, as in tests), non-empty client credentials.
 */
export function checkOidcProviders(
  providers: readonly OidcProviderConfig[],
  options: { allowHttpLocalhost?: boolean } = {},
): readonly OidcProviderConfig[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const seen = new Set<string>();
  providers.forEach((p, i) => {
    if (!/^[a-z0-9-]{1,32}$/.test(p.id) || seen.has(p.id))
      issues.push({ path: [i, 'id'], message: `id ${JSON.stringify(p.id)} is invalid or repeated` });
    seen.add(p.id);
    if (!issuerAllowed(p.issuer, options.allowHttpLocalhost ?? false)) {
      issues.push({
        path: [i, 'issuer'],
        message: `issuer ${JSON.stringify(p.issuer)} must be an https URL`,
      });
    }
    if (!p.clientId || !p.clientSecret)
      issues.push({ path: [i, 'clientId'], message: 'client id and secret are required' });
  });
  if (issues.length > 0) {
    throw new DomainError(
      'validation_failed',
      `sign-in providers: ${issues.map((x) => x.message).join('; ')}`,
      issues,
    );
  }
  return providers;
}

function issuerAllowed(issuer: string, allowHttpLocalhost: boolean): boolean {
  try {
    const url = new URL(issuer);
    if (url.protocol === 'https:') return true;
    return (
      allowHttpLocalhost &&
      url.protocol === 'http:' &&
      ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
    );
  } catch {
    return false;
  }
}
