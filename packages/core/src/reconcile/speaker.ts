import type { SourceKind } from '../domain/source';
import { canonicalName } from './name-normalise';
import type { ReconcileInput, SourceClass } from './reconcile.types';

/** Who gave a figure: the claimant when the text names one, else the publisher. */
export interface Speaker {
  name: string;
  /** Canonical name, or a per-claim key when nobody is known (unknown speakers never merge). */
  key: string;
  kind: SourceKind;
  /** True when the publisher speaks for itself rather than relaying someone else. */
  ownReport: boolean;
}

type Aliases = Readonly<Record<string, string>>;

/** Resolves the speaker of a claim (R5): a relayed claimant takes `claimantKind`, else `unknown`. */
export const resolveSpeaker = (input: ReconcileInput, aliases: Aliases = {}): Speaker => {
  const { claimant } = input.facts;
  const source = input.source;
  const claimantKey = claimant === null ? '' : canonicalName(claimant, aliases);
  const sourceKey = source === null ? '' : canonicalName(source.name, aliases);
  if (claimantKey === '' || claimantKey === sourceKey) {
    if (source === null)
      return { name: 'unknown source', key: `?${input.claimId}`, kind: 'unknown', ownReport: false };
    return { name: source.name, key: sourceKey, kind: source.kind, ownReport: true };
  }
  return { name: claimant ?? '', key: claimantKey, kind: input.claimantKind ?? 'unknown', ownReport: false };
};

/** The class of a claim's figure (R3, R5). Conditional and rejected claims are filtered before this. */
export const classifyClaim = (
  input: ReconcileInput,
  speaker: Speaker,
  aliases: Aliases = {},
): SourceClass => {
  if (input.facts.stance === 'denied') return 'denial';
  const perpetrator = input.facts.perpetrator;
  const speaksForPerpetrator = perpetrator !== null && canonicalName(perpetrator, aliases) === speaker.key;
  if (speaker.kind === 'perpetrator_affiliated' || speaksForPerpetrator) return 'self_claim';
  switch (speaker.kind) {
    case 'official':
      return 'official';
    case 'ngo':
    case 'media':
    case 'witness':
      return 'independent';
    default:
      return 'unattributed';
  }
};
