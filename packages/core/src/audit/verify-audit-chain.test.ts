import { describe, expect, it } from 'vitest';
import { auditPayload, GENESIS_HASH, type AuditEvent } from '../domain/audit-event';
import type { Hasher } from '../ports/hasher.port';
import { computeAuditHash, nextAuditEntry } from './audit-hash';
import { fakeHasher } from './fake-hasher.fixture';
import { verifyAuditChain, verifyAuditChainSync } from './verify-audit-chain';

const makeChain = (n: number): AuditEvent[] => {
  const out: AuditEvent[] = [];
  for (let i = 0; i < n; i += 1) {
    const prev = out[out.length - 1] ?? null;
    const event = {
      actorId: `u${i % 2}`,
      action: 'incident.transition',
      entityType: 'incident',
      entityId: 'inc-1',
      before: { status: 'new' },
      after: { status: `s${i}` },
    };
    out.push(nextAuditEntry(fakeHasher, prev, event, new Date(Date.UTC(2014, 5, 20, 8, i))));
  }
  return out;
};

async function* streamed(entries: AuditEvent[]): AsyncIterable<AuditEvent> {
  for (const e of entries) {
    await Promise.resolve();
    yield e;
  }
}

describe('computeAuditHash / nextAuditEntry', () => {
  it('hashes exactly the audit payload', () => {
    const calls: string[] = [];
    const spy: Hasher = { sha256: (d) => (calls.push(String(d)), fakeHasher.sha256(d)) };
    const [entry] = makeChain(1);
    const { hash: _hash, ...rest } = entry!;
    expect(computeAuditHash(spy, rest)).toBe(entry!.hash);
    expect(calls).toEqual([auditPayload(rest)]);
  });

  it('chains from the genesis hash, seq 1, then each previous hash', () => {
    const [a, b] = makeChain(2);
    expect([a!.seq, a!.prevHash]).toEqual([1, GENESIS_HASH]);
    expect([b!.seq, b!.prevHash]).toEqual([2, a!.hash]);
  });
});

describe('verifyAuditChain', () => {
  it('accepts an intact chain, sync and streamed', async () => {
    const chain = makeChain(5);
    const expected = { ok: true, count: 5, lastHash: chain[4]!.hash };
    expect(verifyAuditChainSync(chain, fakeHasher)).toEqual(expected);
    expect(await verifyAuditChain(streamed(chain), fakeHasher)).toEqual(expected);
    expect(await verifyAuditChain(chain, fakeHasher)).toEqual(expected);
  });

  it('accepts an empty log', () => {
    expect(verifyAuditChainSync([], fakeHasher)).toEqual({ ok: true, count: 0, lastHash: GENESIS_HASH });
  });

  it('names an edited entry: its hash no longer matches', async () => {
    const chain = makeChain(5);
    chain[2] = { ...chain[2]!, after: { status: 'published' } };
    const sut = await verifyAuditChain(streamed(chain), fakeHasher);
    expect(sut).toMatchObject({ ok: false, seq: 3, problem: 'hash_mismatch' });
    expect(sut.ok ? '' : sut.message).toMatch(/^audit entry 3: /);
  });

  it('catches an edit whose hash was recomputed: the next link breaks', () => {
    const chain = makeChain(5);
    const { hash: _old, ...rest } = { ...chain[1]!, actorId: 'intruder' };
    chain[1] = { ...rest, hash: computeAuditHash(fakeHasher, rest) };
    expect(verifyAuditChainSync(chain, fakeHasher)).toMatchObject({
      ok: false,
      seq: 3,
      problem: 'broken_link',
    });
  });

  it('names the entry after a deleted one as a gap', async () => {
    const chain = makeChain(5);
    chain.splice(1, 1);
    expect(await verifyAuditChain(streamed(chain), fakeHasher)).toMatchObject({
      ok: false,
      seq: 3,
      problem: 'gap',
    });
  });

  it('sees a deletion hidden by renumbering as a broken link', () => {
    const chain = makeChain(4);
    chain.splice(1, 1);
    // Renumber and rehash the moved entries, but the chain still points at the deleted hash.
    const moved = chain.map((e, i) => {
      const { hash: _h, ...rest } = { ...e, seq: i + 1 };
      return { ...rest, hash: computeAuditHash(fakeHasher, rest) };
    });
    expect(verifyAuditChainSync(moved, fakeHasher)).toMatchObject({
      ok: false,
      seq: 2,
      problem: 'broken_link',
    });
  });

  it('sees a deleted first entry', () => {
    expect(verifyAuditChainSync(makeChain(3).slice(1), fakeHasher)).toMatchObject({
      ok: false,
      seq: 2,
      problem: 'gap',
    });
  });

  it('continues from a trusted checkpoint', () => {
    const chain = makeChain(5);
    const after = { seq: 2, hash: chain[1]!.hash };
    expect(verifyAuditChainSync(chain.slice(2), fakeHasher, { after })).toEqual({
      ok: true,
      count: 3,
      lastHash: chain[4]!.hash,
    });
    const wrong = { seq: 2, hash: chain[0]!.hash };
    expect(verifyAuditChainSync(chain.slice(2), fakeHasher, { after: wrong })).toMatchObject({
      ok: false,
      seq: 3,
      problem: 'broken_link',
    });
  });

  it('reports an entry with an invalid time as a hash mismatch rather than crashing', () => {
    const chain = makeChain(2);
    chain[1] = { ...chain[1]!, at: new Date('invalid') };
    expect(verifyAuditChainSync(chain, fakeHasher)).toMatchObject({
      ok: false,
      seq: 2,
      problem: 'hash_mismatch',
    });
  });

  it('stops reading at the first problem', async () => {
    const chain = makeChain(4);
    chain[0] = { ...chain[0]!, action: 'x' };
    let read = 0;
    async function* counting() {
      for (const e of chain) {
        read += 1;
        yield await Promise.resolve(e);
      }
    }
    await verifyAuditChain(counting(), fakeHasher);
    expect(read).toBe(1);
  });
});
