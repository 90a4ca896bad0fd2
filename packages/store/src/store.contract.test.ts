import { afterAll, describe, it } from 'vitest';
import { pgAvailability } from './contract/pg-availability';
import { pgHarness } from './contract/pg-harness';
import { sqliteHarness } from './contract/sqlite-harness';
import { storeContract } from './contract/store.contract';

// One contract, both engines. PostgreSQL needs DATABASE_URL; without it the suite is skipped
// here and fails in CI.

describe('SQLite store', () => {
  storeContract(sqliteHarness());
});

const pg = pgAvailability();
if ('url' in pg) {
  const harness = pgHarness(pg.url);
  afterAll(() => harness.close());
  describe('PostgreSQL store', () => {
    storeContract(harness);
  });
} else if ('fail' in pg) {
  describe('PostgreSQL store', () => {
    it('needs a database in CI', () => {
      throw new Error(pg.fail);
    });
  });
} else {
  console.warn(`PostgreSQL store contract skipped: ${pg.skip}`);
  describe.skip(`PostgreSQL store (skipped: ${pg.skip})`, () => {
    it('repository contract', () => undefined);
  });
}
