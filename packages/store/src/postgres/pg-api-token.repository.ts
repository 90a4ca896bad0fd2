import type { ApiToken, ApiTokenRepository } from '@corroborate/core';
import { TOKEN_COLUMNS, toApiToken } from '../shared/account-row.mapper';
import { iso } from '../shared/row-reader';
import type { StoreDeps } from '../shared/store-deps';
import { mapPgError } from './pg-errors';
import type { PgSession } from './pg-session';

/** API tokens (their SHA-256 only) in PostgreSQL. */
export class PgApiTokenRepository implements ApiTokenRepository {
  constructor(
    private readonly session: PgSession,
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
    try {
      await this.session.query(
        'INSERT INTO api_tokens (id, user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4, $5)',
        [token.id, token.userId, token.name, token.tokenHash, iso(token.createdAt)],
      );
    } catch (err) {
      throw mapPgError(err, `user ${t.userId}`);
    }
    return token;
  }

  async get(id: string): Promise<ApiToken | null> {
    const { rows } = await this.session.query(`SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE id = $1`, [id]);
    return rows[0] ? toApiToken(rows[0]) : null;
  }

  async getByHash(tokenHash: string): Promise<ApiToken | null> {
    const { rows } = await this.session.query(
      `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $1`,
      [tokenHash],
    );
    return rows[0] ? toApiToken(rows[0]) : null;
  }

  async listByUser(userId: string): Promise<ApiToken[]> {
    const { rows } = await this.session.query(
      `SELECT ${TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY created_at DESC, id DESC`,
      [userId],
    );
    return rows.map(toApiToken);
  }

  async revoke(id: string): Promise<void> {
    await this.session.query('UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [
      iso(this.deps.clock.now()),
      id,
    ]);
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.session.query('UPDATE api_tokens SET last_used_at = $1 WHERE id = $2', [iso(at), id]);
  }
}
