import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { TEST_PLACES } from '../testing/fake-places';

// 2014-06-16 was a Monday.
const claims = (text: string) => extract(text, { published: '2014-06-16' }, TEST_PLACES).claims;
const only = (text: string) => {
  const found = claims(text);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('casualty claims: counts', () => {
  it('reads numbers in words and the victims', () => {
    const sut = only('Twenty-three villagers were killed in an attack on Monday.');
    expect(sut).toMatchObject({ event: 'killed', count: { min: 23, max: 23, approx: false } });
    expect(sut.victims).toEqual({ text: 'villagers', type: 'civilians' });
  });

  it('adds up a count the text splits', () => {
    const sut = only('Three soldiers and two civilians were killed in Mosul.');
    expect(sut.count).toMatchObject({ min: 5, max: 5 });
    expect(sut.parts.map((p) => [p.min, p.type])).toEqual([
      [3, 'security_forces'],
      [2, 'civilians'],
    ]);
  });

  it('adds up single victims named in a list', () => {
    expect(only('Militants stormed the house, killing him, his son and two guests.').count.min).toBe(4);
    expect(only('A ranger and two civilians were shot dead near the park.').count.min).toBe(3);
  });

  it('joins a group across a short modifier, but not two events', () => {
    expect(only('A bomb killed a tribal elder allied to the army and five other people.').count.min).toBe(6);
    const both = claims('Gunmen killed five people and injured three others near Kirkuk.');
    expect(both.map((c) => [c.event, c.count.min])).toEqual([
      ['killed', 5],
      ['injured', 3],
    ]);
    const bodies = claims('Five dead bodies and 85 injured individuals were taken to the hospital.');
    expect(bodies.map((c) => [c.event, c.count.min])).toEqual([
      ['killed', 5],
      ['injured', 85],
    ]);
    expect(only('The blast wounded another 26 people.')).toMatchObject({
      event: 'injured',
      count: { min: 26 },
    });
  });

  it('reads Arabic-Indic digits', () => {
    expect(only('٣٠ people were killed in the shelling.').count.min).toBe(30);
  });

  it('keeps open and vague counts', () => {
    expect(only('More than 500,000 people were displaced.')).toMatchObject({
      event: 'displaced',
      count: { min: 500_001, max: null },
    });
    expect(only('Dozens of people were wounded.').count).toMatchObject({ min: 24, max: 99, vague: 'dozens' });
    expect(only('Security forces arrested scores of protesters.')).toMatchObject({
      event: 'captured',
      count: { min: 40, max: 99 },
    });
  });

  it('reads tolls, abductions, the missing and single victims', () => {
    expect(only('The death toll rose to 52 on Sunday.')).toMatchObject({
      event: 'killed',
      count: { min: 52 },
    });
    expect(only("The toll from Thursday's bombings in Kirkuk has risen to 84.").count.min).toBe(84);
    expect(only('The number of dead rose to 45.').count.min).toBe(45);
    expect(only('Gunmen abducted 43 children from a school.')).toMatchObject({
      event: 'captured',
      count: { min: 43 },
    });
    expect(only('Ten fishermen are missing after the raid.')).toMatchObject({
      event: 'missing',
      count: { min: 10 },
    });
    expect(only('A journalist was shot dead in Baghdad on Sunday.')).toMatchObject({
      event: 'killed',
      count: { min: 1, max: 1 },
      victims: { type: 'journalists' },
    });
  });

  it('keeps subsets apart from the count', () => {
    const sut = only('Eight civilians, including four children, were killed by rocket fire.');
    expect(sut.count.min).toBe(8);
    expect(sut.subsets.map((s) => s.min)).toEqual([4]);
  });
});

describe('casualty claims: what is not a claim', () => {
  it('reads no claim from negations', () => {
    expect(claims('No one was killed in the blast.')).toEqual([]);
    expect(claims('Five hostages were not killed, officials said.')).toEqual([]);
  });

  it('reads no claim from counts of things, times and years', () => {
    expect(claims('The convoy of 25 trucks was attacked in 2003.')).toEqual([]);
    expect(claims('The carnage goes on for 25 frames; the hour-long video was deleted.')).toEqual([]);
  });

  it('does not take the killers for the killed', () => {
    const sut = only('Two suicide bombers killed at least five people in Kirkuk.');
    expect(sut.count.min).toBe(5);
    expect(sut.perpetrator).toBe('Two suicide bombers');
  });

  it('returns nothing for non-English text', () => {
    expect(claims('Mindestens zwanzig Menschen kamen ums Leben. قتل ٣٠ شخصا في الموصل')).toEqual([]);
  });
});

describe('casualty claims: stance and claimant', () => {
  it('flags a hypothesis as conditional', () => {
    expect(only('If 1,700 soldiers were indeed killed, the photos show only a fraction.').stance).toBe(
      'conditional',
    );
  });

  it('flags a denial', () => {
    const sut = only('The army denied that any civilians were killed in the raid.');
    expect(sut).toMatchObject({ stance: 'denied', count: { min: 1, max: null } });
  });

  it('reads a party claiming its own killings', () => {
    const sut = only('ISIS claims to have killed 50 soldiers near Tikrit.');
    expect(sut).toMatchObject({ stance: 'claimed', claimant: 'ISIS', perpetrator: 'ISIS' });
  });

  it('reads hedges and unverified figures', () => {
    expect(only('Forty people were reportedly killed in the village.').stance).toBe('alleged');
    expect(
      only('Activists said 30 people died, a figure that could not be independently verified.').stance,
    ).toBe('unverified');
  });

  it.each([
    ['The US says 12 civilians were killed in the strike.', 'The US'],
    ['Six people were killed in Baghdad, security sources said.', 'security sources'],
    ['At least 14 people were killed, according to the ministry.', 'the ministry'],
    ['Nine people were killed, a doctor told the New York Times.', 'a doctor'],
  ])('finds who says it: %s', (text, claimant) => {
    expect(only(text).claimant).toBe(claimant);
  });

  it('attributes a quoted figure to the speaker of the quotation', () => {
    const sut = only('“Forty people died in the shelling,” Ahmed Saleh, a local doctor, told reporters.');
    expect(sut).toMatchObject({ stance: 'quoted', claimant: 'Ahmed Saleh, a local doctor' });
  });
});

describe('casualty claims: perpetrator, place and date', () => {
  it('reads the subject of an active verb and the agent of a passive one', () => {
    expect(only('Gunmen killed 12 villagers near Kirkuk on Sunday.')).toMatchObject({
      perpetrator: 'Gunmen',
      place: { name: 'Kirkuk' },
      date: { value: '2014-06-15' },
    });
    expect(only('Seven civilians were killed by Russian air strikes in Aleppo.').perpetrator).toBe(
      'Russian air strikes',
    );
  });

  it('prefers the scene to a reference point or a place in the killers’ name', () => {
    expect(only('A bomb killed seven civilians in Taji, 20 km north of Baghdad.').place?.name).toBe('Taji');
  });

  it('takes the date from the sentence before when its own has none', () => {
    const text =
      'The offensive began last Monday in Mosul. More than 500 people were displaced on the first day.';
    expect(only(text).date).toMatchObject({ text: 'last Monday', value: '2014-06-09' });
  });

  it('does not date an event by the day a source spoke', () => {
    expect(only('Militants killed 18 people in Mosul, relatives said on Sunday.').date).toBeNull();
  });

  it('gives spans that quote the claim', () => {
    const text = 'Police said militants killed 12 people in Mosul.';
    const sut = only(text);
    expect(text.slice(sut.span[0], sut.span[1])).toBe(sut.quote);
    expect(sut.quote).toBe('killed 12 people');
    expect(text.slice(sut.count.span[0], sut.count.span[1])).toBe('12');
  });
});

describe('casualty claims: threats and plans', () => {
  it('flags a threat or a plan as conditional, not as an event', () => {
    expect(only('Failing that, they would murder him.').stance).toBe('conditional');
    expect(only('The militants threatened to kill 20 hostages.').stance).toBe('conditional');
    expect(only('The militants killed 20 hostages.').stance).toBe('asserted');
  });
});

describe('casualty claims: count words', () => {
  it('quotes a single victim whole as the count words', () => {
    const sut = only('Armed men shot dead the village chief of Chahar in Jowzjan Province.');
    expect(sut.count).toMatchObject({ min: 1, max: 1, text: 'the village chief of Chahar' });
    expect(sut.victims?.text).toBe('village chief of Chahar');
  });
});
