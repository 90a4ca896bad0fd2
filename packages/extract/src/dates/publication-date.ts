import type { Span } from '@corroborate/core';
import { tokenize } from '../text/tokenize';
import { readAbsoluteDate } from './absolute-dates';

/** A publication date read from a dateline in the text. */
export interface Dateline {
  value: string;
  text: string;
  span: Span;
}

// A dateline sits near the top: the first lines after the headline.
const WINDOW = 1500;

/**
 * Finds a dateline near the top of the text: a full date (with a year) alone on a short line
 * ("16/06/14 Updated …", "June 16, 2014") or at the start of the first line of copy
 * ("BAGHDAD, June 16, 2014 (AFP) –"). Returns null when there is none.
 */
export function findDateline(text: string): Dateline | null {
  const limit = Math.min(text.length, WINDOW);
  let lineStart = 0;
  while (lineStart < limit) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const toks = tokenize(text, lineStart, Math.min(lineEnd, lineStart + 400));
    for (let i = 0; i < toks.length; i++) {
      const r = readAbsoluteDate(toks, i, null);
      const first = toks[i];
      const last = toks[(r?.end ?? 0) - 1];
      if (!r?.value || !first || !last) continue;
      const nearStart = first.start - lineStart < 40;
      if (lineEnd - lineStart < 100 || nearStart) {
        return { value: r.value, text: text.slice(first.start, last.end), span: [first.start, last.end] };
      }
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
