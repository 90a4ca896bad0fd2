import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DomainError } from '@corroborate/core';
import { parseDatabaseUrl } from '@corroborate/store';

/** Where the instance key lives, which TSAs to ask, and how often to checkpoint. */
export interface PreservationConfig {
  /** Folder holding `keys/checkpoint-ed25519.pem`; null when none is configured (PostgreSQL without CORROBORATE_KEYS). */
  keysDir: string | null;
  /** RFC 3161 endpoints (CORROBORATE_TSA_URLS, comma-separated); empty: no timestamps. */
  tsaUrls: string[];
  /** PEM CAs the TSA certificates must chain to (CORROBORATE_TSA_CA: a PEM file). */
  tsaCaPem: string | null;
  policy: { everyEntries: number; everyMs: number };
}

const positive = (env: NodeJS.ProcessEnv, name: string, fallback: number): number => {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new DomainError('validation_failed', `${name}="${raw}" is not a positive whole number`);
  return n;
};

/**
 * Reads the preservation settings. Keys go in CORROBORATE_KEYS, else next to the SQLite file
 * (PostgreSQL needs CORROBORATE_KEYS to sign; without it, signing is refused when first needed). Checkpoints every 1000 entries or hour by default
 * (CORROBORATE_CHECKPOINT_EVERY_ENTRIES, CORROBORATE_CHECKPOINT_EVERY_MS).
 */
export function preservationConfig(
  databaseUrl: string,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): PreservationConfig {
  const configured = env.CORROBORATE_KEYS?.trim();
  let keysDir: string | null = null;
  if (configured) keysDir = resolve(cwd, configured);
  else {
    const target = parseDatabaseUrl(databaseUrl, cwd);
    if (target.engine === 'sqlite' && target.path !== ':memory:') keysDir = dirname(target.path);
  }
  const tsaUrls = (env.CORROBORATE_TSA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  for (const u of tsaUrls)
    if (!/^https?:\/\//i.test(u))
      throw new DomainError('validation_failed', `CORROBORATE_TSA_URLS: "${u}" is not an http(s) URL`);
  const caFile = env.CORROBORATE_TSA_CA?.trim();
  return {
    keysDir,
    tsaUrls,
    tsaCaPem: caFile ? readFileSync(resolve(cwd, caFile), 'utf8') : null,
    policy: {
      everyEntries: positive(env, 'CORROBORATE_CHECKPOINT_EVERY_ENTRIES', 1000),
      everyMs: positive(env, 'CORROBORATE_CHECKPOINT_EVERY_MS', 3_600_000),
    },
  };
}
