import { defineConfig } from 'vitest/config';

// Non-UTC on purpose: stored dates must not drift with the process time zone.
process.env.TZ ??= 'Asia/Baghdad';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}', 'tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
