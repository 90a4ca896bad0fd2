import type { Token } from '../text/tokenize';
import { SCALES, TENS, UNITS, isNumberWord } from './number-words';

/** A cardinal number read from tokens [start, end). */
export interface ParsedNumber {
  value: number;
  start: number;
  end: number;
  /** "a dozen", "half a million": usually a round figure. */
  approx: boolean;
}

/** Splits "twenty-three" into its parts; other words stay whole. */
const parts = (w: string): string[] => (w.includes('-') ? w.split('-') : [w]);

const allNumberWords = (w: string): boolean => parts(w).every(isNumberWord);

/** Reads "1,700", "1.2 million", "twenty-three", "two hundred and five", "a dozen", "half a million". */
export function parseNumber(toks: readonly Token[], i: number): ParsedNumber | null {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'num') {
    if (t.ordinal || t.value === undefined || Number.isNaN(t.value)) return null;
    const scale = toks[i + 1];
    const mult = scale && scale.kind === 'word' ? SCALES.get(scale.norm) : undefined;
    if (mult !== undefined) return { value: Math.round(t.value * mult), start: i, end: i + 2, approx: false };
    if (!Number.isInteger(t.value)) return null;
    return { value: t.value, start: i, end: i + 1, approx: false };
  }
  if (t.kind !== 'word') return null;
  let j = i;
  let approx = false;
  let fraction = 1;
  // "half a dozen", "half a million"; "a hundred", "a dozen"
  if (t.norm === 'half' && toks[j + 1]?.norm === 'a') {
    fraction = 0.5;
    j += 2;
    approx = true;
  } else if ((t.norm === 'a' || t.norm === 'an') && toks[j + 1]) {
    const next = toks[j + 1]?.norm ?? '';
    if (next !== 'hundred' && next !== 'dozen' && !SCALES.has(next)) return null;
    j += 1;
  }
  let total = 0;
  let group = 0;
  let seen = false;
  let lastWasHundredOrScale = false;
  for (; j < toks.length; j++) {
    const w = toks[j];
    if (!w || w.kind !== 'word') break;
    if (w.norm === 'and' && seen && lastWasHundredOrScale && allNumberWords(toks[j + 1]?.norm ?? ''))
      continue;
    if (!allNumberWords(w.norm)) break;
    for (const p of parts(w.norm)) {
      const unit = UNITS.get(p) ?? TENS.get(p);
      if (unit !== undefined) {
        group += unit;
        lastWasHundredOrScale = false;
      } else if (p === 'hundred') {
        group = (group || 1) * 100;
        lastWasHundredOrScale = true;
      } else if (p === 'dozen') {
        group = (group || 1) * 12;
        approx = true;
        lastWasHundredOrScale = false;
      } else {
        total += (group || 1) * (SCALES.get(p) ?? 1);
        group = 0;
        lastWasHundredOrScale = true;
      }
    }
    seen = true;
  }
  if (!seen) return null;
  return { value: Math.round((total + group) * fraction), start: i, end: j, approx };
}
