import { createPublicKey, randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DomainError } from '@corroborate/core';
import type { KeyStore, StoredKeyPair } from './key-store.port';

const isErrno = (err: unknown, code: string): boolean => (err as { code?: unknown } | null)?.code === code;

/**
 * KeyStore on disk: `<dataDir>/keys/checkpoint-ed25519.pem` (PKCS#8, mode 0600; the folder 0700) and a
 * `.pub.pem` copy of the public key for people to publish. The private file appears atomically (written
 * aside, then hard-linked into place), so two processes starting together end up with one key.
 */
export class FileKeyStore implements KeyStore {
  readonly privatePath: string;
  readonly publicPath: string;

  constructor(dataDir: string) {
    this.privatePath = join(dataDir, 'keys', 'checkpoint-ed25519.pem');
    this.publicPath = join(dataDir, 'keys', 'checkpoint-ed25519.pub.pem');
  }

  async load(): Promise<StoredKeyPair | null> {
    let mode: number;
    try {
      mode = (await stat(this.privatePath)).mode & 0o777;
    } catch (err) {
      if (isErrno(err, 'ENOENT')) return null;
      throw err;
    }
    if (process.platform !== 'win32' && mode & 0o077) {
      const m = mode.toString(8).padStart(4, '0');
      throw new DomainError(
        'forbidden',
        `key file ${this.privatePath} is readable by others (mode ${m}); run chmod 600 on it`,
      );
    }
    const privateKeyPem = await readFile(this.privatePath, 'utf8');
    // The public half comes from the private key itself, so a lost or edited .pub.pem cannot mislead.
    const publicKeyPem = createPublicKey(privateKeyPem).export({ type: 'spki', format: 'pem' }).toString();
    return { privateKeyPem, publicKeyPem };
  }

  async create(pair: StoredKeyPair): Promise<void> {
    await mkdir(join(this.privatePath, '..'), { recursive: true, mode: 0o700 });
    const aside = `${this.privatePath}.${randomUUID()}.tmp`;
    await writeFile(aside, pair.privateKeyPem, { flag: 'wx', mode: 0o600 });
    try {
      await link(aside, this.privatePath);
    } catch (err) {
      if (isErrno(err, 'EEXIST'))
        throw new DomainError('conflict', `key file ${this.privatePath} already exists`);
      throw err;
    } finally {
      await unlink(aside);
    }
    const publicAside = `${this.publicPath}.${randomUUID()}.tmp`;
    await writeFile(publicAside, pair.publicKeyPem, { mode: 0o644 });
    await rename(publicAside, this.publicPath);
  }
}
