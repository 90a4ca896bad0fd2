import type { Grade } from '@corroborate/core';

/** A grade on the 1–5 scale Google's fact-check markup expects, and its name in words. */
export interface GradeRating {
  value: 1 | 2 | 3 | 4 | 5;
  words: string;
}

/** Best grade 5, worst 1, in core's GRADES order. */
export const GRADE_RATINGS: Readonly<Record<Grade, GradeRating>> = {
  confirmed: { value: 5, words: 'Confirmed' },
  fair: { value: 4, words: 'Fair' },
  weak: { value: 3, words: 'Weak' },
  contested: { value: 2, words: 'Contested' },
  discounted: { value: 1, words: 'Discounted' },
};
