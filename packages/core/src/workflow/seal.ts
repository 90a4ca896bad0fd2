import { DomainError } from '../domain/errors';
import type { Incident, IncidentStatus } from '../domain/incident';
import { roleAtLeast } from '../domain/user';
import type { Actor } from './actor';

/** Statuses past review: the record is sealed and only editors and admins may change it. */
export const SEALED_STATUSES: readonly IncidentStatus[] = ['verified', 'published'];

export const isSealed = (incident: Pick<Incident, 'status'>): boolean =>
  SEALED_STATUSES.includes(incident.status);

/**
 * Throws unless the actor may change the incident's fields or status: viewers never may,
 * and a sealed incident (verified, published) only by an editor or admin.
 * @throws DomainError('forbidden')
 */
export const assertCanEdit = (incident: Pick<Incident, 'id' | 'status'>, actor: Actor): void => {
  if (!roleAtLeast(actor.role, 'analyst'))
    throw new DomainError(
      'forbidden',
      `user ${actor.id} (${actor.role}) may not change incident ${incident.id}`,
    );
  if (isSealed(incident) && !roleAtLeast(actor.role, 'editor'))
    throw new DomainError(
      'forbidden',
      `incident ${incident.id} is ${incident.status}: only editors and admins may change it`,
    );
};
