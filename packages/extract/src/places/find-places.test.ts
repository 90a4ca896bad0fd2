import { beforeAll, describe, expect, it } from 'vitest';
import { findPlaces, getGazetteer } from './index';
import { windowEnd } from './find-places';
import type { PlaceMention } from './index';

beforeAll(() => {
  getGazetteer();
}, 120_000);

const names = (places: PlaceMention[]) => places.map((p) => p.name);
const only = (text: string, name: string) => {
  const found = findPlaces(text).filter((p) => p.name === name);
  expect(found, `${name} in: ${text}`).toHaveLength(1);
  return found[0]!;
};

describe('findPlaces: ambiguous names', () => {
  it('reads Tripoli by the country the text names', () => {
    expect(only('Clashes in Tripoli killed 12 people, Libyan officials said.', 'Tripoli').country).toBe('LY');
    expect(only('Gunmen attacked a checkpoint in Tripoli in northern Lebanon.', 'Tripoli').country).toBe(
      'LB',
    );
  });

  it('takes Paris as the French capital unless a containing place says otherwise', () => {
    expect(only('Protesters marched in Paris on Saturday.', 'Paris').country).toBe('FR');
    const texas = only('A tornado hit Paris, Texas, overnight.', 'Paris');
    expect(texas).toMatchObject({ country: 'US', admin1: 'Texas' });
  });

  it('lets "City, Region" decide between a country and a US state', () => {
    const found = findPlaces('Protests spread from Tbilisi, Georgia to Atlanta, Georgia.');
    expect(found.filter((p) => p.name === 'Georgia').map((p) => p.kind)).toEqual(['country', 'admin1']);
    expect(found.filter((p) => p.name === 'Georgia').map((p) => p.country)).toEqual(['GE', 'US']);
  });

  it('follows a country hint, in alpha-2 or alpha-3', () => {
    expect(findPlaces('Shelling hit Tripoli.', { countryHint: 'LBN' })[0]?.country).toBe('LB');
    expect(findPlaces('Shelling hit Tripoli.', { countryHint: 'LY' })[0]?.country).toBe('LY');
  });
});

describe('findPlaces: regions and context', () => {
  it('resolves "X province", "X State" and unit phrases to first-order regions', () => {
    const text =
      'Gunmen killed a chief in Mangajek District in northern Jowzjan Province and six in Borno State.';
    const jowzjan = only(text, 'Jowzjan Province');
    expect(jowzjan).toMatchObject({ kind: 'admin1', country: 'AF' });
    expect(only(text, 'Borno State')).toMatchObject({ kind: 'admin1', country: 'NG' });
    expect(only('Fighting continued in the province of Salahuddin.', 'Salahuddin')).toMatchObject({
      kind: 'admin1',
      admin1: 'Salah ad Din',
    });
  });

  it('uses a demonym before the name', () => {
    const tikrit = only('Militants attacked the northern Iraqi city of Tikrit on Saturday.', 'Tikrit');
    expect(tikrit).toMatchObject({ country: 'IQ', admin1: 'Salah ad Din', kind: 'city', geonameId: 90150 });
  });

  it('reports the town, not the district, for a bare name', () => {
    expect(only('A bomb went off in a market in Tikrit.', 'Tikrit').kind).toBe('city');
  });

  it('finds news spellings of Arabic names', () => {
    const text = 'Air strikes hit Raqqa and Deir al-Zour, and fighting reached Kobani.';
    const found = findPlaces(text);
    expect(names(found)).toEqual(['Raqqa', 'Deir al-Zour', 'Kobani']);
    expect(found.every((p) => p.country === 'SY')).toBe(true);
  });

  it('finds places written in Arabic script', () => {
    const text = 'قتل خمسة مدنيين في بغداد يوم الأحد';
    const [baghdad] = findPlaces(text);
    expect(baghdad).toMatchObject({ country: 'IQ', kind: 'city' });
    expect(text.slice(baghdad!.span[0], baghdad!.span[1])).toBe('بغداد');
  });
});

describe('findPlaces: what is not a place', () => {
  it('skips sentence-initial words, months and organisations', () => {
    const text =
      'Most residents fled in May. Police said the Islamic State claimed it, The Washington Post reported.';
    expect(findPlaces(text)).toEqual([]);
  });

  it('skips person names that contain a place name', () => {
    const text = 'David Hogg met Hillary Clinton. Later Clinton spoke to reporters in Washington.';
    expect(names(findPlaces(text))).toEqual(['Washington']);
    expect(findPlaces('Michael Jordan scored 30 points. Chad Smith played drums.')).toEqual([]);
  });

  it('keeps a small town only when the text points to it', () => {
    expect(names(findPlaces('Turkey launched air strikes on Afrin.'))).toEqual(['Turkey', 'Afrin']);
    // "Yulia" is a Bulgarian village and a first name; nothing here points to Bulgaria.
    expect(
      findPlaces('His daughter Yulia was getting better, doctors in Salisbury said.').map((p) => p.name),
    ).toEqual(['Salisbury']);
  });

  it('skips a country that acts rather than locates', () => {
    const text = 'Russia said the strikes hit Idlib. Civilians in Russia were unaffected.';
    const found = findPlaces(text);
    expect(names(found)).toEqual(['Idlib', 'Russia']);
    expect(found[1]!.span[0]).toBe(text.lastIndexOf('Russia'));
  });
});

describe('findPlaces: spans', () => {
  it('returns spans that slice out the reported name, in text order', () => {
    const text = "Raleigh, N.C. — Officials in Kirkuk and Iraq's Duhok Province met in the U.S. capital.";
    const found = findPlaces(text);
    expect(found.length).toBeGreaterThanOrEqual(4);
    for (const p of found) expect(text.slice(p.span[0], p.span[1])).toBe(p.name);
    const starts = found.map((p) => p.span[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(names(found)).toContain('N.C.');
    expect(names(found)).toContain('Duhok Province');
  });
});

describe('findPlaces: organisation names', () => {
  it('does not list the place words of "Islamic State of Iraq and Syria"', () => {
    const found = names(findPlaces('Fighters of the Islamic State of Iraq and Syria attacked Tikrit.'));
    expect(found).toEqual(['Tikrit']);
  });

  it('keeps places named after an organisation’s "of" only as context', () => {
    expect(names(findPlaces('The Popular Front for the Liberation of Palestine met in Gaza.'))).toEqual([
      'Gaza',
    ]);
    expect(names(findPlaces('Rebels attacked Beni in the Democratic Republic of Congo.'))).toContain(
      'Democratic Republic of Congo',
    );
  });

  it('recognises groups whose names hold no place as no place', () => {
    const text =
      'The Taliban, Boko Haram, Hezbollah and the Kurdistan Workers’ Party fought Iraqi Security Forces, ' +
      'the Syrian Observatory for Human Rights said.';
    expect(findPlaces(text)).toEqual([]);
  });
});

describe('findPlaces: long texts', () => {
  it('reads a text longer than a window with spans into the whole text', () => {
    const filler = 'Nothing happened here today. '.repeat(600);
    const text = `${filler}\n\nGunmen attacked Mosul.\n\n${filler}Rebels shelled Aleppo in Syria.`;
    const found = findPlaces(text);
    expect(found.map((p) => text.slice(p.span[0], p.span[1]))).toEqual(['Mosul', 'Aleppo', 'Syria']);
    expect(found[0]?.country).toBe('IQ');
  });

  it('reads megabytes of joined letters without exhausting the stack', () => {
    expect(findPlaces('a.'.repeat(1_000_000))).toEqual([]);
  });

  it('cuts windows at a paragraph break, else a sentence end or space', () => {
    const para = `${'a '.repeat(4000)}\n\n${'b '.repeat(4000)}`;
    expect(para.slice(windowEnd(para, 0) - 2, windowEnd(para, 0))).toBe('\n\n');
    const word = 'x'.repeat(30_000);
    expect(windowEnd(word, 0)).toBe(12_000);
    expect(windowEnd('short', 0)).toBe(5);
  });
});

describe('findPlaces: provinces as news spells them', () => {
  const provinces = (text: string, hint: string) =>
    findPlaces(text, { countryHint: hint }).map((p) => `${p.name}:${p.country}:${p.kind}`);

  it('resolves Afghan province names GeoNames spells otherwise', () => {
    expect(provinces('Clashes in Wardak province and Uruzgan province left 12 dead.', 'AF')).toEqual([
      'Wardak:AF:admin1',
      'Uruzgan:AF:admin1',
    ]);
  });

  it('resolves Iraqi governorates by their common spellings', () => {
    const found = provinces('Attacks hit Babel, Diyala, Anbar, Salahuddin, Ninawa and Dhi Qar.', 'IQ');
    expect(found).toEqual([
      'Babel:IQ:admin1',
      'Diyala:IQ:admin1',
      'Anbar:IQ:admin1',
      'Salahuddin:IQ:admin1',
      'Ninawa:IQ:admin1',
      'Dhi Qar:IQ:admin1',
    ]);
  });
});
