import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { TEST_PLACES } from '../testing/fake-places';

const perps = (text: string) =>
  extract(text, { published: '2014-06-16' }, TEST_PLACES).claims.map((c) => c.perpetrator);

describe('perpetrators carried within a paragraph', () => {
  it('resolves a pronoun subject to the attacker of the same sentence', () => {
    expect(perps('The gunmen attacked a village where they killed four residents.')).toEqual(['The gunmen']);
  });

  it('resolves a pronoun subject to the attacker of the sentence before', () => {
    expect(perps('Armed bandits stormed a market in Mosul. They killed six traders.')).toEqual([
      'Armed bandits',
    ]);
  });

  it('gives an agentless passive the perpetrator of an earlier claim of the paragraph', () => {
    expect(perps('Militants killed five soldiers in Mosul. Twelve civilians were wounded.')).toEqual([
      'Militants',
      'Militants',
    ]);
  });

  it('carries nothing across paragraphs, into another incident, or from a non-violent verb', () => {
    expect(perps('Militants killed five soldiers in Mosul.\n\nTwelve civilians were wounded.')).toEqual([
      'Militants',
      null,
    ]);
    expect(perps('Militants killed five soldiers. In a separate attack, two men were killed.')).toEqual([
      'Militants',
      null,
    ]);
    expect(perps('Police arrested a suspect in Mosul. Three people were killed.')).toEqual([null]);
  });

  it('leaves a weapon subject and a conditional claim without a carried perpetrator', () => {
    expect(perps('Gunmen stormed a wedding. A car bomb killed nine guests.')).toEqual([null]);
    expect(
      perps('Gunmen stormed a wedding. If 20 guests were killed, it would be the worst attack.'),
    ).toEqual([null]);
  });

  it('names whoever holds or parades captives as their captor', () => {
    expect(
      perps('One photo shows an ISIS militant with his hand outstretched, showing off dozens of captives.'),
    ).toEqual(['an ISIS militant']);
  });
});
