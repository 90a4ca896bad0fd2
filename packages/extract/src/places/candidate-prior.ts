import type { GazetteerEntry, NameOrigin } from './types';

// Capitals and seats are named in news far more than their size alone predicts.
const CITY_BASE: Record<string, number> = { PPLC: 3.5, PPLA: 1.5, PPLA2: 0.8, PPLA3: 0.5, PPL: 0.5, PPLX: 0 };
const ORIGIN_SHIFT: Record<NameOrigin, number> = { primary: 0, alias: 0.3, alternate: -0.7, loose: -2 };

/** Score of a candidate before any context: kind, size and how well the name matched. */
export function candidatePrior(e: GazetteerEntry, origin: NameOrigin): number {
  const logPop = Math.log10(Math.max(e.population ?? 0, 0) + 1);
  // A country's or region's own name ("China", "Middle East") means it; context about a small
  // namesake town (China, Texas; a Baltimore quarter) must not outweigh that.
  const big = e.kind === 'country' || e.kind === 'other';
  const ownCountryName = big && (origin === 'primary' || origin === 'alias') ? 4 : 0;
  return kindPrior(e, logPop) + ORIGIN_SHIFT[origin] + ownCountryName;
}

function kindPrior(e: GazetteerEntry, logPop: number): number {
  switch (e.kind) {
    case 'country':
      return 10 + 0.4 * logPop;
    case 'other':
      return e.featureCode === 'CONT' ? 9 : 7.5;
    case 'admin1':
      return 2.5 + 0.8 * logPop;
    case 'admin2':
      return 0.5 + 0.7 * logPop;
    case 'city':
      return (CITY_BASE[e.featureCode] ?? 0.3) + (e.population === null ? 2 : logPop);
  }
}
