import { NAME_CONNECTORS } from '../gazetteer-data/recognition-words';
import type { Token } from './tokenize';
import { NON_FINAL } from './tokenize';

/** A run of tokens that could hold a name: capitalised words, possibly joined by connectors
 *  ("Bosnia and Herzegovina"), or a run of Arabic words. `first`/`last` are token indexes. */
export interface NameSequence {
  first: number;
  last: number;
  arabic: boolean;
}

// Spaces, a hyphen, or an ampersand ("Johnson & Johnson", "Trinidad & Tobago").
const JOINING_GAP = /^(?:[ \t\u00a0]*|[-‐]|\s*&\s*)$/;
// "St. Louis", "Mr. Heiden": the period of a title or short form does not end the name.
const ABBREVIATION_GAP = /^\.[ \t\u00a0]?$/;

function joins(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j] as Token;
  if (tokens[j - 1]?.possessive) return false;
  if (JOINING_GAP.test(t.gapBefore)) return true;
  const prev = tokens[j - 1];
  return !!prev && ABBREVIATION_GAP.test(t.gapBefore) && NON_FINAL.test(prev.text) && prev.text.length <= 4;
}

export function isConnector(t: Token): boolean {
  return !t.capitalised && NAME_CONNECTORS.has(t.text);
}

export function nameSequences(tokens: readonly Token[]): NameSequence[] {
  const out: NameSequence[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const arabic = t.arabic;
    if (!arabic && !t.capitalised) {
      i += 1;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j] as Token;
      if (!joins(tokens, j)) break;
      if (arabic ? next.arabic : next.capitalised && !next.arabic) {
        last = j;
        j += 1;
      } else if (!arabic && isConnector(next) && joinsCapital(tokens, j)) {
        j += 1;
      } else break;
    }
    out.push({ first: i, last, arabic });
    i = last + 1;
  }
  return out;
}

/** A connector belongs to a name only when a capitalised word follows it directly. */
function joinsCapital(tokens: readonly Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 2; k += 1) {
    const after = tokens[k] as Token;
    if (!joins(tokens, k)) return false;
    if (after.capitalised) return true;
    if (!isConnector(after)) return false;
  }
  return false;
}
