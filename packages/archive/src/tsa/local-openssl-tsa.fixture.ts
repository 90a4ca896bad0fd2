import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** True when an `openssl` binary with the `ts` command is on PATH. */
export const hasOpenssl = ((): boolean => {
  try {
    execFileSync('openssl', ['ts', '-help'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** A throw-away RFC 3161 TSA made with `openssl ts`, served on 127.0.0.1 for tests. */
export interface LocalTsa {
  /** Base URL; POST to `${url}/tsa` (or /tsa2) for a timestamp, /down for 503, /junk, /replay. */
  url: string;
  dir: string;
  caFile: string;
  tsaCertFile: string;
  caPem: string;
  /** Request bodies received, in order. */
  requests: Uint8Array[];
  /** Runs openssl with args in the TSA folder; resolves with exit code and output. */
  openssl(args: string[]): Promise<{ code: number; output: string }>;
  close(): Promise<void>;
}

function makePki(dir: string): void {
  const ssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
  ssl([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-subj',
    '/CN=Corroborate Test Root CA',
    '-days',
    '2',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  ssl([
    'req',
    '-new',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'tsa.key',
    '-out',
    'tsa.csr',
    '-subj',
    '/CN=Corroborate Test TSA',
  ]);
  writeFileSync(
    join(dir, 'tsa-ext.cnf'),
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=critical,timeStamping\n',
  );
  ssl([
    'x509',
    '-req',
    '-in',
    'tsa.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'tsa.pem',
    '-days',
    '2',
    '-extfile',
    'tsa-ext.cnf',
  ]);
  writeFileSync(join(dir, 'tsaserial'), '01\n');
  writeFileSync(
    join(dir, 'tsa.cnf'),
    [
      '[ tsa ]',
      'default_tsa = tsa_config1',
      '[ tsa_config1 ]',
      `dir = ${dir}`,
      'serial = $dir/tsaserial',
      'crypto_device = builtin',
      'signer_cert = $dir/tsa.pem',
      'certs = $dir/tsa.pem',
      'signer_key = $dir/tsa.key',
      'signer_digest = sha256',
      'default_policy = 1.2.3.4.1',
      'other_policies = 1.2.3.4.5',
      'digests = sha256, sha384, sha512',
      'accuracy = secs:1',
      'ordering = yes',
      'tsa_name = yes',
      'ess_cert_id_chain = no',
      'ess_cert_id_alg = sha256',
      '',
    ].join('\n'),
  );
}

/** Starts a local TSA; call close() when done. Needs `openssl` (see hasOpenssl). */
export async function startLocalTsa(): Promise<LocalTsa> {
  const dir = mkdtempSync(join(tmpdir(), 'tsa-'));
  makePki(dir);
  const requests: Uint8Array[] = [];
  let queue: Promise<unknown> = Promise.resolve();
  let first: Uint8Array | null = null;
  const reply = async (query: Uint8Array): Promise<Uint8Array> => {
    const n = requests.length;
    writeFileSync(join(dir, `q${n}.tsq`), query);
    await run(
      'openssl',
      ['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', `q${n}.tsq`, '-out', `r${n}.tsr`],
      { cwd: dir },
    );
    return new Uint8Array(readFileSync(join(dir, `r${n}.tsr`)));
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = new Uint8Array(Buffer.concat(chunks));
      requests.push(body);
      const path = req.url ?? '';
      // openssl ts bumps a serial file, so requests are answered one at a time.
      const answer = (queue = queue.then(async () => {
        if (path === '/down') return null;
        if (path === '/junk') return new TextEncoder().encode('not a timestamp');
        if (path === '/replay' && first) return first;
        const token = await reply(body);
        first ??= token;
        return token;
      }));
      answer.then(
        (token) => {
          res.writeHead(token ? 200 : 503, { 'Content-Type': 'application/timestamp-reply' });
          res.end(token ?? undefined);
        },
        () => res.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    dir,
    caFile: join(dir, 'ca.pem'),
    tsaCertFile: join(dir, 'tsa.pem'),
    caPem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    requests,
    openssl: (args) =>
      run('openssl', args, { cwd: dir }).then(
        (r) => ({ code: 0, output: r.stdout + r.stderr }),
        (e: { code?: number; stdout?: string; stderr?: string }) => ({
          code: e.code ?? 1,
          output: `${e.stdout ?? ''}${e.stderr ?? ''}`,
        }),
      ),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
