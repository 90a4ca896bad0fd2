import { Pool, types } from 'pg';

const DATE = 1082;
const JSON_OID = 114;
const JSONB = 3802;

// Per pool, not global: calendar dates stay 'YYYY-MM-DD' text (pg would make a local-midnight
// Date, which shifts with TZ), and JSON arrives as text, exactly as SQLite hands it back.
const keepText = (value: string): string => value;
const getTypeParser = ((oid: number, format?: 'text' | 'binary'): unknown =>
  oid === DATE || oid === JSON_OID || oid === JSONB
    ? keepText
    : (types.getTypeParser as (oid: number, format: 'text' | 'binary') => unknown)(
        oid,
        format ?? 'text',
      )) as typeof types.getTypeParser;

/** A connection pool set up for this store's type handling. */
export function createPgPool(connectionString: string, max = 10): Pool {
  const pool = new Pool({ connectionString, max, types: { getTypeParser }, application_name: 'corroborate' });
  // An idle client can lose its connection (server restart); the next query reconnects.
  pool.on('error', () => undefined);
  return pool;
}
