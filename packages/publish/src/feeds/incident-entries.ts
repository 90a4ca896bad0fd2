import type { AssessmentUpdate } from '@corroborate/core';
import type { FeedEntry } from './feed.types';

/** The public page of an incident's assessment, as its feed items link to it. */
export interface IncidentPage {
  url: string;
  title: string;
  tags?: string[];
}

/**
 * An incident feed's items: one per update of its assessment, corrections marked as such, so a
 * follower sees every change and when it was made.
 */
export function incidentUpdateEntries(page: IncidentPage, updates: AssessmentUpdate[]): FeedEntry[] {
  return updates.map((update) => ({
    id: update.id,
    url: page.url,
    title: `${update.isCorrection ? 'Correction' : 'Update'}: ${page.title}`,
    summary: update.summary,
    published: update.at,
    updated: update.at,
    tags: page.tags ?? [],
  }));
}
