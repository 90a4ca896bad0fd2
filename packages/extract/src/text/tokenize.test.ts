import { describe, expect, it } from 'vitest';
import { digitsValue, tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps document offsets', () => {
    const text = 'Police said 17 people died.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('tokenizes only the requested range', () => {
    const toks = tokenize('One. Two three. Four.', 5, 15);
    expect(toks.map((t) => t.text)).toEqual(['Two', 'three', '.']);
  });

  it('reads grouped, decimal and Arabic-Indic numbers', () => {
    const toks = tokenize('1,700 and 1.2 and ٣٠ and ١٬٧٠٠');
    expect(toks.filter((t) => t.kind === 'num').map((t) => t.value)).toEqual([1700, 1.2, 30, 1700]);
  });

  it('marks ordinals and keeps hyphenated words whole', () => {
    const toks = tokenize('June 10th, twenty-three pro-Turkey');
    expect(toks.find((t) => t.text === '10th')?.ordinal).toBe(true);
    expect(toks.map((t) => t.text)).toContain('twenty-three');
    expect(toks.map((t) => t.text)).toContain('pro-Turkey');
  });

  it('normalises case, curly apostrophes and possessives', () => {
    const [isis, wed] = tokenize('ISIS’s Wednesday’s');
    expect(isis?.norm).toBe('isis');
    expect(wed?.norm).toBe('wednesday');
    expect(isis?.cap).toBe(true);
  });

  it('converts digit strings in any supported script', () => {
    expect(digitsValue('۲۰۱۴')).toBe(2014);
  });
});
