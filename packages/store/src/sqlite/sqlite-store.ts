import { DomainError, type Repositories, type Store } from '@corroborate/core';
import { DEFAULT_JOB_LEASE_MS, type StoreDeps, type StoreOptions } from '../shared/store-deps';
import { SqliteApiTokenRepository } from './sqlite-api-token.repository';
import { SqliteAuditLog } from './sqlite-audit-log';
import { SqliteClaimRepository } from './sqlite-claim.repository';
import { SqliteCommentRepository } from './sqlite-comment.repository';
import { SqliteConnection } from './sqlite-connection';
import { SqliteDocumentRepository } from './sqlite-document.repository';
import { SqliteIncidentRepository } from './sqlite-incident.repository';
import { SqliteJobQueue } from './sqlite-job-queue';
import { SqliteMediaLinkRepository } from './sqlite-media-link.repository';
import { migrateSqlite } from './sqlite-migrator';
import { SqliteReconciliationRepository } from './sqlite-reconciliation.repository';
import { SqliteAuthSessionRepository } from './sqlite-auth-session.repository';
import { SqliteGate, type SqliteSession } from './sqlite-session';
import { SqliteSourceRepository } from './sqlite-source.repository';
import { SqliteUserRepository } from './sqlite-user.repository';
import { SqliteHashListRepository } from './sqlite-hash-list.repository';
import { SqliteMediaRepository } from './sqlite-media.repository';
import { SqliteLedgerRepository } from './sqlite-ledger.repository';
import { SqliteCheckpointRepository } from './sqlite-checkpoint.repository';
import { SqliteCaptureRepository } from './sqlite-capture.repository';
import { withLedger } from '../shared/ledger-hooks';
import { SqlSiteRepository } from '../site/sql-site.repository';
import { SqlSubscriptionRepository } from '../site/sql-subscription.repository';
import { SqlMailOutboxRepository, SqlUsedTokenRepository } from '../site/sql-mail.repository';
import { sqliteExec } from '../site/sql-exec';

const repositories = (session: SqliteSession, deps: StoreDeps, leaseMs: number): Repositories => ({
  documents: new SqliteDocumentRepository(session, deps),
  sources: new SqliteSourceRepository(session, deps),
  claims: new SqliteClaimRepository(session, deps),
  jobs: new SqliteJobQueue(session, deps, leaseMs),
  audit: new SqliteAuditLog(session, deps),
  incidents: new SqliteIncidentRepository(session, deps),
  reconciliations: new SqliteReconciliationRepository(session, deps),
  comments: new SqliteCommentRepository(session, deps),
  mediaLinks: new SqliteMediaLinkRepository(session, deps),
  users: new SqliteUserRepository(session, deps),
  sessions: new SqliteAuthSessionRepository(session, deps),
  apiTokens: new SqliteApiTokenRepository(session, deps),
  media: new SqliteMediaRepository(session, deps),
  hashLists: new SqliteHashListRepository(session, deps),
  ledger: new SqliteLedgerRepository(session, deps),
  checkpoints: new SqliteCheckpointRepository(session),
  captures: new SqliteCaptureRepository(session, deps),
  site: new SqlSiteRepository(sqliteExec(session)),
  subscriptions: new SqlSubscriptionRepository(sqliteExec(session)),
  usedTokens: new SqlUsedTokenRepository(sqliteExec(session), () => deps.clock.now()),
  outbox: new SqlMailOutboxRepository(sqliteExec(session)),
});

/** Opens a SQLite database file (or `:memory:`) as a Store. */
export function openSqliteStore(path: string, deps: StoreDeps, options: StoreOptions = {}): Store {
  let conn: SqliteConnection;
  try {
    conn = new SqliteConnection(path);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new DomainError('validation_failed', `cannot open SQLite database ${path}: ${why}`);
  }
  const gate = new SqliteGate(conn);
  const leaseMs = options.jobLeaseMs ?? DEFAULT_JOB_LEASE_MS;
  let closed = false;
  return {
    engine: 'sqlite',
    // Ledger hooks: a root write opens its own transaction; inside one, the write joins it.
    ...withLedger(repositories(gate.root, deps, leaseMs), (fn) =>
      gate.transaction((session) => fn(repositories(session, deps, leaseMs))),
    ),
    transaction: (fn) =>
      gate.transaction((session) => {
        const raw = repositories(session, deps, leaseMs);
        return fn(withLedger(raw, (f) => f(raw)));
      }),
    migrate: () => migrateSqlite(gate.root, deps),
    // Waits for work in progress, then closes; closing twice is harmless.
    close: () =>
      gate.root.run((c) => {
        if (closed) return;
        closed = true;
        c.close();
      }),
  };
}
