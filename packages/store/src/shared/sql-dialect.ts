/** The few places where the two engines' SQL differs, for queries built once for both. */
export interface SqlDialect {
  /** Placeholder for the n-th parameter (1-based). */
  param(n: number): string;
  /** True when the JSON array column holds the value (given as a placeholder). */
  jsonArrayHas(column: string, placeholder: string): string;
  /** The smaller of two numbers. */
  least(a: string, b: string): string;
  /** A placeholder read as a calendar day / an instant. */
  day(placeholder: string): string;
  instant(placeholder: string): string;
}

export const sqliteDialect: SqlDialect = {
  param: () => '?',
  jsonArrayHas: (column, p) => `EXISTS (SELECT 1 FROM json_each(${column}) WHERE json_each.value = ${p})`,
  least: (a, b) => `min(${a}, ${b})`,
  day: (p) => p,
  instant: (p) => p,
};

export const pgDialect: SqlDialect = {
  param: (n) => `$${n}`,
  jsonArrayHas: (column, p) => `${column} @> jsonb_build_array(${p}::text)`,
  least: (a, b) => `least(${a}, ${b})`,
  day: (p) => `${p}::date`,
  instant: (p) => `${p}::timestamptz`,
};

/** Collects parameters and hands out their placeholders (a value used twice is bound twice). */
export class SqlParams {
  readonly values: unknown[] = [];
  constructor(private readonly dialect: SqlDialect) {}

  add(value: unknown): string {
    this.values.push(value);
    return this.dialect.param(this.values.length);
  }
}

/** A LIKE pattern matching `text` anywhere, with LIKE's wildcards escaped (ESCAPE '\'). */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
