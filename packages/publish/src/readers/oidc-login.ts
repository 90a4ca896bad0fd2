import * as oidc from 'openid-client';
import { DomainError, notFound } from '@corroborate/core';
import { checkOidcProviders } from './oidc-providers';
import type { OidcProviderConfig } from './oidc-providers';
import { readerProfileFromClaims } from './reader-profile';
import type { ReaderProfile } from './reader-profile';

/** What the server keeps (in a signed/encrypted cookie) between redirect and callback. */
export interface PendingLogin {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcLoginOptions {
  providers: readonly OidcProviderConfig[];
  /** The callback URL registered with each provider, e.g. https://site/sign-in/{id}/callback. */
  redirectUri: (providerId: string) => string;
  /** Allow http issuers on localhost (tests and local development only). */
  allowHttpLocalhost?: boolean;
}

export interface OidcLogin {
  /** Buttons to show: id and name of each provider. */
  providers(): { id: string; name: string }[];
  /** Authorization URL (code flow, PKCE S256, state, nonce) and what to keep until the callback. */
  start(providerId: string): Promise<{ url: string; pending: PendingLogin }>;
  /** Checks the callback, redeems the code, reads id_token and userinfo claims into a profile. */
  finish(callbackUrl: string, pending: PendingLogin): Promise<ReaderProfile>;
}

/** Generic OpenID Connect sign-in over openid-client 6, one discovery per provider (cached). */
export function createOidcLogin(options: OidcLoginOptions): OidcLogin {
  const providers = checkOidcProviders(options.providers, {
    allowHttpLocalhost: options.allowHttpLocalhost ?? false,
  });
  const configs = new Map<string, Promise<oidc.Configuration>>();

  const provider = (id: string): OidcProviderConfig => {
    const found = providers.find((p) => p.id === id);
    if (!found) throw notFound('sign-in provider', id);
    return found;
  };

  const configuration = (p: OidcProviderConfig): Promise<oidc.Configuration> => {
    let config = configs.get(p.id);
    if (!config) {
      const insecure = new URL(p.issuer).protocol === 'http:';
      config = oidc.discovery(new URL(p.issuer), p.clientId, p.clientSecret, undefined, {
        ...(insecure ? { execute: [oidc.allowInsecureRequests] } : {}),
      });
      // A failed discovery is retried on the next sign-in instead of being cached.
      config.catch(() => configs.delete(p.id));
      configs.set(p.id, config);
    }
    return config.catch((err: unknown) => {
      throw failed(p, err);
    });
  };

  return {
    providers: () => providers.map(({ id, name }) => ({ id, name })),

    async start(providerId) {
      const p = provider(providerId);
      const config = await configuration(p);
      const pending: PendingLogin = {
        providerId,
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: options.redirectUri(providerId),
        scope: p.scope ?? 'openid profile email',
        response_type: 'code',
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
        state: pending.state,
        nonce: pending.nonce,
      });
      return { url: url.href, pending };
    },

    async finish(callbackUrl, pending) {
      const p = provider(pending.providerId);
      const config = await configuration(p);
      try {
        const tokens = await oidc.authorizationCodeGrant(config, new URL(callbackUrl), {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) throw new Error('the provider returned no id_token');
        // Many providers put name and picture only in userinfo when an access token is issued.
        const userInfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
        return readerProfileFromClaims(p.id, { ...userInfo, ...definedOnly(idClaims) });
      } catch (err) {
        throw failed(p, err);
      }
    },
  };
}

const definedOnly = (claims: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(claims).filter(([, v]) => v !== undefined));

function failed(p: OidcProviderConfig, err: unknown): DomainError {
  return new DomainError('unauthenticated', `sign-in with ${p.name} failed: ${reasonOf(err).slice(0, 300)}`);
}

// openid-client puts the useful detail in `cause` (e.g. 'unexpected "state" response parameter
// value') or, for a provider's error redirect, in error/error_description.
function reasonOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const { cause, error_description: description } = err as Error & { error_description?: unknown };
  const detail =
    typeof description === 'string' ? description : cause instanceof Error ? cause.message : undefined;
  return detail ? `${err.message} (${detail})` : err.message;
}
