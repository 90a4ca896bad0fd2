import type { ClaimFacts } from '../../api/api-types';

/** "560–770 killed (men), claimed by Human Rights Watch": a claim in one line. */
export const describeCount = (f: ClaimFacts): string => {
  const { min, max, approx } = f.count;
  const n = max === null ? `${min}+` : max === min ? `${min}` : `${min}–${max}`;
  return `${approx ? '~' : ''}${n} ${f.event}`;
};
