import type { Grade } from './incident';

/** A published reading of one or more incidents, with its log of updates. */
export interface Assessment {
  id: string;
  incidentIds: string[];
  slug: string;
  headline: string;
  claimReviewed: string;
  body: string;
  grade: Grade | null;
  publishedAt: Date | null;
  updatedAt: Date;
}

export interface AssessmentUpdate {
  id: string;
  assessmentId: string;
  summary: string;
  isCorrection: boolean;
  at: Date;
}
