import { describe, expect, it } from 'vitest';
import { foldName, looseKey } from './normalize-name';

describe('foldName', () => {
  it('drops case, diacritics, apostrophes and punctuation', () => {
    expect(foldName('Şalāḩ ad-Dīn')).toBe('salah ad din');
    expect(foldName('Ta‘izz')).toBe('taizz');
    expect(foldName('St. Louis')).toBe('st louis');
    expect(foldName('Trinidad & Tobago')).toBe('trinidad and tobago');
  });

  it('unifies Arabic letter variants', () => {
    expect(foldName('أربيل')).toBe(foldName('اربيل'));
    expect(foldName('الرقة')).toBe('الرقه');
  });
});

describe('looseKey', () => {
  const same = (a: string, b: string) => expect(looseKey(foldName(a))).toBe(looseKey(foldName(b)));

  it('ignores Arabic articles, doubled letters and final -h', () => {
    same('Raqqa', 'Ar Raqqah');
    same('Deir ez-Zor', 'Dayr az Zawr');
    same('Tal Afar', 'Tall ‘Afar');
    same('Hodeidah', 'Al Hodeida');
  });

  it('keeps different names apart', () => {
    expect(looseKey(foldName('Mosul'))).not.toBe(looseKey(foldName('Basra')));
  });
});
