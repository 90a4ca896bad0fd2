import { isDomainError } from '@corroborate/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromUtf8 } from '../shared/bytes';
import { sha256Hex } from '../shared/sha256';
import { hasOpenssl, startLocalTsa } from '../tsa/local-openssl-tsa.fixture';
import type { LocalTsa } from '../tsa/local-openssl-tsa.fixture';
import { checkWacz } from '../wacz/wacz.check';
import { openWacz } from '../wacz/wacz.reader';
import { appendToLedger } from '../ledger/append-to-ledger';
import { steppingClock } from '../ledger/ledger.fixture';
import { collectProofMaterial } from './collect-proof-material';
import { scenario } from './proof-bundle.fixture';
import type { BundleManifest } from './proof-bundle.types';
import { writeProofBundle } from './proof-bundle.writer';
import { renderBundleReport } from './render-bundle-report';
import { verifyProofBundle as sut } from './verify-proof-bundle';

const errorOf = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('proof bundle without a TSA', () => {
  it('round-trips: every check passes except the missing timestamp, which can be waived', async () => {
    const { input, signer } = await scenario();
    const bytes = await writeProofBundle(input);
    const strict = await sut(bytes);
    expect(strict.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['timestamps']);
    const relaxed = await sut(bytes, {
      requireTimestamp: false,
      expectedKeyFingerprint: signer.fingerprint.slice(0, 16),
    });
    expect(relaxed.ok).toBe(true);
    expect(relaxed.checks.map((c) => c.name)).toEqual([
      'wacz_structure',
      'file_hashes',
      'ledger_chain',
      'checkpoint_matches_ledger',
      'evidence_in_ledger',
      'checkpoint_signature',
      'timestamps',
    ]);
  });

  it('is a valid WACZ whose manifest hashes every file, evidence tied to ledger entries', async () => {
    const { input } = await scenario();
    const wacz = await openWacz(await writeProofBundle(input));
    expect((await checkWacz(wacz)).issues).toEqual([]);
    const manifest = JSON.parse(fromUtf8(wacz.file('corroborate/manifest.json')!)) as BundleManifest;
    const listed = manifest.files.map((f) => f.path).sort();
    const inZip = wacz.entries
      .map((e) => e.path)
      .filter(
        (p) => !['corroborate/manifest.json', 'datapackage.json', 'datapackage-digest.json'].includes(p),
      )
      .sort();
    expect(listed).toEqual(inZip);
    for (const f of manifest.files) expect(f.sha256).toBe(await sha256Hex(wacz.file(f.path)!));
    expect(manifest.files.filter((f) => f.ledgerSeq).map((f) => [f.role, f.objectId, f.ledgerSeq])).toEqual([
      ['capture', 'cap_1', 3],
      ['media', 'med_1', 5],
      ['document', 'doc_1', 2],
    ]);
    expect(fromUtf8(wacz.file('corroborate/documents/doc_1.txt')!)).toContain('1,700 cadets');
  });

  it('slices the ledger from the earliest evidence entry to the checkpoint', async () => {
    const { input } = await scenario();
    expect(input.ledger.map((e) => e.seq)).toEqual([2, 3, 4, 5, 6]);
    expect(input.checkpoint.seq).toBe(6);
  });

  it('verifies a bundle with no web capture (media and documents only)', async () => {
    const { input } = await scenario();
    const report = await sut(await writeProofBundle({ ...input, captures: [] }), { requireTimestamp: false });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it('names both keys when the bundle is signed by a key other than the expected one', async () => {
    const { input } = await scenario();
    const report = await sut(await writeProofBundle(input), {
      requireTimestamp: false,
      expectedKeyFingerprint: '0123456789abcdef',
    });
    expect(report.checks.find((c) => c.name === 'checkpoint_signature')?.detail).toMatch(
      /^The checkpoint is signed by key [0-9a-f ]{19}, not by the expected key 0123 4567 89ab cdef\.$/,
    );
  });

  it('refuses to write a bundle that could not verify', async () => {
    const { input } = await scenario();
    const changedPhoto = await errorOf(
      writeProofBundle({ ...input, media: [{ ...input.media[0]!, bytes: new Uint8Array([1, 2, 3]) }] }),
    );
    expect(isDomainError(changedPhoto) && changedPhoto.message).toMatch(
      /media med_1 .* is not in the ledger slice/,
    );
    const gap = await errorOf(
      writeProofBundle({ ...input, ledger: input.ledger.filter((e) => e.seq !== 4) }),
    );
    expect(isDomainError(gap) && gap.code).toBe('integrity_failed');
    const short = await errorOf(writeProofBundle({ ...input, ledger: input.ledger.slice(0, -1) }));
    expect(isDomainError(short) && short.code).toBe('validation_failed');
    const badId = await errorOf(
      writeProofBundle({ ...input, documents: [{ ...input.documents[0]!, id: '../x' }] }),
    );
    expect(isDomainError(badId) && badId.code).toBe('validation_failed');
  });

  it('cannot collect material for an object missing from the ledger or not yet checkpointed', async () => {
    const { ledger, checkpoints } = await scenario();
    const missing = await errorOf(
      collectProofMaterial({ ledger, checkpoints }, [
        { kind: 'media', objectId: 'med_9', sha256: 'a'.repeat(64) },
      ]),
    );
    expect(isDomainError(missing) && missing.code).toBe('not_found');
    const late = await appendToLedger(
      { ledger, clock: steppingClock('2026-06-01T00:00:00Z') },
      { kind: 'media', objectId: 'med_2', sha256: 'c'.repeat(64) },
    );
    const uncovered = await errorOf(
      collectProofMaterial({ ledger, checkpoints }, [
        { kind: 'media', objectId: 'med_2', sha256: late.sha256 },
      ]),
    );
    expect(isDomainError(uncovered) && uncovered.code).toBe('conflict');
    expect((uncovered as Error).message).toContain('no checkpoint covers ledger entry 7');
  });
});

describe.skipIf(!hasOpenssl)('proof bundle with a trusted timestamp', () => {
  let tsa: LocalTsa;
  beforeAll(async () => {
    tsa = await startLocalTsa();
  });
  afterAll(() => tsa?.close());

  it('verifies completely and says so in plain words', async () => {
    const { input, signer } = await scenario(`${tsa.url}/tsa`);
    expect(input.timestamps).toHaveLength(1);
    const report = await sut(await writeProofBundle(input), {
      trustedTsaCertsPem: tsa.caPem,
      expectedKeyFingerprint: signer.fingerprint,
    });
    expect(report.checks.filter((c) => !c.ok)).toEqual([]);
    const text = renderBundleReport(report);
    expect(text).toContain('All 10 files match their SHA-256 hashes.');
    expect(text).toContain('The ledger chain of 5 entries (entries 2–6) is intact.');
    expect(text).toContain(`The checkpoint at entry 6 is signed by key ${signer.fingerprint.slice(0, 4)} `);
    expect(text).toMatch(
      new RegExp(
        `Timestamp from TSA Corroborate Test TSA \\(${tsa.url}/tsa\\) at 20\\d\\d-\\d\\d-\\d\\dT[\\d:.]+Z: valid, its certificate chains to a CA you trust\\.`,
      ),
    );
    expect(text.split('\n').at(-1)).toMatch(/^Verdict: the bundle verifies/);
    expect(text).not.toContain('PROBLEM');
  });
});
