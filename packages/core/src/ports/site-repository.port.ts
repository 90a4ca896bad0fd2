import type { AssessmentUpdate } from '../domain/assessment';
import type {
  PublicComment,
  PublicCommentStatus,
  PublishedAssessment,
  PublishedMediaReview,
} from '../domain/public-site';

/** Which published assessments to list, newest update first. */
export interface AssessmentListQuery {
  limit: number;
  tag?: string;
  country?: string;
  /** Words that must all appear in the headline, claim or body (case-insensitive). */
  text?: string;
}

/** Published assessments, their update log and reader comments with their moderation state. */
export interface SiteRepository {
  /** @throws DomainError('conflict') when the slug is taken. */
  createAssessment(a: PublishedAssessment): Promise<PublishedAssessment>;
  assessmentBySlug(slug: string): Promise<PublishedAssessment | null>;
  assessmentById(id: string): Promise<PublishedAssessment | null>;
  assessmentsByIncident(incidentId: string): Promise<PublishedAssessment[]>;
  listAssessments(q: AssessmentListQuery): Promise<PublishedAssessment[]>;
  /** Writes headline, claim, body, grade, tags, moderation and updatedAt. @throws DomainError('not_found') */
  updateAssessment(a: PublishedAssessment): Promise<PublishedAssessment>;
  addUpdate(u: AssessmentUpdate): Promise<AssessmentUpdate>;
  /** Newest first. */
  listUpdates(assessmentId: string): Promise<AssessmentUpdate[]>;
  /** Updates of every assessment with after < at <= until, oldest first (for digests). */
  listUpdatesBetween(after: Date, until: Date): Promise<AssessmentUpdate[]>;
  addComment(c: PublicComment): Promise<PublicComment>;
  getComment(id: string): Promise<PublicComment | null>;
  /** Oldest first. */
  listComments(assessmentId: string, status: PublicCommentStatus): Promise<PublicComment[]>;
  /** Oldest first, across pages (the moderation queue). */
  listCommentsByStatus(status: PublicCommentStatus, limit: number): Promise<PublicComment[]>;
  /** @throws DomainError('not_found') */
  setCommentStatus(id: string, status: PublicCommentStatus): Promise<PublicComment>;
  /** How many comments an author wrote since a moment (for the rate limit). */
  countCommentsSince(authorKey: string, since: Date): Promise<number>;
  banAuthor(authorKey: string, reason: string, at: Date): Promise<void>;
  isBanned(authorKey: string): Promise<boolean>;
  /** Inserts or replaces the verdict on one photo of an assessment. */
  saveMediaReview(r: PublishedMediaReview): Promise<PublishedMediaReview>;
  listMediaReviews(assessmentId: string): Promise<PublishedMediaReview[]>;
}
