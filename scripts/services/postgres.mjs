#!/usr/bin/env node
// Starts and stops a private, throw-away PostgreSQL cluster for tests and CI.
//   node scripts/services/postgres.mjs start   -> prints DATABASE_URL=postgres://… on stdout
//   node scripts/services/postgres.mjs stop
//   node scripts/services/postgres.mjs status
// The cluster lives under os.tmpdir() and listens on a free loopback port; the system's own
// clusters and configuration are never touched. State is kept in a file so `stop` can find it.
import { execFileSync } from 'node:child_process';
import {
  chownSync,
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const STATE_FILE = join(tmpdir(), 'corroborate-postgres.json');
const DATABASE = 'corroborate';

/** Newest PostgreSQL server binaries (Debian layout), or the ones on PATH. */
const findPgBin = () => {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(a) - Number(b));
    const newest = versions.at(-1);
    if (newest) return join(root, newest, 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    if (initdb) return initdb.replace(/\/initdb$/, '');
  } catch {
    // fall through to the error below
  }
  throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found; install the postgresql package');
};

const isRoot = () => process.getuid?.() === 0;

/** PostgreSQL refuses to run as root, so as root the server commands run as the postgres user. */
const runPg = (pgBin, tool, args) => {
  const bin = join(pgBin, tool);
  const [cmd, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const readState = () => {
  if (!existsSync(STATE_FILE)) return null;
  try {
    return JSON.parse(readFileSync(STATE_FILE, 'utf8'));
  } catch {
    return null;
  }
};

const isRunning = (state) => {
  try {
    runPg(state.pgBin, 'pg_ctl', ['-D', state.pgData, 'status']);
    return true;
  } catch {
    return false;
  }
};

/**
 * Starts a private cluster (or returns the one already started) and creates the `corroborate`
 * database. Resolves to `{ url, port, pgData, baseDir }`.
 */
export async function startPostgres() {
  const existing = readState();
  if (existing && isRunning(existing)) return existing;
  if (existing) rmSync(existing.baseDir, { recursive: true, force: true });

  const pgBin = findPgBin();
  const baseDir = mkdtempSync(join(tmpdir(), 'corroborate-pg-'));
  const pgData = join(baseDir, 'data');
  mkdirSync(pgData, { mode: 0o700 });
  if (isRoot()) {
    // The server runs as postgres: it must be able to enter the temp dir and own its data dir.
    const { uid, gid } = pgUser();
    chownSync(baseDir, uid, gid);
    chownSync(pgData, uid, gid);
  }
  chmodSync(pgData, 0o700);
  const port = await freePort();
  const superuser = isRoot() ? 'postgres' : userInfo().username;

  runPg(pgBin, 'initdb', ['-D', pgData, '-U', superuser, '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const serverOpts = [
    `-p ${port}`,
    '-c listen_addresses=127.0.0.1',
    `-k ${pgData}`,
    // Throw-away test cluster: durability is not needed, speed is.
    '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
    '-c max_connections=200',
  ].join(' ');
  runPg(pgBin, 'pg_ctl', [
    '-D',
    pgData,
    '-l',
    join(pgData, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    serverOpts,
    'start',
  ]);
  execFileSync(
    join(pgBin, 'psql'),
    [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      superuser,
      '-d',
      'postgres',
      '-qc',
      `create database ${DATABASE}`,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

  const state = {
    url: `postgres://${superuser}@127.0.0.1:${port}/${DATABASE}`,
    port,
    pgData,
    baseDir,
    pgBin,
  };
  writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));
  return state;
}

/** Stops the cluster started by startPostgres() and deletes its files; a no-op when none runs. */
export async function stopPostgres() {
  const state = readState();
  if (!state) return false;
  try {
    if (isRunning(state)) runPg(state.pgBin, 'pg_ctl', ['-D', state.pgData, '-m', 'fast', '-w', 'stop']);
  } finally {
    rmSync(state.baseDir, { recursive: true, force: true });
    rmSync(STATE_FILE, { force: true });
  }
  return true;
}

const pgUser = () => {
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('no postgres user on this machine; install the postgresql package');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
};

const main = async (command) => {
  if (command === 'start') {
    const state = await startPostgres();
    process.stdout.write(`DATABASE_URL=${state.url}\n`);
  } else if (command === 'stop') {
    const stopped = await stopPostgres();
    process.stderr.write(stopped ? 'postgres stopped\n' : 'no postgres started by this script\n');
  } else if (command === 'status') {
    const state = readState();
    const running = state !== null && isRunning(state);
    process.stdout.write(running ? `running DATABASE_URL=${state.url}\n` : 'stopped\n');
    process.exitCode = running ? 0 : 3;
  } else {
    process.stderr.write('usage: node scripts/services/postgres.mjs start|stop|status\n');
    process.exitCode = 2;
  }
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv[2]).catch((err) => {
    const detail = err.stderr ? `\n${String(err.stderr).trim()}` : '';
    process.stderr.write(`postgres: ${err.message}${detail}\n`);
    process.exitCode = 1;
  });
}
