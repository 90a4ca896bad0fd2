import { describe, expect, it } from 'vitest';
import { claimInput } from './reconcile-input.fixture';
import { classifyClaim, resolveSpeaker } from './speaker';

const classify = (input: ReturnType<typeof claimInput>, aliases = {}) =>
  classifyClaim(input, resolveSpeaker(input, aliases), aliases);

describe('resolveSpeaker', () => {
  it('is the publisher when the text names no claimant', () => {
    const sut = resolveSpeaker(claimInput({ source: { name: 'HRW', kind: 'ngo' } }));
    expect(sut).toEqual({ name: 'HRW', key: 'hrw', kind: 'ngo', ownReport: true });
  });

  it('is the publisher when the claimant is the publisher itself', () => {
    const sut = resolveSpeaker(
      claimInput({
        source: { name: 'Human Rights Watch', kind: 'ngo' },
        facts: { claimant: 'human rights watch' },
      }),
    );
    expect(sut.ownReport).toBe(true);
    expect(sut.kind).toBe('ngo');
  });

  it('is the claimant, of unknown kind, when an outlet relays someone', () => {
    const sut = resolveSpeaker(claimInput({ facts: { claimant: 'ISIS' } }));
    expect(sut).toEqual({ name: 'ISIS', key: 'isis', kind: 'unknown', ownReport: false });
  });

  it('takes the claimant kind when the caller knows it', () => {
    const sut = resolveSpeaker(
      claimInput({ facts: { claimant: 'Health Ministry' }, claimantKind: 'official' }),
    );
    expect(sut.kind).toBe('official');
  });

  it('gives unknown speakers a per-claim key so they never merge', () => {
    const a = resolveSpeaker(claimInput({ source: null }));
    const b = resolveSpeaker(claimInput({ source: null }));
    expect(a.key).not.toBe(b.key);
    expect(a.kind).toBe('unknown');
  });

  it('applies aliases to claimant and publisher', () => {
    const sut = resolveSpeaker(
      claimInput({
        source: { name: 'Amaq', kind: 'perpetrator_affiliated' },
        facts: { claimant: 'Islamic State' },
      }),
      { amaq: 'isis', 'islamic state': 'isis' },
    );
    expect(sut.ownReport).toBe(true);
    expect(sut.kind).toBe('perpetrator_affiliated');
  });
});

describe('classifyClaim', () => {
  it('classes a denial as a denial whoever speaks', () => {
    expect(
      classify(claimInput({ facts: { stance: 'denied' }, source: { name: 'MoD', kind: 'official' } })),
    ).toBe('denial');
  });

  it('classes a perpetrator-affiliated publisher as a self-claim', () => {
    expect(classify(claimInput({ source: { name: 'ISIS', kind: 'perpetrator_affiliated' } }))).toBe(
      'self_claim',
    );
  });

  it('classes a claimant who is the perpetrator as a self-claim, even relayed by media', () => {
    const input = claimInput({ facts: { claimant: 'ISIS', perpetrator: 'isis', stance: 'claimed' } });
    expect(classify(input)).toBe('self_claim');
  });

  it('classes official, independent and unknown speakers', () => {
    expect(classify(claimInput({ source: { name: 'Governor', kind: 'official' } }))).toBe('official');
    expect(classify(claimInput({ source: { name: 'HRW', kind: 'ngo' } }))).toBe('independent');
    expect(classify(claimInput({ source: { name: 'Reuters', kind: 'media' } }))).toBe('independent');
    expect(classify(claimInput({ source: { name: 'Resident', kind: 'witness' } }))).toBe('independent');
    expect(classify(claimInput({ source: { name: 'Blog', kind: 'unknown' } }))).toBe('unattributed');
    expect(classify(claimInput({ facts: { claimant: 'local sources' } }))).toBe('unattributed');
  });
});
