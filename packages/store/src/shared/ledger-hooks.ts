import type { Repositories } from '@corroborate/core';

/** Runs fn with repositories that share one transaction (the unhooked ones). */
export type RawAtomic = <T>(fn: (raw: Repositories) => Promise<T>) => Promise<T>;

/** `target` with some methods replaced; the rest keep working on the original object. */
const override = <T extends object>(target: T, patch: Partial<T>): T =>
  new Proxy(target, {
    get: (t, prop) => {
      if (prop in patch) return (patch as Record<PropertyKey, unknown>)[prop];
      const v: unknown = Reflect.get(t, prop, t);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });

/**
 * Repositories that record every new document, media item, capture and audit event in the ledger,
 * in the same transaction as the write itself (`atomic` opens one, or reuses the open one), so no
 * object is stored without its ledger entry.
 */
export function withLedger(raw: Repositories, atomic: RawAtomic): Repositories {
  return {
    ...raw,
    documents: override(raw.documents, {
      insertOrGetBySha: (doc) =>
        atomic(async (r) => {
          const result = await r.documents.insertOrGetBySha(doc);
          if (result.created)
            await r.ledger.record({
              kind: 'document',
              objectId: result.document.id,
              sha256: result.document.sha256,
            });
          return result;
        }),
    }),
    media: override(raw.media, {
      insertOrGetBySha: (item) =>
        atomic(async (r) => {
          const result = await r.media.insertOrGetBySha(item);
          if (result.created)
            await r.ledger.record({ kind: 'media', objectId: result.media.id, sha256: result.media.sha256 });
          return result;
        }),
    }),
    captures: override(raw.captures, {
      create: (capture) =>
        atomic(async (r) => {
          const stored = await r.captures.create(capture);
          await r.ledger.record({ kind: 'capture', objectId: stored.id, sha256: stored.sha256 });
          return stored;
        }),
    }),
    audit: override(raw.audit, {
      append: (event) =>
        atomic(async (r) => {
          const stored = await r.audit.append(event);
          await r.ledger.record({ kind: 'audit', objectId: auditObjectId(stored.seq), sha256: stored.hash });
          return stored;
        }),
    }),
  };
}

/** How the ledger names an audit event. */
export const auditObjectId = (seq: number): string => `audit:${seq}`;
