import {
  GRADES,
  type AssessmentUpdate,
  type Grade,
  type ModerationMode,
  type PublicComment,
  type PublicCommentStatus,
  type PublishedAssessment,
} from '@corroborate/core';
import { date, dateOrNull, iso, isoOrNull, json, num, str, strOrNull, type Row } from '../shared/row-reader';

export const ASSESSMENT_COLUMNS =
  'id, slug, incident_ids, headline, claim_reviewed, body, grade, tags, country, moderation, published_at, updated_at';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

const gradeOf = (v: string | null): Grade | null =>
  v !== null && (GRADES as readonly string[]).includes(v) ? (v as Grade) : null;

export const toAssessment = (row: Row): PublishedAssessment => ({
  id: str(row, 'id'),
  slug: str(row, 'slug'),
  incidentIds: strings(json(row, 'incident_ids')),
  headline: str(row, 'headline'),
  claimReviewed: str(row, 'claim_reviewed'),
  body: str(row, 'body'),
  grade: gradeOf(strOrNull(row, 'grade')),
  tags: strings(json(row, 'tags')),
  country: strOrNull(row, 'country'),
  moderation: str(row, 'moderation') === 'post' ? 'post' : ('pre' satisfies ModerationMode),
  publishedAt: dateOrNull(row, 'published_at'),
  updatedAt: date(row, 'updated_at'),
});

export const assessmentParams = (a: PublishedAssessment): unknown[] => [
  a.id,
  a.slug,
  JSON.stringify(a.incidentIds),
  a.headline,
  a.claimReviewed,
  a.body,
  a.grade,
  JSON.stringify(a.tags),
  a.country,
  a.moderation,
  isoOrNull(a.publishedAt),
  iso(a.updatedAt),
];

export const UPDATE_COLUMNS = 'id, assessment_id, summary, is_correction, at';

export const toUpdate = (row: Row): AssessmentUpdate => ({
  id: str(row, 'id'),
  assessmentId: str(row, 'assessment_id'),
  summary: str(row, 'summary'),
  isCorrection: num(row, 'is_correction') === 1,
  at: date(row, 'at'),
});

export const COMMENT_COLUMNS =
  'id, assessment_id, author_name, author_avatar_url, author_key, body, evidence_url, status, created_at';

export const toPublicComment = (row: Row): PublicComment => ({
  id: str(row, 'id'),
  assessmentId: str(row, 'assessment_id'),
  authorName: str(row, 'author_name'),
  authorAvatarUrl: strOrNull(row, 'author_avatar_url'),
  authorKey: str(row, 'author_key'),
  body: str(row, 'body'),
  evidenceUrl: strOrNull(row, 'evidence_url'),
  status: str(row, 'status') as PublicCommentStatus,
  createdAt: date(row, 'created_at'),
});
