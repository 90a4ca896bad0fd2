import { execSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { BlobStore, Store } from '@corroborate/core';
import { argon2Passwords, buildServer, createUser } from '@corroborate/server';
import { MemoryBlobStore, nodeHasher, openStore, systemClock, ulidIds } from '@corroborate/store';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';

const WEB_ROOT = fileURLToPath(new URL('../../apps/web/', import.meta.url));

/** Debian's chromium on PATH, or null. */
export const chromiumPath = (): string | null => {
  try {
    const p = execSync('command -v chromium', { shell: '/bin/sh' }).toString().trim();
    return p === '' ? null : p;
  } catch {
    return null;
  }
};

const mtime = (path: string): number => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
};

/** The newest change under apps/web/src and to the files Vite reads besides. */
const newestSource = (): number => {
  const files = readdirSync(`${WEB_ROOT}src`, { recursive: true, encoding: 'utf8' }).map(
    (f) => `${WEB_ROOT}src/${f}`,
  );
  return Math.max(...[...files, `${WEB_ROOT}index.html`, `${WEB_ROOT}vite.config.ts`].map(mtime));
};

/** Builds apps/web with Vite's JS API when there is no build, or the sources changed since. */
export const ensureWebBuilt = async (): Promise<void> => {
  if (mtime(`${WEB_ROOT}dist/index.html`) > newestSource()) return;
  const { build } = await import('vite');
  await build({ configFile: `${WEB_ROOT}vite.config.ts`, root: WEB_ROOT, logLevel: 'warn' });
};

export const launchChromium = async (executablePath: string): Promise<Browser> => {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
};

export interface WebServer {
  url: string;
  store: Store;
  blobs: BlobStore;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 (random port) over a fresh SQLite store, with the web app served. */
export const startWebServer = async (databaseUrl = 'sqlite::memory:'): Promise<WebServer> => {
  const store = await openStore(databaseUrl, { clock: systemClock, ids: ulidIds });
  await store.migrate();
  const blobs = new MemoryBlobStore();
  const deps = { store, version: 'e2e', blobs };
  const app = await buildServer(deps, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    blobs,
    app,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
};

/** Creates an account through the same use case as `corroborate user add`. */
export const addUser = (
  store: Store,
  username: string,
  password: string,
  role: 'analyst' | 'editor' = 'analyst',
) =>
  createUser(
    { store, clock: systemClock, ids: ulidIds, hasher: nodeHasher, passwords: argon2Passwords },
    { username, displayName: username, role, password },
    null,
  );
