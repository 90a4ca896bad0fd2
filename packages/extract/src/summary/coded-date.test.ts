import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import { TEST_PLACES } from '../testing/fake-places';

// 2014-06-16 was a Monday.
const summaryDate = (text: string, published = '2014-06-16') =>
  extract(text, { published }, TEST_PLACES).summary.date;

describe('summary date', () => {
  it('codes a weekday night on the eve of publication on the publication day', () => {
    expect(summaryDate('Gunmen killed four people late Sunday in Mosul.')?.value).toBe('2014-06-16');
    expect(summaryDate('A bomb killed two men on Sunday night in Mosul.')?.value).toBe('2014-06-16');
  });

  it('keeps the claim on the text’s day, and keeps other nights and days', () => {
    const r = extract(
      'Gunmen killed four people late Sunday in Mosul.',
      { published: '2014-06-16' },
      TEST_PLACES,
    );
    expect(r.claims[0]?.date?.value).toBe('2014-06-15');
    expect(summaryDate('Gunmen killed four people late Friday in Mosul.')?.value).toBe('2014-06-13');
    expect(summaryDate('Gunmen killed four people on Sunday in Mosul.')?.value).toBe('2014-06-15');
    expect(summaryDate('Gunmen killed four people last night in Mosul.')?.value).toBe('2014-06-15');
  });

  it('dates an undated toll by the most precise period in the text, from its start', () => {
    const sut = summaryDate(
      'The army began an operation in May 2014. From May 20, 2014 to June 9, 2014, troops raided camps.\n\n' +
        'Officials said 40 fighters were killed.',
    );
    expect(sut).toMatchObject({ from: '2014-05-20', to: '2014-06-09' });
  });

  it('assumes the publication day when the text gives no date', () => {
    expect(summaryDate('Gunmen killed four people in Mosul.')).toEqual({
      text: '',
      span: null,
      value: '2014-06-16',
    });
  });
});
