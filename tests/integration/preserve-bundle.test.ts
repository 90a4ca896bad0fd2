import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWacz } from '@corroborate/archive';
import type { Store } from '@corroborate/core';
import { createUlidIds, openStore, systemClock } from '@corroborate/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasOpenssl,
  startLocalTsa,
  type LocalTsa,
} from '../../packages/archive/src/tsa/local-openssl-tsa.fixture';
import { rezip } from '../../packages/archive/src/zip/rezip.fixture';
import { startCaptureSite } from '../../packages/ingest/src/capture/capture-test-site.fixture';
import { photoJpeg } from '../../packages/ingest/src/media-ingest/media-images.fixture';
import { runCli } from '../support/cli';

let site: Awaited<ReturnType<typeof startCaptureSite>>;
let tsa: LocalTsa;
let dir: string;
let db: string;
let bundle: string;
let env: Record<string, string>;

/** An incident with the captured page's claim and one of its images, made through the ports. */
async function makeIncident(store: Store): Promise<string> {
  const [doc] = (await store.documents.list({ limit: 1 })).items;
  const [photo] = (await store.media.list({ limit: 1 })).items;
  const incident = await store.incidents.create({ title: 'Market attack, 10 June 2014' });
  const [claim] = await store.claims.replaceMachineClaims(doc!.id, [
    {
      event: 'killed',
      count: { min: 12, max: 12, approx: false, text: '12' },
      victims: { text: 'people', type: 'people' },
      perpetrator: null,
      claimant: 'officials',
      stance: 'claimed',
      place: null,
      date: null,
      span: [0, 20],
    },
  ]);
  await store.claims.setIncident(claim!.id, incident.id);
  await store.mediaLinks.link({ incidentId: incident.id, mediaId: photo!.id, note: null, linkedBy: null });
  return incident.id;
}

describe.skipIf(!hasOpenssl)('corroborate bundle and verify-bundle (real process, local TSA)', () => {
  beforeAll(async () => {
    tsa = await startLocalTsa();
    site = await startCaptureSite({ a: await photoJpeg(81), b: await photoJpeg(82) });
    dir = await mkdtemp(join(tmpdir(), 'corroborate-preserve-bundle-'));
    db = `sqlite:${join(dir, 'data', 'c.db')}`;
    env = { CORROBORATE_BLOBS: '', CORROBORATE_KEYS: '', CORROBORATE_TSA_URLS: `${tsa.url}/tsa`, PATH: '' };
    const cap = await runCli(['capture', `${site.base}/news/market.html`, '--db', db, '--allow-private'], {
      env,
    });
    expect(cap.code, cap.stderr).toBe(0);
    const clock = systemClock;
    const store = await openStore(db, { clock, ids: createUlidIds({ clock }) });
    const incidentId = await makeIncident(store).finally(() => store.close());
    bundle = join(dir, 'incident.wacz');
    const b = await runCli(['bundle', incidentId, '-o', bundle, '--db', db], { env });
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toMatch(
      /: 1 documents, 1 media, 1 captures, \d+ ledger entries to checkpoint \d+, 1 timestamps$/m,
    );
  }, 90_000);
  afterAll(async () => {
    await tsa?.close();
    await site?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('verifies, with the TSA chained to its CA', async () => {
    const r = await runCli(['verify-bundle', bundle, '--tsa-ca', tsa.caFile], { env });
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(
      'Verdict: the bundle verifies. Its files are the ones recorded, unchanged since the checkpoint.',
    );
  });

  it('has a timestamp token that `openssl ts -verify` accepts for checkpoint.json', async () => {
    const wacz = await openWacz(await readFile(bundle));
    const file = (p: (path: string) => boolean) => wacz.entries.find((e) => p(e.path))!;
    const tsr = join(dir, 'token.tsr');
    const data = join(dir, 'checkpoint.json');
    await writeFile(tsr, file((p) => p.startsWith('corroborate/timestamps/')).bytes);
    await writeFile(data, file((p) => p === 'corroborate/checkpoint.json').bytes);
    const out = execFileSync(
      'openssl',
      ['ts', '-verify', '-in', tsr, '-data', data, '-CAfile', tsa.caFile, '-untrusted', tsa.tsaCertFile],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/Verification: OK/);
  });

  it('names a flipped byte in a bundled photo and exits 1', async () => {
    const bytes = new Uint8Array(await readFile(bundle));
    const media = (await openWacz(bytes)).entries.find((e) => e.path.startsWith('corroborate/media/'))!;
    bytes[media.dataOffset + 200] = bytes[media.dataOffset + 200]! ^ 0x10;
    const tampered = join(dir, 'flipped.wacz');
    await writeFile(tampered, bytes);
    const r = await runCli(['verify-bundle', tampered, '--tsa-ca', tsa.caFile], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`^PROBLEM: ${media.path.replace(/\./g, '\\.')} does not match its SHA-256 hash`, 'm'),
    );
  });

  it('names a deleted ledger row', async () => {
    const forged = await rezip(new Uint8Array(await readFile(bundle)), (files) => {
      const lines = new TextDecoder().decode(files.get('corroborate/ledger.jsonl')).trim().split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(3);
      files.set(
        'corroborate/ledger.jsonl',
        new TextEncoder().encode([lines[0], ...lines.slice(2)].join('\n') + '\n'),
      );
    });
    const tampered = join(dir, 'deleted-row.wacz');
    await writeFile(tampered, forged);
    const r = await runCli(['verify-bundle', tampered, '--tsa-ca', tsa.caFile], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^PROBLEM: The ledger chain is broken: entry 2 is missing: entry 3 follows entry 1\.$/m,
    );
  });

  it('names a changed timestamp token', async () => {
    const forged = await rezip(new Uint8Array(await readFile(bundle)), (files) => {
      const [path, token] = [...files].find(([p]) => p.startsWith('corroborate/timestamps/'))!;
      const changed = token.slice();
      changed[changed.length - 10] = changed[changed.length - 10]! ^ 0x01;
      files.set(path, changed);
    });
    const tampered = join(dir, 'token.wacz');
    await writeFile(tampered, forged);
    const r = await runCli(['verify-bundle', tampered, '--tsa-ca', tsa.caFile], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^PROBLEM: Timestamp corroborate\/timestamps\/1-127\.0\.0\.1\.tsr .*: invalid, /m,
    );
  });
});
