import { notFound, roleAtLeast, type Actor, type ApiToken } from '@corroborate/core';
import { API_TOKEN_PREFIX, randomSecret } from '../../auth/secrets';
import type { UseCaseDeps } from '../use-case-deps';

/** A token as listed: never its hash. */
export type ApiTokenView = Omit<ApiToken, 'tokenHash'>;

const view = ({ tokenHash: _h, ...rest }: ApiToken): ApiTokenView => rest;

/** Makes a token for the actor's own scripts; the secret is returned this once and stored hashed. */
export const createApiToken = (
  deps: UseCaseDeps,
  actor: Actor,
  name: string,
): Promise<{ token: string; apiToken: ApiTokenView }> =>
  deps.store.transaction(async (tx) => {
    const token = randomSecret(API_TOKEN_PREFIX);
    const record = await tx.apiTokens.create({
      userId: actor.id,
      name: name.trim(),
      tokenHash: deps.hasher.sha256(token),
    });
    await tx.audit.append({
      actorId: actor.id,
      action: 'api_token.create',
      entityType: 'api_token',
      entityId: record.id,
      before: null,
      after: { userId: actor.id, name: record.name },
    });
    return { token, apiToken: view(record) };
  });

export const listApiTokens = async (deps: UseCaseDeps, actor: Actor): Promise<ApiTokenView[]> =>
  (await deps.store.apiTokens.listByUser(actor.id)).map(view);

/** Revokes one of the actor's tokens (admins: anyone's); others' tokens look like unknown ones. */
export const revokeApiToken = (deps: UseCaseDeps, actor: Actor, tokenId: string): Promise<void> =>
  deps.store.transaction(async (tx) => {
    const record = await tx.apiTokens.get(tokenId);
    if (!record || (record.userId !== actor.id && !roleAtLeast(actor.role, 'admin')))
      throw notFound('API token', tokenId);
    await tx.apiTokens.revoke(tokenId);
    await tx.audit.append({
      actorId: actor.id,
      action: 'api_token.revoke',
      entityType: 'api_token',
      entityId: tokenId,
      before: { revokedAt: record.revokedAt },
      after: { revoked: true },
    });
  });
