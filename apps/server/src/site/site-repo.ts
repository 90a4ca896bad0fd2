import { DomainError, type Repositories, type SiteRepository } from '@corroborate/core';

/** The store's site tables; a store without them cannot serve the public site. */
export const siteRepo = (repos: Repositories): SiteRepository => {
  if (!repos.site)
    throw new DomainError('internal', 'this store has no public-site tables (site repository)');
  return repos.site;
};
