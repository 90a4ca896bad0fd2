import type { Span } from '@corroborate/core';

// A quotation longer than this is taken to be a stray mark, not a quote.
const MAX_QUOTE = 3000;

/**
 * Finds quoted passages (the words between the marks): curly “…” pairs, and straight "…" pairs
 * that close before the paragraph ends. Linear in the text.
 */
export function findQuotations(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let open = -1;
  let straight = false;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x201c && open === -1) {
      open = i + 1;
      straight = false;
    } else if (ch === 0x201d && open !== -1 && !straight) {
      if (i - open <= MAX_QUOTE) out.push([open, i]);
      open = -1;
    } else if (ch === 0x22) {
      if (open === -1) {
        open = i + 1;
        straight = true;
      } else if (straight) {
        if (i - open <= MAX_QUOTE) out.push([open, i]);
        open = -1;
      }
    } else if (ch === 0x0a && text.charCodeAt(i + 1) === 0x0a) {
      open = -1; // an unclosed quote ends with its paragraph
    }
  }
  return out;
}

/** The quotation (from a sorted list) that contains [start, end), if any. */
export function quotationAround(quotes: readonly Span[], start: number, end: number): Span | null {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (!q) break;
    if (q[1] < end) lo = mid + 1;
    else if (q[0] > start) hi = mid - 1;
    else return q;
  }
  return null;
}
