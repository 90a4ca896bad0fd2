import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createPgPool } from '../../packages/store/src/postgres/pg-pool';
import { createTestSchema, withSchema } from '../../packages/store/src/contract/pg-harness';

/** A fresh database for one run of the flow, and a way to tamper with it behind the store's back. */
export interface FlowDatabase {
  url: string;
  /** Rewrites one audit entry with SQL, getting past the append-only trigger as an intruder would. */
  forgeAuditEntry(seq: number, after: string): Promise<void>;
  /** Changes a document's text with SQL (no trigger guards it; its SHA-256 does). */
  editDocumentText(id: string, text: string): Promise<void>;
  dispose(): Promise<void>;
}

export const sqliteDatabase = async (): Promise<FlowDatabase & { dir: string }> => {
  const dir = await mkdtemp(join(tmpdir(), 'corroborate-e2e-'));
  const file = join(dir, 'flow.db');
  const withDb = (fn: (db: Database.Database) => void): Promise<void> => {
    const db = new Database(file);
    try {
      db.pragma('busy_timeout = 5000');
      fn(db);
    } finally {
      db.close();
    }
    return Promise.resolve();
  };
  return {
    dir,
    url: `sqlite:${file}`,
    forgeAuditEntry: (seq, after) =>
      withDb((db) => {
        db.exec('DROP TRIGGER IF EXISTS audit_events_no_update');
        db.prepare('UPDATE audit_events SET after = ? WHERE seq = ?').run(after, seq);
      }),
    editDocumentText: (id, text) =>
      withDb((db) => db.prepare('UPDATE documents SET text = ? WHERE id = ?').run(text, id)),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
};

export const postgresDatabase = async (baseUrl: string): Promise<FlowDatabase> => {
  const admin = createPgPool(baseUrl, 1);
  const { schema, drop } = await createTestSchema(admin, 'e2e_flow');
  const url = withSchema(baseUrl, schema);
  const run = async (sql: string, params: unknown[]): Promise<void> => {
    const pool = createPgPool(url, 1);
    try {
      await pool.query(sql, params);
    } finally {
      await pool.end();
    }
  };
  return {
    url,
    forgeAuditEntry: async (seq, after) => {
      await run('ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_change', []);
      await run('UPDATE audit_events SET after = $1::json WHERE seq = $2', [after, seq]);
    },
    editDocumentText: (id, text) => run('UPDATE documents SET text = $1 WHERE id = $2', [text, id]),
    dispose: async () => {
      await drop();
      await admin.end();
    },
  };
};
