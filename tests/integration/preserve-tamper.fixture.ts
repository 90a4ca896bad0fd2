import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** A copy of a data folder to tamper with, leaving the original intact for the next test. */
export const copyData = async (from: string, to: string): Promise<string> => {
  await cp(from, to, { recursive: true });
  return to;
};

/** Runs SQL statements on a SQLite file directly, as someone with access to the disk could. */
export const sqlite = (file: string, ...statements: string[]): void => {
  const db = new Database(file);
  try {
    for (const s of statements) db.prepare(s).run();
  } finally {
    db.close();
  }
};

/** Flips the low bit of one byte of a file. */
export const flipByte = async (file: string, at: (length: number) => number): Promise<void> => {
  const bytes = await readFile(file);
  const i = at(bytes.length);
  bytes[i] = (bytes[i] ?? 0) ^ 1;
  await writeFile(file, bytes);
};

/**
 * Changes one digit of the genTime inside an RFC 3161 token (a GeneralizedTime: tag 0x18, then
 * "YYYYMMDDhhmmss…Z"), so the TSA's signature over TSTInfo no longer matches.
 */
export function alterGenTime(token: Uint8Array): Uint8Array {
  const out = new Uint8Array(token);
  const year = Buffer.from(String(new Date().getUTCFullYear()));
  for (let i = 0; i + 2 + year.length < out.length; i++) {
    if (out[i] === 0x18 && Buffer.from(out.subarray(i + 2, i + 2 + year.length)).equals(year)) {
      const secondDigit = i + 2 + 13;
      out[secondDigit] = out[secondDigit] === 0x30 ? 0x31 : 0x30;
      return out;
    }
  }
  throw new Error('no GeneralizedTime found in the token');
}

/** Rewrites the first timestamp token stored in a SQLite database with `change`. */
export const changeStoredToken = (file: string, change: (t: Uint8Array) => Uint8Array): void => {
  const db = new Database(file);
  try {
    const row = db.prepare('SELECT id, token FROM checkpoint_timestamps ORDER BY id LIMIT 1').get() as
      { id: number; token: Buffer } | undefined;
    if (!row) throw new Error('no timestamp token stored');
    db.prepare('UPDATE checkpoint_timestamps SET token = ? WHERE id = ?').run(
      Buffer.from(change(new Uint8Array(row.token))),
      row.id,
    );
  } finally {
    db.close();
  }
};

export const blobPath = (dataDir: string, sha256: string): string =>
  join(dataDir, 'blobs', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
