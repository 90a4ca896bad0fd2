import { describe, expect, it } from 'vitest';
import { csvField, csvFields } from './csv-line';

describe('csvFields', () => {
  it('splits on commas, keeping empty fields', () => {
    expect(csvFields('a,b,,d')).toEqual(['a', 'b', '', 'd']);
    expect(csvFields('')).toEqual(['']);
  });

  it('reads quoted fields with commas and doubled quotes', () => {
    expect(csvFields('"abc","Aleppo, market ""north"""')).toEqual(['abc', 'Aleppo, market "north"']);
    expect(csvFields('"x"y,z')).toEqual(['xy', 'z']);
  });

  it('returns null for a quote left open', () => {
    expect(csvFields('abc,"unterminated')).toBeNull();
  });
});

describe('csvField', () => {
  it('quotes only when needed, and round-trips through csvFields', () => {
    expect(csvField('med_01')).toBe('med_01');
    const tricky = 'a "b", c';
    expect(csvField(tricky)).toBe('"a ""b"", c"');
    expect(csvFields(`x,${csvField(tricky)}`)).toEqual(['x', tricky]);
  });
});
