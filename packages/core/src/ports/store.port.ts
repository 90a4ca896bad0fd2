import type { AuditEvent, NewAuditEvent } from '../domain/audit-event';
import type { JobQueue } from './job-queue.port';
import type { ClaimRepository, DocumentRepository, SourceRepository } from './repositories.port';

export interface AuditLog {
  append(event: NewAuditEvent): Promise<AuditEvent>;
  iterate(): AsyncIterable<AuditEvent>;
}

/** Repositories that share one transaction. */
export interface Repositories {
  documents: DocumentRepository;
  sources: SourceRepository;
  claims: ClaimRepository;
  jobs: JobQueue;
  audit: AuditLog;
}

/** A database behind the ports: SQLite or PostgreSQL. */
export interface Store extends Repositories {
  readonly engine: 'sqlite' | 'postgres';
  /** Runs fn in one transaction: all its writes land, or none. */
  transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T>;
  migrate(): Promise<string[]>;
  close(): Promise<void>;
}
