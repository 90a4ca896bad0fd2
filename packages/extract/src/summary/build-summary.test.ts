import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { TEST_PLACES } from '../testing/fake-places';

const summary = (text: string, published: string | null = '2014-06-16') =>
  extract(text, { published }, TEST_PLACES).summary;

describe('document summary', () => {
  it('pre-fills the main event from the first killing the text reports', () => {
    const sut = summary(
      'Gunmen killed 12 villagers in Mosul on Sunday, police said. At least 30 people were wounded. ' +
        'Last year 200 people died in the region.',
    );
    expect(sut).toMatchObject({
      killed: { min: 12, max: 12 },
      injured: { min: 30, max: null },
      place: { name: 'Mosul', lat: 36.335 },
      date: { value: '2014-06-15' },
      perpetrator: 'Gunmen',
    });
  });

  it('counts the civilians when the text splits civilians from fighters', () => {
    expect(
      summary('In Kirkuk, 11 civilians and a soldier were killed when rebels shelled a market.').killed,
    ).toEqual({
      min: 11,
      max: 11,
    });
    expect(summary('A car bomb killed nine people in Baghdad, including five civilians.').killed?.min).toBe(
      5,
    );
    expect(summary('A car bomb killed seven people in Baghdad, including two soldiers.').killed?.min).toBe(5);
  });

  it('uses the stated figure of "more than 30" as an inclusive bound', () => {
    const r = extract('More than 30 people were killed in Mosul.', { published: '2014-06-16' }, TEST_PLACES);
    expect(r.claims[0]?.count.min).toBe(31);
    expect(r.summary.killed).toEqual({ min: 30, max: null });
  });

  it('adds "others" killed in the same report, but not the parts of a partition', () => {
    expect(
      summary(
        'Air strikes killed seven civilians in Aleppo, while strikes on two towns nearby killed 11 others.',
      ).killed?.min,
    ).toBe(18);
    expect(
      summary(
        'Seven civilians were killed in Aleppo. Four of them were killed by a strike while three others were shot.',
      ).killed?.min,
    ).toBe(7);
  });

  it('never takes a conditional or denied figure for the toll', () => {
    const sut = summary(
      'If 1,700 soldiers were killed, it would be the worst massacre. Police said 12 people died.',
    );
    expect(sut.killed?.min).toBe(12);
    expect(summary('The army denied that any civilians were killed.').killed).toBeNull();
  });

  it('assumes the publication day when no claim is dated (a span-less date)', () => {
    expect(summary('Gunmen killed five people in Baghdad.').date).toEqual({
      text: '',
      span: null,
      value: '2014-06-16',
    });
    expect(summary('Gunmen killed five people in Baghdad.', null).date).toBeNull();
  });

  it('takes a claimed responsibility as the perpetrator when the killer is a weapon', () => {
    expect(
      summary('A car bomb killed 5 people in Baghdad. ISIS claimed responsibility for the attack.')
        .perpetrator,
    ).toBe('ISIS');
  });

  it('places "northern Iraq" in the north of the country', () => {
    const sut = summary('Militants killed 20 people in northern Iraq.');
    expect(sut.place).toMatchObject({ name: 'northern Iraq', kind: 'region', country: 'IQ' });
    expect(sut.place?.lat).toBeGreaterThan(35);
  });

  it('refines a country to a place inside it named later in the paragraph', () => {
    expect(
      summary('Militants killed 20 people in Iraq. The attack hit a market in Tikrit.').place?.name,
    ).toBe('Tikrit');
  });

  it('is empty for a text without claims', () => {
    expect(summary('The weather in Baghdad was mild.')).toMatchObject({
      killed: null,
      injured: null,
      perpetrator: null,
    });
  });
});
