import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { TEST_PLACES } from '../testing/fake-places';

const stances = (text: string) => extract(text, { published: '2014-06-16' }, TEST_PLACES).stances;
const one = (text: string) => {
  const found = stances(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('stances on whether a claim is true', () => {
  it('reads an unverified claim as the publisher’s stance', () => {
    const sut = one('The photos have yet to be verified, but, if confirmed, it would be the worst massacre.');
    expect(sut).toMatchObject({
      stance: 'unverified',
      speaker: 'publisher',
      text: 'The photos have yet to be verified',
    });
  });

  it('reads who has not confirmed', () => {
    expect(one('Nor have Iraqi officials confirmed that a massacre took place.')).toMatchObject({
      stance: 'not_confirmed',
      speaker: 'Iraqi officials',
    });
  });

  it('gives a first-person doubt inside a quotation to the quoted speaker', () => {
    const sut = one(
      '“I am not convinced the photos are authentic,” Erin Evers, a researcher, told the New York Times.',
    );
    expect(sut).toMatchObject({ stance: 'doubts', speaker: 'Erin Evers, a researcher' });
  });

  it('reads support, denial and other stances with their speakers', () => {
    expect(
      one('The US condemned the claim, saying the pictures are “a true depiction of the bloodlust”.'),
    ).toMatchObject({
      stance: 'supports',
      speaker: 'The US',
    });
    expect(one('Cameroon is denying reports that its troops opened fire.')).toMatchObject({
      stance: 'denies',
      speaker: 'Cameroon',
    });
    expect(one('The US says it believes they were air force recruits.')).toMatchObject({
      stance: 'other',
      speaker: 'The US',
    });
  });

  it('reads nothing when the sentence is not about a claim or its evidence', () => {
    expect(stances('He denied being tired after the match.')).toEqual([]);
    expect(stances('If confirmed, the toll would be the highest this year.')).toEqual([]);
  });
});
