import { Option } from 'commander';

/** `--db sqlite:PATH | postgres://…` on every command that touches data; env CORROBORATE_DB, else the
 *  embedded default file under ./data/. */
export const databaseOption = (): Option =>
  new Option('--db <url>', 'database: sqlite:PATH or postgres://USER@HOST:PORT/DB')
    .env('CORROBORATE_DB')
    .default('sqlite:./data/corroborate.db');
