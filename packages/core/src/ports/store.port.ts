import type { AuditEvent, NewAuditEvent } from '../domain/audit-event';
import type { ApiTokenRepository, SessionRepository, UserRepository } from './account-repositories.port';
import type {
  CommentRepository,
  IncidentRepository,
  MediaLinkRepository,
  ReconciliationRepository,
} from './incident-repositories.port';
import type { JobQueue } from './job-queue.port';
import type { HashListRepository, MediaRepository } from './media-repositories.port';
import type {
  CaptureRepository,
  CheckpointRepository,
  LedgerRepository,
} from './preservation-repositories.port';
import type { SiteRepository } from './site-repository.port';
import type {
  MailOutboxRepository,
  SubscriptionRepository,
  UsedTokenRepository,
} from './subscription-repositories.port';
import type { ClaimRepository, DocumentRepository, SourceRepository } from './repositories.port';

/** Which audit entries to read: one entity, or every entity of a type, after a seq. */
export interface AuditQuery {
  entityType: string;
  entityId?: string;
  /** Entries with a larger seq only (the cursor of the previous page). */
  afterSeq?: number;
  limit: number;
}

export interface AuditLog {
  append(event: NewAuditEvent): Promise<AuditEvent>;
  iterate(): AsyncIterable<AuditEvent>;
  /** In seq order. */
  listByEntity(q: AuditQuery): Promise<AuditEvent[]>;
}

/** Repositories that share one transaction. */
export interface Repositories {
  documents: DocumentRepository;
  sources: SourceRepository;
  claims: ClaimRepository;
  jobs: JobQueue;
  audit: AuditLog;
  incidents: IncidentRepository;
  reconciliations: ReconciliationRepository;
  comments: CommentRepository;
  mediaLinks: MediaLinkRepository;
  users: UserRepository;
  sessions: SessionRepository;
  apiTokens: ApiTokenRepository;
  media: MediaRepository;
  hashLists: HashListRepository;
  /** Hash-chained record of stored objects and audit events; the store appends to it itself. */
  ledger: LedgerRepository;
  checkpoints: CheckpointRepository;
  captures: CaptureRepository;
  /** The public site's tables; optional so in-memory fakes of the other ports need not carry it. */
  site?: SiteRepository;
  subscriptions?: SubscriptionRepository;
  usedTokens?: UsedTokenRepository;
  outbox?: MailOutboxRepository;
}

/** A database behind the ports: SQLite or PostgreSQL. */
export interface Store extends Repositories {
  readonly engine: 'sqlite' | 'postgres';
  /** Runs fn in one transaction: all its writes land, or none. */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}
