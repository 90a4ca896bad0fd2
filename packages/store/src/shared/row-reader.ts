import { DomainError } from '@corroborate/core';

/** A database row as the drivers return it. */
export type Row = Record<string, unknown>;

// Both engines hand back text for JSON (the PostgreSQL pool is configured so), and either
// ISO text (SQLite) or a Date (PostgreSQL timestamptz) for instants.

const bad = (column: string, expected: string): DomainError =>
  new DomainError('internal', `database column ${column} does not hold ${expected}`);

export const str = (row: Row, column: string): string => {
  const v = row[column];
  if (typeof v !== 'string') throw bad(column, 'text');
  return v;
};

export const strOrNull = (row: Row, column: string): string | null =>
  row[column] == null ? null : str(row, column);

export const num = (row: Row, column: string): number => {
  const v = row[column];
  // PostgreSQL bigint and numeric arrive as strings.
  const n = typeof v === 'number' ? v : typeof v === 'string' || typeof v === 'bigint' ? Number(v) : NaN;
  if (Number.isNaN(n)) throw bad(column, 'a number');
  return n;
};

export const date = (row: Row, column: string): Date => {
  const v = row[column];
  const d = v instanceof Date ? v : typeof v === 'string' ? new Date(v) : null;
  if (d === null || Number.isNaN(d.getTime())) throw bad(column, 'a timestamp');
  return d;
};

export const dateOrNull = (row: Row, column: string): Date | null =>
  row[column] == null ? null : date(row, column);

export const json = (row: Row, column: string): unknown => JSON.parse(str(row, column)) as unknown;

export const jsonOrNull = (row: Row, column: string): unknown =>
  row[column] == null ? null : json(row, column);

/** Instants are stored as UTC ISO text in SQLite and passed as such to PostgreSQL. */
export const iso = (d: Date): string => d.toISOString();

export const isoOrNull = (d: Date | null): string | null => (d === null ? null : d.toISOString());
