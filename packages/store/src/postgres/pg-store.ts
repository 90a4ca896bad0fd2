import type { Repositories, Store } from '@corroborate/core';
import { DEFAULT_JOB_LEASE_MS, type StoreDeps, type StoreOptions } from '../shared/store-deps';
import { PgApiTokenRepository } from './pg-api-token.repository';
import { PgAuditLog } from './pg-audit-log';
import { PgAuthSessionRepository } from './pg-auth-session.repository';
import { PgClaimRepository } from './pg-claim.repository';
import { PgCommentRepository } from './pg-comment.repository';
import { PgDocumentRepository } from './pg-document.repository';
import { PgIncidentRepository } from './pg-incident.repository';
import { PgJobQueue } from './pg-job-queue';
import { PgMediaLinkRepository } from './pg-media-link.repository';
import { migratePg } from './pg-migrator';
import { createPgPool } from './pg-pool';
import { PgReconciliationRepository } from './pg-reconciliation.repository';
import { poolSession, withTransaction, type PgSession } from './pg-session';
import { PgSourceRepository } from './pg-source.repository';
import { PgUserRepository } from './pg-user.repository';
import { PgHashListRepository } from './pg-hash-list.repository';
import { PgMediaRepository } from './pg-media.repository';
import { SqlSiteRepository } from '../site/sql-site.repository';
import { SqlSubscriptionRepository } from '../site/sql-subscription.repository';
import { SqlMailOutboxRepository, SqlUsedTokenRepository } from '../site/sql-mail.repository';
import { pgExec } from '../site/sql-exec';
import { PgLedgerRepository } from './pg-ledger.repository';
import { PgCheckpointRepository } from './pg-checkpoint.repository';
import { PgCaptureRepository } from './pg-capture.repository';
import { withLedger } from '../shared/ledger-hooks';

const repositories = (session: PgSession, deps: StoreDeps, leaseMs: number): Repositories => ({
  documents: new PgDocumentRepository(session, deps),
  sources: new PgSourceRepository(session, deps),
  claims: new PgClaimRepository(session, deps),
  jobs: new PgJobQueue(session, deps, leaseMs),
  audit: new PgAuditLog(session, deps),
  incidents: new PgIncidentRepository(session, deps),
  reconciliations: new PgReconciliationRepository(session, deps),
  comments: new PgCommentRepository(session, deps),
  mediaLinks: new PgMediaLinkRepository(session, deps),
  users: new PgUserRepository(session, deps),
  sessions: new PgAuthSessionRepository(session, deps),
  apiTokens: new PgApiTokenRepository(session, deps),
  media: new PgMediaRepository(session, deps),
  hashLists: new PgHashListRepository(session, deps),
  ledger: new PgLedgerRepository(session, deps),
  checkpoints: new PgCheckpointRepository(session),
  captures: new PgCaptureRepository(session, deps),
  site: new SqlSiteRepository(pgExec(session)),
  subscriptions: new SqlSubscriptionRepository(pgExec(session)),
  usedTokens: new SqlUsedTokenRepository(pgExec(session), () => deps.clock.now()),
  outbox: new SqlMailOutboxRepository(pgExec(session)),
});

/** Opens a PostgreSQL database as a Store; connections are made lazily by the pool. */
export function openPgStore(connectionString: string, deps: StoreDeps, options: StoreOptions = {}): Store {
  const pool = createPgPool(connectionString, options.poolMax);
  const leaseMs = options.jobLeaseMs ?? DEFAULT_JOB_LEASE_MS;
  let ended: Promise<void> | null = null;
  return {
    engine: 'postgres',
    // Ledger hooks: a root write opens its own transaction; inside one, the write joins it.
    ...withLedger(repositories(poolSession(pool), deps, leaseMs), (fn) =>
      withTransaction(pool, (session) => fn(repositories(session, deps, leaseMs))),
    ),
    transaction: (fn) =>
      withTransaction(pool, (session) => {
        const raw = repositories(session, deps, leaseMs);
        return fn(withLedger(raw, (f) => f(raw)));
      }),
    migrate: () => migratePg(pool, deps),
    close: () => (ended ??= pool.end()),
  };
}
