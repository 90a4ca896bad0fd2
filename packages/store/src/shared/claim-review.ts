import { CLAIM_EVENTS, CLAIM_STANCES, DomainError, type ClaimReview, type Issue } from '@corroborate/core';

/** A correction must be a claim the rest of the system can read; accept and reject carry none. */
export function checkClaimReview(r: ClaimReview): void {
  const issues: Issue[] = [];
  if (!['accepted', 'corrected', 'rejected'].includes(r.review))
    issues.push({ path: ['review'], message: `unknown review "${String(r.review)}"` });
  if (r.review === 'corrected' && r.corrected === null)
    issues.push({ path: ['corrected'], message: 'a correction needs the corrected facts' });
  if (r.review !== 'corrected' && r.corrected !== null)
    issues.push({ path: ['corrected'], message: `must be null for ${r.review}` });
  const f = r.corrected;
  if (f !== null) {
    if (!(CLAIM_EVENTS as readonly string[]).includes(f.event))
      issues.push({ path: ['corrected', 'event'], message: `unknown event "${f.event}"` });
    if (!(CLAIM_STANCES as readonly string[]).includes(f.stance))
      issues.push({ path: ['corrected', 'stance'], message: `unknown stance "${f.stance}"` });
    const { min, max } = f.count;
    if (!(Number.isFinite(min) && min >= 0))
      issues.push({ path: ['corrected', 'count', 'min'], message: 'must be a number >= 0' });
    if (max !== null && !(max >= min))
      issues.push({ path: ['corrected', 'count', 'max'], message: `max ${max} is below min ${min}` });
  }
  if (issues.length > 0)
    throw new DomainError('validation_failed', `claim review: ${issues[0]?.message ?? ''}`, issues);
}
