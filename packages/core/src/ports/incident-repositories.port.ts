import type { ClaimEvent } from '../domain/claim';
import type { Comment } from '../domain/comment';
import type { Grade, Incident, IncidentStatus, NewIncident } from '../domain/incident';
import type { GradeHistoryEntry, IncidentMediaLink, StoredReconciliation } from '../domain/incident-records';
import type { Page } from './repositories.port';

/** Filters of the incident list; all optional, combined with AND. Merged incidents never show. */
export interface IncidentListQuery {
  limit: number;
  cursor?: string | null;
  status?: IncidentStatus;
  grade?: Grade;
  kind?: ClaimEvent;
  /** Incidents whose place has coordinates within `km` of the point. */
  near?: { lat: number; lon: number; km: number };
  /** Incidents whose dates overlap [dateFrom, dateTo] (YYYY-MM-DD, either end may be open). */
  dateFrom?: string;
  dateTo?: string;
  /** Words that must appear in the title or place name (case-insensitive substring). */
  text?: string;
}

/** Where to look for incidents a claim may belong to; the core rules then rank them. */
export interface IncidentCandidateQuery {
  /** The claim's days, widened by the caller's slack. */
  dateFrom?: string | null;
  dateTo?: string | null;
  /** A bounding box around the claim's point. */
  box?: { minLat: number; maxLat: number; minLon: number; maxLon: number } | null;
  /** Same country and first-level region. */
  region?: { country: string; admin1: string | null } | null;
  limit: number;
}

export interface IncidentRepository {
  /** Stores a new incident (id from the id generator unless given); timestamps come from the store clock. */
  create(incident: NewIncident, opts?: { id?: string }): Promise<Incident>;
  get(id: string): Promise<Incident | null>;
  /**
   * Reads the incident and, inside a transaction, holds it until commit (PostgreSQL `FOR UPDATE`;
   * SQLite transactions are serial already), so concurrent changes to one incident apply in turn.
   */
  getForUpdate(id: string): Promise<Incident | null>;
  /** Writes every field of the incident and stamps `updatedAt`. @throws DomainError('not_found') */
  update(incident: Incident): Promise<Incident>;
  /** Retires an incident merged into another; it keeps its row (and history) but leaves lists. */
  markMerged(id: string, intoId: string): Promise<void>;
  /** Newest first, cursor-paginated. */
  list(q: IncidentListQuery): Promise<Page<Incident>>;
  /** Unmerged incidents matching any of the given hints, most recently updated first. */
  candidates(q: IncidentCandidateQuery): Promise<Incident[]>;
  addGradeChange(entry: Omit<GradeHistoryEntry, 'id' | 'at'>): Promise<GradeHistoryEntry>;
  /** Oldest first. */
  gradeHistory(incidentId: string): Promise<GradeHistoryEntry[]>;
  count(): Promise<number>;
}

export interface ReconciliationRepository {
  /** Stores one recomputation; earlier ones are kept. */
  save(r: Omit<StoredReconciliation, 'id' | 'computedAt'>): Promise<StoredReconciliation>;
  latest(incidentId: string): Promise<StoredReconciliation | null>;
  /** Newest first. */
  history(incidentId: string, limit: number): Promise<StoredReconciliation[]>;
}

export interface CommentRepository {
  add(comment: Omit<Comment, 'createdAt'>): Promise<Comment>;
  /** Oldest first. */
  listByIncident(incidentId: string): Promise<Comment[]>;
  /** On merge: the retired incident's comments follow its claims. */
  moveToIncident(fromIncidentId: string, toIncidentId: string): Promise<number>;
}

export interface MediaLinkRepository {
  /** @throws DomainError('conflict') when the media item is already linked to the incident. */
  link(l: Omit<IncidentMediaLink, 'linkedAt'>): Promise<IncidentMediaLink>;
  /** False when there was no such link. */
  unlink(incidentId: string, mediaId: string): Promise<boolean>;
  /** Oldest first. */
  listByIncident(incidentId: string): Promise<IncidentMediaLink[]>;
  /** On merge: links not already on the survivor move to it. */
  moveToIncident(fromIncidentId: string, toIncidentId: string): Promise<number>;
}
