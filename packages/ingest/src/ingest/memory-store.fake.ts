import type {
  Document,
  DocumentRepository,
  Job,
  JobName,
  JobPayload,
  JobQueue,
  JobState,
  NewDocument,
  Repositories,
  Store,
} from '@corroborate/core';

interface State {
  documents: Document[];
  jobs: Job[];
}

/** Fails loudly: a test that reaches it uses more of the port than this fake covers. */
const unsupported = (what: string): never => {
  throw new Error(`MemoryStore fake: ${what} is not implemented`);
};

/**
 * A stand-in for anything not implemented: calling it (or any member of it, at any depth) throws.
 * `then` stays undefined so that it is never mistaken for a promise.
 */
const stub = (path: string): unknown =>
  new Proxy(() => undefined, {
    get: (_target, prop) => (prop === 'then' ? undefined : stub(`${path}.${String(prop)}`)),
    apply: () => unsupported(path),
  });

/** `impl` typed against the port T; every member the port has beyond it is a throwing stub. */
const strict = <T extends object>(name: string, impl: Partial<T>): T =>
  new Proxy(impl as T, {
    get: (target, prop) =>
      prop in target
        ? (target as Record<PropertyKey, unknown>)[prop]
        : prop === 'then'
          ? undefined
          : stub(`${name}.${String(prop)}`),
  });

/**
 * A strict in-memory Store for use-case tests: documents and jobs only (ports added to core later
 * are stubs that throw). Writes must happen inside transaction(); a transaction works on a copy
 * that replaces the committed state only when its function resolves, and transactions run one at
 * a time (as the SQLite store serialises them). `port` is the Store to hand to the code under test.
 */
export class MemoryStore {
  private committed: State = { documents: [], jobs: [] };
  private queue: Promise<unknown> = Promise.resolve();
  private seq = 0;
  /** Set to make the next enqueue throw, to prove a document is not stored without its job. */
  failNextEnqueue: Error | null = null;
  transactions = 0;

  readonly port: Store = strict<Store>('store', {
    engine: 'sqlite',
    documents: this.documentRepo(() => null),
    jobs: this.jobQueue(() => null),
    transaction: (fn) => this.transaction(fn),
    migrate: () => Promise.resolve([]),
    close: () => Promise.resolve(),
  });

  /** Committed documents, in insertion order. */
  get allDocuments(): readonly Document[] {
    return this.committed.documents;
  }

  get allJobs(): readonly Job[] {
    return this.committed.jobs;
  }

  private transaction<T>(fn: (tx: Repositories) => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      this.transactions += 1;
      const draft: State = { documents: [...this.committed.documents], jobs: [...this.committed.jobs] };
      const tx = strict<Repositories>('tx', {
        documents: this.documentRepo(() => draft),
        jobs: this.jobQueue(() => draft),
      });
      const result = await fn(tx);
      this.committed = draft;
      return result;
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Reads see the draft inside a transaction and the committed state outside; writes need a draft. */
  private documentRepo(draft: () => State | null): DocumentRepository {
    const read = (): State => draft() ?? this.committed;
    return strict<DocumentRepository>('documents', {
      insertOrGetBySha: (doc: NewDocument) => {
        const state = draft() ?? unsupported('documents.insertOrGetBySha outside a transaction');
        if (!/^[0-9a-f]{64}$/.test(doc.sha256)) throw new Error(`MemoryStore fake: bad sha256 ${doc.sha256}`);
        const existing = state.documents.find((d) => d.sha256 === doc.sha256);
        if (existing) return Promise.resolve({ document: existing, created: false });
        const document: Document = {
          ...doc,
          id: this.nextId('doc'),
          status: doc.status ?? 'new',
          createdAt: new Date(0),
        };
        state.documents.push(document);
        return Promise.resolve({ document, created: true });
      },
      get: (id) => Promise.resolve(read().documents.find((d) => d.id === id) ?? null),
      count: () => Promise.resolve(read().documents.length),
    });
  }

  private jobQueue(draft: () => State | null): JobQueue {
    return strict<JobQueue>('jobs', {
      enqueue: <N extends JobName>(name: N, payload: JobPayload<N>, opts?: { dedupeKey?: string }) => {
        const state = draft() ?? unsupported('jobs.enqueue outside a transaction');
        const failure = this.failNextEnqueue;
        this.failNextEnqueue = null;
        if (failure) return Promise.reject(failure);
        const key = opts?.dedupeKey ?? null;
        const pending = state.jobs.find((j) => key !== null && j.dedupeKey === key && j.state === 'queued');
        if (pending) return Promise.resolve(pending.id);
        const id = this.nextId('job');
        const job: Job = {
          id,
          name,
          payload,
          state: 'queued',
          attempts: 0,
          maxAttempts: 3,
          runAfter: new Date(0),
          lastError: null,
          dedupeKey: key,
        };
        state.jobs.push(job);
        return Promise.resolve(job.id);
      },
      get: (id) => Promise.resolve((draft() ?? this.committed).jobs.find((j) => j.id === id) ?? null),
      counts: () => {
        const counts: Record<JobState, number> = { queued: 0, running: 0, done: 0, skipped: 0, failed: 0 };
        for (const j of (draft() ?? this.committed).jobs) counts[j.state] += 1;
        return Promise.resolve(counts);
      },
    });
  }

  private nextId(prefix: string): string {
    this.seq += 1;
    return `${prefix}_${this.seq}`;
  }
}
