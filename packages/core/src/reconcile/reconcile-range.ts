import type { ReconcileFlag, ReconcileLine, SourceClass } from './reconcile.types';

/** The range over counted lines, with the lines that set each end. */
export interface RangeResult {
  min: number | null;
  max: number | null;
  minLine: ReconcileLine | null;
  maxLine: ReconcileLine | null;
  /** 0 = credible independent, 1 = official, 2 = unattributed or unverified, 3 = self-claim. */
  minTier: number | null;
  independentRange: { min: number; max: number; maxOpen: boolean } | null;
  flags: ReconcileFlag[];
}

const isCredibleIndependent = (l: ReconcileLine): boolean =>
  l.sourceClass === 'independent' && l.stance !== 'unverified';

/** R6/R7: where min is looked for, in order; the first tier with a line wins. */
const MIN_TIERS: ((l: ReconcileLine) => boolean)[] = [
  isCredibleIndependent,
  (l) => l.sourceClass === 'official',
  (l) => l.sourceClass === 'unattributed' || (l.sourceClass === 'independent' && l.stance === 'unverified'),
  (l) => l.sourceClass === 'self_claim',
];

// On a tie for max, credit the most independent speaker, so a self-claim is not blamed for a figure others give.
const MAX_TIE_ORDER: SourceClass[] = ['independent', 'official', 'unattributed', 'self_claim'];

/** R10: an open-ended figure supports only its lower bound. */
const upper = (l: ReconcileLine): number => l.max ?? l.min;

const lowestMin = (lines: ReconcileLine[]): ReconcileLine | null =>
  lines.reduce<ReconcileLine | null>((best, l) => (best === null || l.min < best.min ? l : best), null);

const highestMax = (lines: ReconcileLine[]): ReconcileLine | null =>
  lines.reduce<ReconcileLine | null>((best, l) => {
    if (best === null || upper(l) > upper(best)) return l;
    if (upper(l) < upper(best)) return best;
    const rank = (x: ReconcileLine) => MAX_TIE_ORDER.indexOf(x.sourceClass) * 2 + (x.max === null ? 1 : 0);
    return rank(l) < rank(best) ? l : best;
  }, null);

/** Computes min and max over counted lines (R6–R10); denials must already be left out. */
export const computeRange = (counted: ReconcileLine[]): RangeResult => {
  const minTier = MIN_TIERS.findIndex((inTier) => counted.some(inTier));
  const minLine = minTier < 0 ? null : lowestMin(counted.filter(MIN_TIERS[minTier] ?? (() => false)));
  const maxLine = highestMax(counted);
  const independent = counted.filter(isCredibleIndependent);
  const indMin = lowestMin(independent);
  const indMax = highestMax(independent);
  const flags: ReconcileFlag[] = [];
  if (minLine === null || maxLine === null) flags.push('nothing_counted');
  if (minTier > 0) flags.push('min_not_independent');
  if (minTier === 3) flags.push('min_from_self_claim');
  if (maxLine?.sourceClass === 'self_claim') flags.push('max_from_self_claim');
  if (maxLine !== null && maxLine.max === null) flags.push('max_open_ended');
  return {
    min: minLine?.min ?? null,
    max: maxLine === null ? null : upper(maxLine),
    minLine,
    maxLine,
    minTier: minTier < 0 ? null : minTier,
    independentRange:
      indMin === null || indMax === null
        ? null
        : { min: indMin.min, max: upper(indMax), maxOpen: indMax.max === null },
    flags,
  };
};
