import { DomainError, notFound, type Claim, type Incident, type Repositories } from '@corroborate/core';

/**
 * The incident, or 404. `live` is for changes: it holds the incident until the transaction ends (so
 * concurrent changes apply in turn) and refuses one merged into another (409).
 */
export const requireIncident = async (
  repos: Repositories,
  id: string,
  opts: { live?: boolean } = {},
): Promise<Incident> => {
  const incident = opts.live ? await repos.incidents.getForUpdate(id) : await repos.incidents.get(id);
  if (!incident) throw notFound('incident', id);
  if (opts.live && incident.mergedIntoId)
    throw new DomainError(
      'conflict',
      `incident ${id} was merged into ${incident.mergedIntoId}: change that one`,
    );
  return incident;
};

export const requireClaim = async (repos: Repositories, id: string): Promise<Claim> => {
  const claim = await repos.claims.get(id);
  if (!claim) throw notFound('claim', id);
  return claim;
};
