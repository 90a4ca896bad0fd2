import { createHash } from 'node:crypto';
import {
  DomainError,
  type AuditEvent,
  type BlobStore,
  type Clock,
  type Hasher,
  type HashList,
  type HashListEntry,
  type MediaHashRow,
  type MediaItem,
  type MediaMatch,
  type NewAuditEvent,
} from '@corroborate/core';
import type { MediaIngestDeps, MediaRepos, MediaStore } from './media-ingest-types';

interface State {
  media: { item: MediaItem; position: number }[];
  matches: MediaMatch[];
  lists: HashList[];
  entries: (HashListEntry & { listId: string })[];
  audit: AuditEvent[];
}

const copy = (s: State): State => structuredClone(s);
const unsupported = (what: string): never => {
  throw new Error(`media store fake: ${what} is not implemented`);
};

/**
 * A strict in-memory MediaStore for use-case tests: writes only inside transaction(), which works
 * on a copy committed when its function resolves (so a failure leaves nothing behind). Only what
 * media ingest uses is implemented; the rest throws.
 */
export class MediaStoreFake {
  committed: State = { media: [], matches: [], lists: [], entries: [], audit: [] };
  private seq = 0;
  /** Set to make the next addMatch throw, to prove the item is rolled back with it. */
  failNextMatch: Error | null = null;

  readonly port: MediaStore = {
    ...this.repos(() => this.committed, false),
    transaction: async <T>(fn: (tx: MediaRepos) => Promise<T>): Promise<T> => {
      const draft = copy(this.committed);
      const result = await fn(this.repos(() => draft, true));
      this.committed = draft;
      return result;
    },
  };

  private repos(state: () => State, writable: boolean): MediaRepos {
    const write = (what: string): State => {
      if (!writable) throw new Error(`media store fake: ${what} outside a transaction`);
      return state();
    };
    const next = (prefix: string): string => `${prefix}_${String(++this.seq).padStart(6, '0')}`;
    return {
      media: {
        insertOrGetBySha: (item) => {
          const s = write('media.insertOrGetBySha');
          const found = s.media.find((m) => m.item.sha256 === item.sha256);
          if (found) return Promise.resolve({ media: structuredClone(found.item), created: false });
          const media: MediaItem = { ...structuredClone(item), id: next('med'), createdAt: new Date() };
          s.media.push({ item: media, position: ++this.seq });
          return Promise.resolve({ media: structuredClone(media), created: true });
        },
        get: (id) =>
          Promise.resolve(structuredClone(state().media.find((m) => m.item.id === id)?.item ?? null)),
        getBySha: (sha) =>
          Promise.resolve(structuredClone(state().media.find((m) => m.item.sha256 === sha)?.item ?? null)),
        setSensitivity: (id, sensitivity) => {
          const found = write('media.setSensitivity').media.find((m) => m.item.id === id);
          if (!found) throw new DomainError('not_found', `media item ${id} does not exist`);
          found.item.sensitivity = sensitivity;
          return Promise.resolve(structuredClone(found.item));
        },
        count: () => Promise.resolve(state().media.length),
        iterate: async function* () {
          for (const m of state().media) yield await Promise.resolve(structuredClone(m.item));
        },
        hashesForMatching: (after, limit) =>
          Promise.resolve(
            state()
              .media.filter(
                (m) => m.position > after && m.item.pdq && !m.item.flags.includes('pdq_unreliable'),
              )
              .slice(0, limit)
              .map((m): MediaHashRow => ({
                position: m.position,
                id: m.item.id,
                pdq: m.item.pdq!,
                firstSeenAt: m.item.firstSeenAt,
              })),
          ),
        addMatch: (m) => {
          const s = write('media.addMatch');
          if (this.failNextMatch) {
            const err = this.failNextMatch;
            this.failNextMatch = null;
            throw err;
          }
          const match: MediaMatch = { ...m, id: next('mm'), createdAt: new Date() };
          s.matches.push(match);
          return Promise.resolve(structuredClone(match));
        },
        listMatches: (id) =>
          Promise.resolve(
            structuredClone(state().matches.filter((m) => m.mediaId === id || m.matchedMediaId === id)),
          ),
        list: () => unsupported('media.list'),
      },
      hashLists: {
        create: (list, entries) => {
          const s = write('hashLists.create');
          if (s.lists.some((l) => l.name === list.name.trim()))
            throw new DomainError('conflict', `hash list "${list.name}" already exists`);
          const stored: HashList = {
            ...list,
            name: list.name.trim(),
            id: next('hl'),
            entryCount: entries.length,
            importedAt: new Date(),
          };
          s.lists.push(stored);
          s.entries.push(...entries.map((e) => ({ ...e, listId: stored.id })));
          return Promise.resolve(structuredClone(stored));
        },
        get: (id) => Promise.resolve(state().lists.find((l) => l.id === id) ?? null),
        getByName: (name) => Promise.resolve(state().lists.find((l) => l.name === name) ?? null),
        list: () => Promise.resolve(structuredClone(state().lists)),
        iterateEntries: async function* () {
          for (const e of state().entries) yield await Promise.resolve(structuredClone(e));
        },
      },
      audit: {
        append: (e: NewAuditEvent) => {
          const s = write('audit.append');
          const event: AuditEvent = { ...e, seq: s.audit.length + 1, at: new Date(), prevHash: '', hash: '' };
          s.audit.push(event);
          return Promise.resolve(event);
        },
        iterate: () => unsupported('audit.iterate'),
        listByEntity: () => unsupported('audit.listByEntity'),
      },
    };
  }
}

/** Blobs in a Map (content-addressed like the real store). */
export class BlobsFake implements BlobStore {
  readonly blobs = new Map<string, Uint8Array>();

  put(bytes: Uint8Array): Promise<{ sha256: string; created: boolean }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const created = !this.blobs.has(sha256);
    if (created) this.blobs.set(sha256, Uint8Array.from(bytes));
    return Promise.resolve({ sha256, created });
  }

  get(sha256: string): Promise<Uint8Array | null> {
    return Promise.resolve(this.blobs.get(sha256) ?? null);
  }

  has(sha256: string): Promise<boolean> {
    return Promise.resolve(this.blobs.has(sha256));
  }

  async *list(): AsyncIterable<string> {
    for (const k of [...this.blobs.keys()].sort()) yield await Promise.resolve(k);
  }
}

/** A clock tests move by hand. */
export class ClockFake implements Clock {
  constructor(public at = new Date('2024-03-01T12:00:00.000Z')) {}
  now(): Date {
    return new Date(this.at.getTime());
  }
  advanceDays(days: number): void {
    this.at = new Date(this.at.getTime() + days * 86_400_000);
  }
}

/** Deps for the media use cases over the fakes; HEIC refused unless a converter is given. */
export const makeMediaDeps = (overrides: Partial<MediaIngestDeps> = {}) => {
  const store = new MediaStoreFake();
  const blobs = new BlobsFake();
  const clock = new ClockFake();
  const hasher: Hasher = { sha256: (d) => createHash('sha256').update(d).digest('hex') };
  const deps: MediaIngestDeps = {
    store: store.port,
    blobs,
    clock,
    hasher,
    heicConverter: null,
    ...overrides,
  };
  return { deps, store, blobs, clock };
};
