import type { Token } from '../text/tokenize';
import { parseNumber } from './parse-number';
import { VAGUE_KEYS, VAGUE_RANGES } from './vague-quantities';

/** A count of people as the text gives it: a bound pair over tokens [start, end). */
export interface Quantity {
  min: number;
  /** null when open-ended ("more than 30", "at least 17"). */
  max: number | null;
  approx: boolean;
  /** The vague word ("dozens") when the figure is not a number. */
  vague: string | null;
  start: number;
  end: number;
}

type Bound = 'atLeast' | 'moreThan' | 'upTo' | 'lessThan' | 'approx';

// Multi-word modifiers, longest first so "no more than" is not read as "more than".
const MODIFIERS: [string[], Bound][] = (
  [
    ['no more than', 'upTo'],
    ['not more than', 'upTo'],
    ['no fewer than', 'atLeast'],
    ['no less than', 'atLeast'],
    ['not less than', 'atLeast'],
    ['not fewer than', 'atLeast'],
    ['a minimum of', 'atLeast'],
    ['in excess of', 'moreThan'],
    ['as many as', 'upTo'],
    ['at least', 'atLeast'],
    ['no fewer', 'atLeast'],
    ['more than', 'moreThan'],
    ['well over', 'moreThan'],
    ['just over', 'moreThan'],
    ['upwards of', 'moreThan'],
    ['up to', 'upTo'],
    ['at most', 'upTo'],
    ['fewer than', 'lessThan'],
    ['less than', 'lessThan'],
    ['just under', 'lessThan'],
    ['close to', 'approx'],
    ['an estimated', 'approx'],
    ['over', 'moreThan'],
    ['above', 'moreThan'],
    ['under', 'lessThan'],
    ['about', 'approx'],
    ['around', 'approx'],
    ['some', 'approx'],
    ['approximately', 'approx'],
    ['roughly', 'approx'],
    ['nearly', 'approx'],
    ['almost', 'approx'],
    ['estimated', 'approx'],
    ['approx', 'approx'],
    ['circa', 'approx'],
  ] as [string, Bound][]
).map(([w, b]) => [w.split(' '), b]);

const matchWords = (toks: readonly Token[], i: number, words: readonly string[]): boolean =>
  words.every((w, k) => toks[i + k]?.norm === w);

// Indexed by first word: readQuantity runs at every token of a sentence that may hold a claim.
const byFirst = <T>(
  entries: readonly (readonly [readonly string[], T])[],
): Map<string, [readonly string[], T][]> => {
  const m = new Map<string, [readonly string[], T][]>();
  for (const [words, v] of entries) {
    const first = words[0] ?? '';
    m.set(first, [...(m.get(first) ?? []), [words, v]]);
  }
  return m;
};
const MODIFIERS_BY_FIRST = byFirst(MODIFIERS);
const VAGUE_BY_FIRST = byFirst(VAGUE_KEYS.map((w) => [w, w.join(' ')] as const));

function readVague(toks: readonly Token[], i: number): { key: string; end: number } | null {
  for (const [words, key] of VAGUE_BY_FIRST.get(toks[i]?.norm ?? '') ?? []) {
    if (matchWords(toks, i, words)) return { key, end: i + words.length };
  }
  return null;
}

function applyBound(bound: Bound | null, n: number): Pick<Quantity, 'min' | 'max' | 'approx'> {
  switch (bound) {
    case 'atLeast':
      return { min: n, max: null, approx: false };
    case 'moreThan':
      return { min: n + 1, max: null, approx: false };
    // Upper-bound phrases report the stated figure, flagged approximate (README: count rules).
    case 'upTo':
      return { min: n, max: n, approx: true };
    case 'lessThan':
      return { min: Math.max(1, n - 1), max: Math.max(1, n - 1), approx: true };
    case 'approx':
      return { min: n, max: n, approx: true };
    default:
      return { min: n, max: n, approx: false };
  }
}

/** Reads the second figure of "20 to 30", "20-30", "two or three" after token `i`. */
function readRangeEnd(toks: readonly Token[], i: number, low: number): { max: number; end: number } | null {
  const sep = toks[i]?.norm;
  if (sep !== 'to' && sep !== '-' && sep !== '–' && sep !== 'or') return null;
  const hi = parseNumber(toks, i + 1);
  if (!hi || hi.value <= low) return null;
  return { max: hi.value, end: hi.end };
}

/** Reads a quantity starting at token `i` ("more than 30", "at least 17", "dozens", "between 5 and 7"). */
export function readQuantity(toks: readonly Token[], i: number): Quantity | null {
  let j = i;
  let bound: Bound | null = null;
  if (toks[j]?.norm === 'between') {
    const lo = parseNumber(toks, j + 1);
    const hi = lo && toks[lo.end]?.norm === 'and' ? parseNumber(toks, lo.end + 1) : null;
    if (lo && hi && hi.value > lo.value)
      return { min: lo.value, max: hi.value, approx: false, vague: null, start: i, end: hi.end };
    return null;
  }
  for (const [words, b] of MODIFIERS_BY_FIRST.get(toks[j]?.norm ?? '') ?? []) {
    if (matchWords(toks, j, words)) {
      bound = b;
      j += words.length;
      break;
    }
  }
  const vague = readVague(toks, j);
  if (vague) {
    const range = VAGUE_RANGES.get(vague.key);
    if (!range) return null;
    const open = bound === 'moreThan' || bound === 'atLeast';
    return {
      min: range.min,
      max: open ? null : range.max,
      approx: true,
      vague: vague.key,
      start: i,
      end: vague.end,
    };
  }
  const num = parseNumber(toks, j);
  if (!num) return null;
  const range = bound === null ? readRangeEnd(toks, num.end, num.value) : null;
  if (range) return { min: num.value, max: range.max, approx: false, vague: null, start: i, end: range.end };
  const q: Quantity = { ...applyBound(bound, num.value), vague: null, start: i, end: num.end };
  if (num.approx) q.approx = true;
  if (toks[q.end]?.norm === 'or' && toks[q.end + 1]?.norm === 'more') {
    q.max = null;
    q.end += 2;
  } else if (toks[q.end]?.norm === 'or' && toks[q.end + 1]?.norm === 'so') {
    q.approx = true;
    q.end += 2;
  }
  return q;
}
