import type { ApiToken, ApiTokenRepository } from '@corroborate/core';
import { TOKEN_COLUMNS, toApiToken } from '../shared/account-row.mapper';
import { iso } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import { mapSqliteError } from './sqlite-errors';
import type { SqliteSession } from './sqlite-session';

/** API tokens (their SHA-256 only) in SQLite. */
export class SqliteApiTokenRepository implements ApiTokenRepository {
  constructor(
    private readonly session: SqliteSession,
    private readonly deps: StoreDeps,
  ) {}

  async create(t: Pick<ApiToken, 'userId' | 'name' | 'tokenHash'>): Promise<ApiToken> {
    const token: ApiToken = {
      id: this.deps.ids.next('tok'),
      userId: t.userId,
      name: t.name,
      tokenHash: t.tokenHash,
      createdAt: this.deps.clock.now(),
      lastUsedAt: null,
      revokedAt: null,
    };
    await this.session.run((c) => {
      try {
        c.run(
          `INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?, ?)`,
          token.id,
          token.userId,
          token.name,
          token.tokenHash,
          iso(token.createdAt),
        );
      } catch (err) {
        throw mapSqliteError(err, `user ${t.userId}`);
      }
    });
    return token;
  }

  async get(id: string): Promise<ApiToken | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE id = ?`, id),
    );
    return row ? toApiToken(row) : null;
  }

  async getByHash(tokenHash: string): Promise<ApiToken | null> {
    const row = await this.session.run((c) =>
      c.get(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = ?`, tokenHash),
    );
    return row ? toApiToken(row) : null;
  }

  async listByUser(userId: string): Promise<ApiToken[]> {
    const rows = await this.session.run((c) =>
      c.all(
        `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = ? ORDER BY created_at DESC, id DESC`,
        userId,
      ),
    );
    return rows.map(toApiToken);
  }

  async revoke(id: string): Promise<void> {
    const now = iso(this.deps.clock.now());
    await this.session.run((c) =>
      c.run('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', now, id),
    );
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.session.run((c) => c.run('UPDATE api_tokens SET last_used_at = ? WHERE id = ?', iso(at), id));
  }
}
