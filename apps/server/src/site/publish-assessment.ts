import {
  DomainError,
  notFound,
  transition,
  type Actor,
  type AssessmentUpdate,
  type ModerationMode,
  type PublishedAssessment,
} from '@corroborate/core';
import { sanitizeText } from '@corroborate/publish';
import type { UseCaseDeps } from '../use-cases/use-case-deps';
import { requireIncident } from '../use-cases/incidents/load-incident';
import { siteRepo } from './site-repo';

export interface PublishInput {
  headline: string;
  claimReviewed: string;
  body?: string;
  slug?: string;
  tags?: string[];
  moderation?: ModerationMode;
}

/** Lowercase ASCII words joined by hyphens; what URLs and tag pages use. */
export const slugify = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

const cleanTags = (tags: string[]): string[] => [...new Set(tags.map(slugify).filter(Boolean))];

/**
 * Publishes an incident: moves it to `published` (a verified incident, by an editor, per the core
 * table) unless it already is, and creates its assessment page. Returns the stored assessment.
 */
export const publishIncident = (
  deps: UseCaseDeps,
  incidentId: string,
  input: PublishInput,
  actor: Actor,
): Promise<PublishedAssessment> =>
  deps.store.transaction(async (tx) => {
    const site = siteRepo(tx);
    let incident = await requireIncident(tx, incidentId, { live: true });
    if (incident.status !== 'published') {
      const change = transition(incident, 'published', actor);
      incident = await tx.incidents.update(change.incident);
      await tx.audit.append(change.audit);
    }
    const headline = sanitizeText(input.headline, { maxLength: 300 });
    const slug = slugify(input.slug ?? headline);
    if (slug === '')
      throw new DomainError('validation_failed', `headline ${input.headline} gives no usable slug`);
    if (await site.assessmentBySlug(slug))
      throw new DomainError('conflict', `slug ${slug} is already used by another assessment`);
    const now = deps.clock.now();
    return site.createAssessment({
      id: deps.ids.next('asm'),
      incidentIds: [incident.id],
      slug,
      headline,
      claimReviewed: sanitizeText(input.claimReviewed, { maxLength: 1000 }),
      body: input.body ?? '',
      grade: incident.grade,
      tags: cleanTags(input.tags ?? []),
      country: incident.place?.country ?? null,
      moderation: input.moderation ?? 'pre',
      publishedAt: now,
      updatedAt: now,
    });
  });

/** Adds an entry to the update log and refreshes the page's grade and modification time. */
export const addAssessmentUpdate = (
  deps: UseCaseDeps,
  assessmentId: string,
  input: { summary: string; isCorrection?: boolean },
): Promise<{ assessment: PublishedAssessment; update: AssessmentUpdate }> =>
  deps.store.transaction(async (tx) => {
    const site = siteRepo(tx);
    const found = await site.assessmentById(assessmentId);
    if (!found) throw notFound('assessment', assessmentId);
    const incident = found.incidentIds[0] === undefined ? null : await tx.incidents.get(found.incidentIds[0]);
    const now = deps.clock.now();
    const summary = sanitizeText(input.summary, { maxLength: 500 });
    if (summary === '') throw new DomainError('validation_failed', 'update summary is empty');
    const update = await site.addUpdate({
      id: deps.ids.next('upd'),
      assessmentId,
      summary,
      isCorrection: input.isCorrection ?? false,
      at: now,
    });
    const assessment = await site.updateAssessment({
      ...found,
      grade: incident?.grade ?? found.grade,
      updatedAt: now,
    });
    return { assessment, update };
  });
