import type { ClaimFacts } from '../domain/claim';
import type { SourceKind } from '../domain/source';
import type { ReconcileInput } from './reconcile.types';

/** Overrides for one test claim: facts shallowly, the rest as given. */
export interface InputOverrides extends Partial<Omit<ReconcileInput, 'facts' | 'source'>> {
  facts?: Partial<ClaimFacts>;
  source?: { name: string; kind: SourceKind } | null;
  published?: string | null;
}

let counter = 0;

/** A hand-made claim input for unit tests: 10 killed, asserted, by an outlet called "Outlet". */
export const claimInput = (o: InputOverrides = {}): ReconcileInput => {
  counter += 1;
  const claimId = o.claimId ?? `clm-${counter}`;
  const { facts, source, published, ...rest } = o;
  return {
    claimId,
    facts: {
      event: 'killed',
      count: { min: 10, max: 10, approx: false, text: '10' },
      victims: null,
      perpetrator: null,
      claimant: null,
      stance: 'asserted',
      place: null,
      date: null,
      span: [0, 1],
      ...facts,
    },
    document: {
      id: `doc-${claimId}`,
      publishedAt: published === null || published === undefined ? null : new Date(`${published}T12:00:00Z`),
      url: `https://example.org/${claimId}`,
      title: null,
    },
    source: source === undefined ? { name: 'Outlet', kind: 'media' } : source,
    ...rest,
  };
};

/** A count of exactly n, or min–max; max null for open-ended. */
export const count = (min: number, max: number | null = min, text = String(min)): ClaimFacts['count'] => ({
  min,
  max,
  approx: false,
  text,
});
