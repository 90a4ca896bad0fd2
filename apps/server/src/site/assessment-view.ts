import {
  effectiveFacts,
  notFound,
  type AssessmentUpdate,
  type Incident,
  type IncidentMediaLink,
  type MediaItem,
  type PublicComment,
  type PublishedAssessment,
  type PublishedMediaReview,
  type Repositories,
  type StoredReconciliation,
} from '@corroborate/core';
import { siteRepo } from './site-repo';

/** One report in the timeline: when it was published and what it said. */
export interface TimelineEntry {
  documentId: string;
  title: string | null;
  url: string | null;
  publishedAt: Date | null;
  said: string;
  claimant: string | null;
}

/** Everything an assessment page shows, read in one go. */
export interface AssessmentView {
  assessment: PublishedAssessment;
  incident: Incident | null;
  reconciliation: StoredReconciliation | null;
  timeline: TimelineEntry[];
  media: { link: IncidentMediaLink; item: MediaItem }[];
  /** Editors' verdicts on photos among the media (the page's MediaReviews). */
  mediaReviews: PublishedMediaReview[];
  updates: AssessmentUpdate[];
  comments: PublicComment[];
}

const timelineOf = async (repos: Repositories, incidentId: string): Promise<TimelineEntry[]> => {
  const entries: TimelineEntry[] = [];
  for (const claim of await repos.claims.listByIncident(incidentId)) {
    if (claim.review === 'rejected') continue;
    const doc = await repos.documents.get(claim.documentId);
    const facts = effectiveFacts(claim);
    const victims = facts.victims ? ` ${facts.victims.text}` : '';
    entries.push({
      documentId: claim.documentId,
      title: doc?.title ?? null,
      url: doc?.url ?? null,
      publishedAt: doc?.publishedAt ?? null,
      said: `${facts.count.text}${victims} ${facts.event}`,
      claimant: facts.claimant,
    });
  }
  // Undated reports go last: the timeline is about when things were said.
  return entries.sort(
    (a, b) => (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity),
  );
};

/** Loads a published assessment by slug with its incident, reports, evidence, log and approved comments. */
export const loadAssessmentView = async (repos: Repositories, slug: string): Promise<AssessmentView> => {
  const site = siteRepo(repos);
  const assessment = await site.assessmentBySlug(slug);
  if (!assessment?.publishedAt) throw notFound('assessment', slug);
  const incidentId = assessment.incidentIds[0];
  const incident = incidentId === undefined ? null : await repos.incidents.get(incidentId);
  const media: AssessmentView['media'] = [];
  if (incident) {
    for (const link of await repos.mediaLinks.listByIncident(incident.id)) {
      const item = await repos.media.get(link.mediaId);
      if (item) media.push({ link, item });
    }
  }
  return {
    assessment,
    incident,
    reconciliation: incident ? await repos.reconciliations.latest(incident.id) : null,
    timeline: incident ? await timelineOf(repos, incident.id) : [],
    media,
    mediaReviews: await site.listMediaReviews(assessment.id),
    updates: await site.listUpdates(assessment.id),
    comments: await site.listComments(assessment.id, 'approved'),
  };
};
