import type { BlobStore } from '@corroborate/core';
import type { MailSite, OidcProviderConfig, TokenSigner } from '@corroborate/publish';
import { oidcProvidersFromEnv } from './readers/oidc-config';
import { siteMail } from './mail/site-mail-from-env';
import type { SiteMail } from './mail/site-mail';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { MailRequestLimiter } from './mail-request-limiter';
import { PageCache } from './page-cache';
import { siteSettingsFromEnv, type SiteSettings } from './site-settings';

/** What the public site's routes share: use-case ports, settings, the page cache, media bytes. */
export interface SiteContext {
  deps: UseCaseDeps;
  settings: SiteSettings;
  cache: PageCache;
  /** Where media thumbnails live; without it evidence images are not served. */
  blobs: BlobStore | null;
  mail: SiteMail;
  /** Subscribe and e-mail sign-in requests per client and hour. */
  mailLimiter: MailRequestLimiter;
  /** OpenID Connect providers readers may sign in with. */
  oidc: { providers: OidcProviderConfig[]; allowHttpLocalhost: boolean };
}

/** Optional extras the composition root may pass along with the server deps. */
export interface SiteOptions {
  blobs?: BlobStore;
  site?: Partial<SiteSettings>;
  /** Token signer for subscription and sign-in links (default: CORROBORATE_SIGNING_SECRETS). */
  signer?: TokenSigner;
  mailSite?: Partial<MailSite>;
  /** Default: CORROBORATE_OIDC_PROVIDERS. */
  oidcProviders?: OidcProviderConfig[];
  /** http issuers on 127.0.0.1 (tests only). */
  allowHttpOidc?: boolean;
}

export const createSiteContext = (deps: UseCaseDeps, opts: SiteOptions): SiteContext => {
  const settings = { ...siteSettingsFromEnv(), ...opts.site };
  return {
    deps,
    settings,
    cache: new PageCache(),
    mailLimiter: new MailRequestLimiter(),
    blobs: opts.blobs ?? null,
    oidc: {
      providers: opts.oidcProviders ?? oidcProvidersFromEnv(),
      allowHttpLocalhost: opts.allowHttpOidc ?? false,
    },
    mail: siteMail(settings, {
      ...(opts.signer ? { signer: opts.signer } : {}),
      ...(opts.mailSite ? { mailSite: opts.mailSite } : {}),
    }),
  };
};
