import { isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { defaultDatabaseUrl, parseDatabaseUrl, redactDatabaseUrl } from './database-url';

describe('parseDatabaseUrl', () => {
  const cwd = '/srv/app';

  it.each([
    ['sqlite:./data/x.db', '/srv/app/data/x.db'],
    ['sqlite:data/x.db', '/srv/app/data/x.db'],
    ['sqlite:/var/lib/x.db', '/var/lib/x.db'],
    ['sqlite:///var/lib/x.db', '/var/lib/x.db'],
    ['evidence.sqlite', '/srv/app/evidence.sqlite'],
    ['/abs/evidence.db', '/abs/evidence.db'],
    ['sqlite::memory:', ':memory:'],
  ])('reads %s as SQLite at %s', (url, path) => {
    expect(parseDatabaseUrl(url, cwd)).toEqual({ engine: 'sqlite', path });
  });

  it.each(['postgres://u:p@db:5432/app', 'postgresql://db/app?sslmode=require'])(
    'reads %s as PostgreSQL',
    (url) => {
      expect(parseDatabaseUrl(url, cwd)).toEqual({ engine: 'postgres', connectionString: url });
    },
  );

  it.each(['mysql://db/app', 'sqlite:', 'data/notes.txt', 'http://x/y.db', ''])('refuses %j', (url) => {
    let error: unknown;
    try {
      parseDatabaseUrl(url, cwd);
    } catch (err) {
      error = err;
    }
    expect(isDomainError(error) && error.code === 'validation_failed').toBe(true);
    expect((error as Error).message).toMatch(/unsupported database URL/);
  });

  it('keeps passwords out of error messages', () => {
    expect(() => parseDatabaseUrl('mysql://admin:hunter2@db/app', cwd)).toThrow(/admin:\*\*\*@/);
    expect(redactDatabaseUrl('postgres://admin:hunter2@db/app')).toBe('postgres://admin:***@db/app');
  });
});

describe('defaultDatabaseUrl', () => {
  it('puts the database under data/ of the given folder and parses back to it', () => {
    const url = defaultDatabaseUrl('/srv/app');
    expect(url).toBe('sqlite:/srv/app/data/corroborate.db');
    expect(parseDatabaseUrl(url, '/elsewhere')).toEqual({
      engine: 'sqlite',
      path: '/srv/app/data/corroborate.db',
    });
  });
});
