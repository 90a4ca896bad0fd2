/** Whether PostgreSQL tests can run here, and if not, why (a failure in CI, a skip elsewhere). */
export type PgAvailability = { url: string } | { skip: string } | { fail: string };

export function pgAvailability(env: NodeJS.ProcessEnv = process.env): PgAvailability {
  const url = env.DATABASE_URL;
  if (url && /^postgres(ql)?:\/\//i.test(url)) return { url };
  const why = url ? 'DATABASE_URL is not a postgres:// URL' : 'DATABASE_URL is not set';
  if (env.CI)
    return { fail: `${why}: CI must run the PostgreSQL suite (node scripts/services/postgres.mjs start)` };
  return { skip: `${why}; run \`node scripts/services/postgres.mjs start\` and export the URL it prints` };
}
