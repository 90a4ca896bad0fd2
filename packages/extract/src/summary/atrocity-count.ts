import type { ExtractedClaim, SummaryRange } from '../extraction-result';
import { NONCOMBATANT_TYPES } from '../claims/victim-lexicon';

const CIVILIAN = /\b(?:civilians?|non-?combatants?)\b/i;
const FIGHTERS = new Set(['security_forces', 'combatants']);

const sum = (parts: readonly { min: number; max: number | null }[]): SummaryRange => ({
  min: parts.reduce((n, p) => n + p.min, 0),
  max: parts.some((p) => p.max === null) ? null : parts.reduce((n, p) => n + (p.max ?? 0), 0),
});

/**
 * The noncombatant count of a claim, which is what atrocity datasets code (README: summary
 * rules): "11 civilians and a soldier" → 11; "nine people including five civilians" → 5;
 * "seven people, including two soldiers" → 5; otherwise the claim's own count.
 */
export function atrocityCount(claim: ExtractedClaim): SummaryRange {
  const { parts, subsets, count } = claim;
  if (parts.length > 1 && parts.some((p) => CIVILIAN.test(p.text)))
    return sum(parts.filter((p) => NONCOMBATANT_TYPES.has(p.type)));
  const generic = claim.victims === null || claim.victims.type === 'people';
  if (generic) {
    const civilians = subsets.filter((s) => CIVILIAN.test(s.text));
    if (civilians.length > 0) return sum(civilians);
    // Only exact figures are taken away: "including dozens of policemen" is too loose to subtract.
    const fighters = subsets.filter((s) => FIGHTERS.has(s.type) && s.min === s.max);
    if (fighters.length > 0) {
      const minus = sum(fighters);
      return {
        min: Math.max(0, statedMin(claim) - minus.min),
        max: count.max === null ? null : Math.max(0, count.max - minus.min),
      };
    }
  }
  return { min: statedMin(claim), max: count.max };
}

const STRICT = /^(?:more than|over|above|upwards of|in excess of|well over|just over)\s/i;

/**
 * Summary bounds are inclusive and use the figure as written: "more than 30" gives min 30 in the
 * summary (a true, if loose, lower bound, and what casualty datasets record), while the claim
 * itself keeps the strict 31.
 */
export function statedMin(claim: ExtractedClaim): number {
  return claim.parts.length === 1 && claim.count.vague === null && STRICT.test(claim.count.text)
    ? claim.count.min - 1
    : claim.count.min;
}
