import { describe, expect, it } from 'vitest';
import { CLAIM_EVENTS, CLAIM_STANCES } from '@corroborate/core';
import { extract } from './extract';
import { toClaimFacts } from './to-claim-facts';
import { TEST_PLACES } from './testing/fake-places';

describe('toClaimFacts', () => {
  it('keeps exactly the storable facts of a claim', () => {
    const [claim] = extract(
      'Gunmen killed at least 12 villagers in Mosul on Sunday.',
      { published: '2014-06-16' },
      TEST_PLACES,
    ).claims;
    const sut = toClaimFacts(claim!);
    expect(Object.keys(sut).sort()).toEqual(
      ['claimant', 'count', 'date', 'event', 'perpetrator', 'place', 'span', 'stance', 'victims'].sort(),
    );
    expect(sut.count).toEqual({ min: 12, max: null, approx: false, text: 'at least 12' });
    expect(CLAIM_EVENTS).toContain(sut.event);
    expect(CLAIM_STANCES).toContain(sut.stance);
    expect(sut.place).toMatchObject({ name: 'Mosul', lat: 36.335 });
    expect(sut.date).toMatchObject({ value: '2014-06-15' });
  });
});
