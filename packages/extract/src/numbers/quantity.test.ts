import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize';
import { readQuantity } from './quantity';

const read = (s: string) => {
  const q = readQuantity(tokenize(s), 0);
  return q && { min: q.min, max: q.max, approx: q.approx, vague: q.vague };
};

describe('readQuantity', () => {
  it.each([
    ['1,700', 1700, 1700],
    ['twenty-three', 23, 23],
    ['Thirty five', 35, 35],
    ['two hundred', 200, 200],
    ['one hundred and twenty', 120, 120],
    ['1.2 million', 1_200_000, 1_200_000],
    ['٣٠', 30, 30],
    ['۱۲', 12, 12],
    ['١٬٧٠٠', 1700, 1700],
  ])('reads the figure in %s', (text, min, max) => {
    expect(read(text)).toMatchObject({ min, max });
  });

  it('gives "more than 30" an open range from 31', () => {
    expect(read('more than 30')).toEqual({ min: 31, max: null, approx: false, vague: null });
  });

  it('gives "at least 17" and "no fewer than 12" an open range from the figure', () => {
    expect(read('at least 17')).toMatchObject({ min: 17, max: null });
    expect(read('no fewer than 12')).toMatchObject({ min: 12, max: null });
  });

  it('flags "about", "some", "a dozen" as approximate', () => {
    expect(read('about 40')).toMatchObject({ min: 40, max: 40, approx: true });
    expect(read('some 60')).toMatchObject({ min: 60, approx: true });
    expect(read('a dozen')).toMatchObject({ min: 12, max: 12, approx: true });
    expect(read('half a dozen')).toMatchObject({ min: 6, approx: true });
  });

  it('reads ranges', () => {
    expect(read('between 20 and 30')).toMatchObject({ min: 20, max: 30 });
    expect(read('20-30')).toMatchObject({ min: 20, max: 30 });
    expect(read('two or three')).toMatchObject({ min: 2, max: 3 });
    expect(read('50 or more')).toMatchObject({ min: 50, max: null });
  });

  it('gives vague words their documented ranges', () => {
    expect(read('dozens')).toEqual({ min: 24, max: 99, approx: true, vague: 'dozens' });
    expect(read('scores')).toMatchObject({ min: 40, max: 99, vague: 'scores' });
    expect(read('hundreds')).toMatchObject({ min: 200, max: 999 });
    expect(read('tens of thousands')).toMatchObject({ min: 20_000, max: 99_999 });
    expect(read('several')).toMatchObject({ min: 3, max: 9 });
  });

  it('reads "more than a dozen" as 13 or more', () => {
    expect(read('more than a dozen')).toMatchObject({ min: 13, max: null });
  });

  it('does not read ordinals, decimals or plain words as counts', () => {
    expect(read('10th')).toBeNull();
    expect(read('2.5')).toBeNull();
    expect(read('villagers')).toBeNull();
    expect(read('a man')).toBeNull();
  });
});
