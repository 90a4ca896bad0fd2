import { createServer, type AddressInfo } from 'node:net';
import type { Store } from '@corroborate/core';
import { createHmacSigner, createSmtpMailer, type SmtpMailer } from '@corroborate/publish';
import { argon2Passwords, buildServer, createUser } from '@corroborate/server';
import {
  drainJobs,
  MemoryBlobStore,
  nodeHasher,
  openStore,
  systemClock,
  ulidIds,
  type DrainSummary,
} from '@corroborate/store';
import type { FastifyInstance } from 'fastify';
import { startOidcTestProvider } from '../../packages/publish/src/test-support/oidc-test-provider';
import { startSmtpSink, type SmtpSink } from '../../packages/publish/src/test-support/smtp-sink';
import { mailDigestJob } from '../../apps/server/src/site/mail/mail-digest.job';
import { mailSendJob } from '../../apps/server/src/site/mail/mail-send.job';
import { createApiToken } from '../../apps/server/src/use-cases/auth/api-tokens';

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });

/** A real site on 127.0.0.1 with an SMTP sink behind the `mail.send` job, editor and analyst tokens. */
export interface SiteHarness {
  url: string;
  app: FastifyInstance;
  store: Store;
  blobs: MemoryBlobStore;
  sink: SmtpSink;
  /** The OpenID Connect provider's issuer, when started. */
  oidcIssuer: string | null;
  tokens: { editor: string; analyst: string };
  editorPassword: string;
  /** Runs queued jobs (the mail) until none is due. */
  drain(): Promise<DrainSummary>;
  close(): Promise<void>;
}

export const EDITOR_PASSWORD = 'an editor passphrase for tests';

export interface SiteHarnessOptions {
  /** SMTP code the sink answers for an address (e.g. 550), or null to accept. */
  rejectRecipient?: (address: string) => number | null;
  /** Start a real OpenID Connect provider ("test") whose every login has these claims. */
  oidcReader?: Record<string, unknown>;
}

export const startSiteHarness = async (opts: SiteHarnessOptions = {}): Promise<SiteHarness> => {
  const store = await openStore('sqlite::memory:', { clock: systemClock, ids: ulidIds });
  await store.migrate();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const signer = createHmacSigner(['a test signing secret that is long enough!!']);
  const blobs = new MemoryBlobStore();
  const provider = opts.oidcReader
    ? await startOidcTestProvider(`${url}/sign-in/test/callback`, opts.oidcReader)
    : null;
  const oidcProviders = provider
    ? [
        {
          id: 'test',
          name: 'Test ID',
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: provider.clientSecret,
        },
      ]
    : [];
  const deps = {
    store,
    version: 'e2e',
    blobs,
    signer,
    site: { baseUrl: url, name: 'Corroborate test site' },
    oidcProviders,
    allowHttpOidc: true,
  };
  const app = await buildServer(deps, { logger: false });
  await app.listen({ port, host: '127.0.0.1' });
  const sink = await startSmtpSink(opts.rejectRecipient);
  const mailer: SmtpMailer = createSmtpMailer({
    host: sink.host,
    port: sink.port,
    secure: false,
    ignoreTLS: true,
  });
  const site = {
    site: {
      name: 'Corroborate test site',
      baseUrl: url,
      fromAddress: 'noreply@127.0.0.1',
      unsubscribeMailbox: 'unsubscribe@127.0.0.1',
    },
    signer,
  };
  const handlers = {
    'document.extract': () => Promise.resolve({ outcome: 'skipped' as const, reason: 'not in this test' }),
    'mail.send': mailSendJob({ store, clock: systemClock, ids: ulidIds, mail: site, mailer }),
    'mail.digest': mailDigestJob({ store, clock: systemClock, ids: ulidIds, mail: site }),
    'ledger.checkpoint': () => Promise.resolve({ outcome: 'skipped' as const, reason: 'not in this test' }),
  };
  const useCaseDeps = {
    store,
    clock: systemClock,
    ids: ulidIds,
    hasher: nodeHasher,
    passwords: argon2Passwords,
  };
  const tokens = { editor: '', analyst: '' };
  for (const role of ['editor', 'analyst'] as const) {
    const user = await createUser(useCaseDeps, { username: role, role, password: EDITOR_PASSWORD }, null);
    tokens[role] = (await createApiToken(useCaseDeps, user, `${role} token`)).token;
  }
  return {
    url,
    app,
    store,
    blobs,
    sink,
    oidcIssuer: provider?.issuer ?? null,
    tokens,
    editorPassword: EDITOR_PASSWORD,
    drain: () => drainJobs({ store, handlers, workerId: 'site-e2e', clock: systemClock }),
    close: async () => {
      mailer.close();
      await sink.close();
      await provider?.close();
      await app.close();
      await store.close();
    },
  };
};
