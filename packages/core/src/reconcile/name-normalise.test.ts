import { describe, expect, it } from 'vitest';
import { canonicalName, normaliseName } from './name-normalise';

describe('normaliseName', () => {
  it('folds case, accents, punctuation and a leading "the"', () => {
    expect(normaliseName('  The Islamic-State ')).toBe('islamic state');
    expect(normaliseName('Médecins Sans Frontières')).toBe('medecins sans frontieres');
    expect(normaliseName('I.S.I.S.')).toBe('i s i s');
  });
  it('keeps "the" inside a name', () => {
    expect(normaliseName('Army of the Men')).toBe('army of the men');
  });
});

describe('canonicalName', () => {
  const aliases = { 'islamic state': 'ISIS', daesh: 'ISIS' };
  it('maps an alias to its canonical name', () => {
    expect(canonicalName('The Islamic State', aliases)).toBe('isis');
    expect(canonicalName('Daesh', aliases)).toBe('isis');
  });
  it('leaves names without an alias normalised', () => {
    expect(canonicalName('Human Rights Watch', aliases)).toBe('human rights watch');
  });
  it('ignores inherited object keys', () => {
    expect(canonicalName('constructor', aliases)).toBe('constructor');
  });
});
