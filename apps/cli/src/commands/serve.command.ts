import type { Command } from 'commander';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { databaseOption } from '../database-option';
import { EXIT_USAGE, ExitError } from '../exit-codes';

const DEMO_DIR = fileURLToPath(new URL('../../../../demo/documents', import.meta.url));
const VERSION = '0.1.0';

interface ServeOptions {
  db: string;
  port: string;
  host: string;
  demo: boolean;
  worker?: boolean;
}

export const registerServe = (program: Command): void => {
  program
    .command('serve')
    .description('run the HTTP API (and, on SQLite, the background worker in the same process)')
    .addOption(databaseOption())
    .option('-p, --port <port>', 'port to listen on (0 = any free port)', '3000')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--demo', 'load the demo documents when the database is empty', false)
    .option('--worker', 'run jobs in this process (default on SQLite)')
    .option('--no-worker', 'do not run jobs in this process (run `corroborate worker` instead)')
    .action(async (opts: ServeOptions) => {
      const { ingestInputs } = await import('@corroborate/ingest');
      const { argon2Passwords, buildServer, createUser } = await import('@corroborate/server');
      const { runWorker } = await import('@corroborate/store');
      const { compose } = await import('../compose');
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new ExitError(EXIT_USAGE, `error: --port must be 0–65535, got "${opts.port}"`);
      }
      const app = await compose(opts.db);
      if (opts.demo && (await app.store.documents.count()) === 0) {
        const summary = await ingestInputs([DEMO_DIR], app, { allowPrivate: false });
        console.log(`loaded the demo data: ${summary.stored} documents`);
      }
      if (opts.demo && (await app.store.users.count()) === 0) {
        // A demo needs someone to sign in as: one editor with a password shown once, here only.
        const password = randomBytes(12).toString('base64url');
        await createUser(
          {
            store: app.store,
            clock: app.clock,
            ids: app.ids,
            hasher: app.hasher,
            passwords: argon2Passwords,
          },
          { username: 'demo', displayName: 'Demo editor', role: 'editor', password },
          null,
        );
        console.log(`created the demo account: sign in as "demo" with the password ${password} (shown once)`);
      }
      const abort = new AbortController();
      const runJobs = opts.worker ?? app.store.engine === 'sqlite';
      const worker = runJobs
        ? runWorker({
            store: app.store,
            handlers: app.handlers,
            clock: app.clock,
            workerId: `serve-${process.pid}`,
            signal: abort.signal,
            pollMs: 250,
          })
        : Promise.resolve();
      const server = await buildServer(
        {
          store: app.store,
          version: VERSION,
          clock: app.clock,
          ids: app.ids,
          hasher: app.hasher,
          blobs: app.blobs,
        },
        { logger: false },
      );
      const address = await server.listen({ port, host: opts.host });
      console.log(`Corroborate is running on ${app.store.engine} at ${address}/api/health (Ctrl-C to stop)`);
      console.log(
        `  workspace: ${address}/app/   public site: ${address}/   API: ${address}/api/openapi.json`,
      );
      if ((await app.store.users.count()) === 0)
        console.log(
          'no accounts yet: create the first admin with `corroborate user add NAME --role admin --password-stdin`',
        );
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      abort.abort();
      await server.close();
      await worker;
      await app.close();
    });
};
