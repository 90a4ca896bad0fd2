import type { ClaimFacts } from '@corroborate/core';
import type { ExtractedClaim } from './extraction-result';

/** The storable facts of an extracted claim (drops the quote, parts and subsets). */
export function toClaimFacts(claim: ExtractedClaim): ClaimFacts {
  const { min, max, approx, text } = claim.count;
  return {
    event: claim.event,
    count: { min, max, approx, text },
    victims: claim.victims ? { ...claim.victims } : null,
    perpetrator: claim.perpetrator,
    claimant: claim.claimant,
    stance: claim.stance,
    place: claim.place ? { ...claim.place } : null,
    date: claim.date ? { ...claim.date } : null,
    span: [claim.span[0], claim.span[1]],
  };
}
