import type { EventReconciliation, ReconcileLine } from '../reconcile/reconcile.types';
import { canonicalName } from '../reconcile/name-normalise';

/** What a grade suggestion weighs; names are distinct speakers, so repeats count once. */
export interface GradeInput {
  independentSources: string[];
  officialSources: string[];
  /** Speakers of unknown standing (relayed claimants, unknown outlets). */
  otherSources: string[];
  selfClaimSources: string[];
  /** Speakers that deny the incident or its figure. */
  deniedBy: string[];
  /** Official and independent figures that cannot both be true (their ranges do not overlap). */
  competingCounts: boolean;
  /** Photos or video frames linked to the incident. */
  evidenceMedia: number;
}

const speakers = (lines: ReconcileLine[], keep: (l: ReconcileLine) => boolean): string[] => {
  const byKey = new Map<string, string>();
  for (const l of lines.filter(keep))
    if (!byKey.has(canonicalName(l.speaker))) byKey.set(canonicalName(l.speaker), l.speaker);
  return [...byKey.values()].sort((a, b) => a.localeCompare(b));
};

// Open-ended figures reach up without bound for the overlap test.
const span = (lines: ReconcileLine[]): [number, number] | null =>
  lines.length === 0
    ? null
    : [
        Math.min(...lines.map((l) => l.min)),
        Math.max(...lines.map((l) => l.max ?? Number.POSITIVE_INFINITY)),
      ];

const disjoint = (a: [number, number] | null, b: [number, number] | null): boolean =>
  a !== null && b !== null && (a[1] < b[0] || b[1] < a[0]);

/** Builds a grade input from an incident's reconciliation and its evidence media count. */
export const gradeInputFromReconciliation = (
  recs: EventReconciliation[],
  evidenceMedia: number,
): GradeInput => {
  const lines = recs.flatMap((r) => r.lines);
  const isCredibleIndependent = (l: ReconcileLine) =>
    l.sourceClass === 'independent' && l.stance !== 'unverified';
  return {
    independentSources: speakers(lines, isCredibleIndependent),
    officialSources: speakers(lines, (l) => l.sourceClass === 'official'),
    otherSources: speakers(
      lines,
      (l) =>
        l.sourceClass === 'unattributed' || (l.sourceClass === 'independent' && l.stance === 'unverified'),
    ),
    selfClaimSources: speakers(lines, (l) => l.sourceClass === 'self_claim'),
    deniedBy: speakers(lines, (l) => l.sourceClass === 'denial'),
    competingCounts: recs.some((r) =>
      disjoint(
        span(r.lines.filter((l) => l.sourceClass === 'official')),
        span(r.lines.filter(isCredibleIndependent)),
      ),
    ),
    evidenceMedia,
  };
};
