import {
  ROLES,
  type ClaimFacts,
  type Claim,
  type Role,
  type Store,
  type UserAccount,
} from '@corroborate/core';
import { nodeHasher, openStore, systemClock, ulidIds } from '@corroborate/store';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { argon2Passwords } from '../auth/passwords';
import { buildServer, type BuildServerOptions } from '../build-server';
import type { AuthConfig } from '../config/auth-config';
import { createApiToken } from '../use-cases/auth/api-tokens';
import { createUser } from '../use-cases/users/create-user';
import type { UseCaseDeps } from '../use-cases/use-case-deps';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A server on a fresh in-memory SQLite store, with one user and API token per role. */
export interface TestServer {
  app: FastifyInstance;
  store: Store;
  deps: UseCaseDeps;
  users: Record<Role, UserAccount>;
  tokens: Record<Role, string>;
  /** app.inject as a role (API token), or anonymously with `null`. */
  as(role: Role | null, opts: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const startTestServer = async (
  opts: { auth?: Partial<AuthConfig>; server?: BuildServerOptions; url?: string } = {},
): Promise<TestServer> => {
  const store = await openStore(opts.url ?? 'sqlite::memory:', { clock: systemClock, ids: ulidIds });
  await store.migrate();
  const deps: UseCaseDeps = {
    store,
    clock: systemClock,
    ids: ulidIds,
    hasher: nodeHasher,
    passwords: argon2Passwords,
  };
  const app = await buildServer(
    { store, version: 'test', ...(opts.auth ? { auth: opts.auth } : {}) },
    opts.server,
  );
  const users = {} as Record<Role, UserAccount>;
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    users[role] = await createUser(deps, { username: role, role, password: TEST_PASSWORD }, null);
    tokens[role] = (await createApiToken(deps, users[role], `${role} token`)).token;
  }
  return {
    app,
    store,
    deps,
    users,
    tokens,
    as: (role, o) =>
      app.inject({
        ...o,
        headers: { ...o.headers, ...(role === null ? {} : { authorization: `Bearer ${tokens[role]}` }) },
      }),
    close: async () => {
      await app.close();
      await store.close();
    },
  };
};

/** Hand-written facts: `count` killed, said by `claimant`, in Tikrit on 12 June 2014 unless overridden. */
export const facts = (min: number, max: number | null, overrides: Partial<ClaimFacts> = {}): ClaimFacts => ({
  event: 'killed',
  count: { min, max, approx: false, text: max === min ? String(min) : `${min}–${max ?? ''}` },
  victims: { text: 'soldiers', type: 'security_forces' },
  perpetrator: null,
  claimant: null,
  stance: 'asserted',
  place: {
    name: 'Tikrit',
    span: null,
    geonameId: 99_131,
    country: 'IQ',
    admin1: 'Salah ad Din',
    lat: 34.6,
    lon: 43.68,
    kind: 'city',
  },
  date: { text: '12 June 2014', span: null, value: '2014-06-12' },
  span: [0, 10],
  ...overrides,
});

/** Stores a short document published on `published` and its claims (as extraction would). */
export const documentWithClaims = async (
  store: Store,
  text: string,
  published: string,
  claimFacts: ClaimFacts[],
): Promise<Claim[]> => {
  const { document } = await store.documents.insertOrGetBySha({
    kind: 'article',
    url: `https://example.org/${encodeURIComponent(text.slice(0, 20))}`,
    fileName: null,
    title: text.slice(0, 40),
    byline: null,
    publishedAt: new Date(`${published}T12:00:00Z`),
    retrievedAt: new Date(`${published}T13:00:00Z`),
    language: 'en',
    text,
    sha256: nodeHasher.sha256(text),
    sourceId: null,
    ingestNotes: [],
  });
  return store.transaction((tx) => tx.claims.replaceMachineClaims(document.id, claimFacts));
};

/** The JSON body of a response, typed loosely for assertions. */
export const body = <T = Record<string, unknown>>(res: LightMyRequestResponse): T => res.json<T>();
