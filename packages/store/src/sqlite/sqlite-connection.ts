import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[], unknown>;

/** One better-sqlite3 connection with its prepared statements cached by SQL text. */
export class SqliteConnection {
  readonly db: Database.Database;
  private readonly statements = new Map<string, Statement>();

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    // WAL with NORMAL loses at most the last commits on power loss, never consistency.
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // Other processes (a CLI next to the server) may hold the write lock briefly.
    this.db.pragma('busy_timeout = 5000');
  }

  stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  all(sql: string, ...params: unknown[]): Record<string, unknown>[] {
    return this.stmt(sql).all(...params) as Record<string, unknown>[];
  }

  get(sql: string, ...params: unknown[]): Record<string, unknown> | undefined {
    return this.stmt(sql).get(...params) as Record<string, unknown> | undefined;
  }

  run(sql: string, ...params: unknown[]): Database.RunResult {
    return this.stmt(sql).run(...params);
  }

  /** Runs fn atomically: in a new IMMEDIATE transaction, or a savepoint inside the open one. */
  atomic<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  close(): void {
    this.db.close();
  }
}
