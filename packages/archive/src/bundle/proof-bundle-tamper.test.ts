import { isDomainError } from '@corroborate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../shared/bytes';
import { hashLedgerEntry } from '../ledger/ledger-entry';
import { ledgerFromJsonl, ledgerToJsonl } from '../ledger/ledger-jsonl';
import { checkpointToJson } from '../ledger/checkpoint/checkpoint';
import { signCheckpoint } from '../ledger/checkpoint/checkpoint-if-due';
import { loadOrCreateSigner } from '../ledger/checkpoint/ed25519-signer';
import { InMemoryKeyStore } from '../ledger/checkpoint/in-memory-key.store';
import { hasOpenssl, startLocalTsa } from '../tsa/local-openssl-tsa.fixture';
import type { LocalTsa } from '../tsa/local-openssl-tsa.fixture';
import { openWacz } from '../wacz/wacz.reader';
import { forge, scenario } from './proof-bundle.fixture';
import type { Scenario } from './proof-bundle.fixture';
import type { BundleReport } from './proof-bundle.types';
import { writeProofBundle } from './proof-bundle.writer';
import { renderBundleReport } from './render-bundle-report';
import { verifyProofBundle } from './verify-proof-bundle';

const MEDIA = 'corroborate/media/med_1.jpg';
const LEDGER = 'corroborate/ledger.jsonl';
const failed = (r: BundleReport) => r.checks.filter((c) => !c.ok).map((c) => c.name);
const detail = (r: BundleReport, name: string) => r.checks.find((c) => c.name.startsWith(name))?.detail ?? '';

describe('verifyProofBundle names what was tampered with', () => {
  let tsa: LocalTsa | null = null;
  let world: Scenario;
  let bundle: Uint8Array;
  let sut: (bytes: Uint8Array) => Promise<BundleReport>;

  beforeAll(async () => {
    tsa = hasOpenssl ? await startLocalTsa() : null;
    world = await scenario(tsa ? `${tsa.url}/tsa` : undefined);
    bundle = await writeProofBundle(world.input);
    const opts = {
      expectedKeyFingerprint: world.signer.fingerprint,
      requireTimestamp: tsa !== null,
      ...(tsa ? { trustedTsaCertsPem: tsa.caPem } : {}),
    };
    sut = (bytes) => verifyProofBundle(bytes, opts);
  });
  afterAll(() => tsa?.close());

  it('starts from a bundle that verifies', async () => {
    expect(failed(await sut(bundle))).toEqual([]);
  });

  it('a flipped byte in a bundled photo', async () => {
    const copy = bundle.slice();
    const entry = (await openWacz(copy)).entries.find((e) => e.path === MEDIA)!;
    copy[entry.dataOffset + 6] = copy[entry.dataOffset + 6]! ^ 0x10;
    const report = await sut(copy);
    expect(failed(report)).toEqual(['wacz_structure', 'file_hashes', 'evidence_in_ledger']);
    expect(detail(report, 'file_hashes')).toMatch(
      /^corroborate\/media\/med_1\.jpg does not match its SHA-256 hash \(manifest [0-9a-f]{12}…, file [0-9a-f]{12}…\)\.$/,
    );
    expect(renderBundleReport(report)).toContain(
      'PROBLEM: corroborate/media/med_1.jpg does not match its SHA-256 hash',
    );
    expect(renderBundleReport(report).split('\n').at(-1)).toBe(
      'Verdict: the bundle does NOT verify (3 of 7 checks failed).',
    );
  });

  it('a flipped byte in the web capture', async () => {
    const copy = bundle.slice();
    const entry = (await openWacz(copy)).entries.find((e) => e.path.startsWith('archive/'))!;
    copy[entry.dataOffset + 100] = copy[entry.dataOffset + 100]! ^ 0x01;
    expect(detail(await sut(copy), 'evidence_in_ledger')).toMatch(
      /^archive\/capture-\d+\.warc\.gz \(capture cap_1\) is not recorded in the ledger/,
    );
  });

  it('a photo swapped by a forger who also rewrote every hash in the manifest and datapackage', async () => {
    const forged = await forge(bundle, (files) => void files.set(MEDIA, utf8('a different picture')));
    const report = await sut(forged);
    expect(failed(report)).toEqual(['evidence_in_ledger']);
    expect(detail(report, 'evidence_in_ledger')).toBe(
      'corroborate/media/med_1.jpg (media med_1) is not recorded in the ledger with its SHA-256.',
    );
  });

  it('a deleted ledger row, hashes rewritten', async () => {
    const forged = await forge(bundle, (files) => {
      const lines = fromUtf8(files.get(LEDGER)!).trim().split('\n');
      files.set(LEDGER, utf8(lines.filter((l) => !l.includes('"seq":4,')).join('\n') + '\n'));
    });
    const report = await sut(forged);
    expect(failed(report)).toEqual(['ledger_chain']);
    expect(detail(report, 'ledger_chain')).toBe(
      'The ledger chain is broken: entry 4 is missing: entry 5 follows entry 3.',
    );
  });

  it('a ledger re-chained to fit a swapped photo', async () => {
    const forged = await forge(bundle, async (files) => {
      files.set(MEDIA, utf8('a different picture'));
      const { entries } = ledgerFromJsonl(files.get(LEDGER)!);
      const { sha256Hex } = await import('../shared/sha256');
      for (let i = 0; i < entries.length; i++) {
        const e = entries[i]!;
        const changed = {
          ...e,
          sha256: e.objectId === 'med_1' ? await sha256Hex(utf8('a different picture')) : e.sha256,
          prevHash: i ? entries[i - 1]!.hash : e.prevHash,
        };
        entries[i] = { ...changed, hash: await hashLedgerEntry(changed) };
      }
      files.set(LEDGER, ledgerToJsonl(entries));
    });
    const report = await sut(forged);
    expect(failed(report)).toEqual(['checkpoint_matches_ledger']);
    expect(detail(report, 'checkpoint_matches_ledger')).toBe(
      "The checkpoint's hash for entry 6 differs from the ledger's.",
    );
  });

  it('a checkpoint re-signed with the forger’s own key', async () => {
    const other = await loadOrCreateSigner(new InMemoryKeyStore());
    const forged = await forge(bundle, (files) => {
      const entry = world.input.ledger.at(-1)!;
      files.set(
        'corroborate/checkpoint.json',
        checkpointToJson(signCheckpoint(other, entry, new Date('2026-05-01T12:00:30Z'))),
      );
      files.set('corroborate/public-key.pem', utf8(other.publicKeyPem));
    });
    const report = await sut(forged);
    expect(detail(report, 'checkpoint_signature')).toMatch(
      /^The checkpoint is signed by key .*, not by the expected key/,
    );
    if (tsa) expect(detail(report, 'timestamp:')).toMatch(/invalid, the token does not cover this data/);
  });

  it.skipIf(!hasOpenssl)('a changed timestamp token, hashes rewritten', async () => {
    const forged = await forge(bundle, (files) => {
      const path = [...files.keys()].find((p) => p.startsWith('corroborate/timestamps/'))!;
      const token = files.get(path)!;
      const at = token.findIndex((b, i) => b === 0x18 && token[i + 1] === 0x0f && token[i + 16] === 0x5a);
      token[at + 14] = token[at + 14]! ^ 0x01; // a digit of the seconds in genTime
    });
    const report = await sut(forged);
    expect(failed(report)).toEqual([
      expect.stringMatching(/^timestamp:corroborate\/timestamps\/1-127\.0\.0\.1\.tsr$/),
    ]);
    expect(detail(report, 'timestamp:')).toMatch(
      /: invalid, the token was altered after the TSA signed it\.$/,
    );
  });

  it('a bundle with its manifest and ledger removed is reported, not a crash', async () => {
    const forged = await forge(bundle, (files) => {
      files.delete(LEDGER);
      files.set(
        'corroborate/manifest.json',
        utf8('{"format":"corroborate-proof-bundle/1","files":[{"path":1}]}'),
      );
    });
    const report = await sut(forged);
    expect(report.ok).toBe(false);
    expect(detail(report, 'file_hashes')).toBe(
      'File hashes cannot be checked: corroborate/manifest.json file entry 1 is malformed.',
    );
    expect(detail(report, 'ledger_chain')).toBe(
      'corroborate/ledger.jsonl is missing, so nothing ties the files to the checkpoint.',
    );
  });

  it.each([
    ['not a ZIP', utf8('%PDF-1.7 this is a pdf')],
    ['a truncated bundle', new Uint8Array(0)],
  ])('%s raises parse_failed naming the file', async (_label, bytes) => {
    const err = await verifyProofBundle(bytes, { name: 'speicher.wacz' }).catch((e: unknown) => e);
    expect(isDomainError(err) && err.code).toBe('parse_failed');
    expect((err as Error).message).toMatch(/^speicher\.wacz is not a readable ZIP archive/);
  });

  it('a bundle cut short mid-download raises parse_failed', async () => {
    const err = await verifyProofBundle(bundle.slice(0, Math.floor(bundle.length / 2)), {
      name: 'cut.wacz',
    }).catch((e: unknown) => e);
    expect(isDomainError(err) && err.code).toBe('parse_failed');
  });
});
