import {
  isDomainError,
  type PublicComment,
  type PublishedAssessment,
  type SiteRepository,
} from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { useContractStore, type ContractHarness } from './contract-harness';

const anAssessment = (o: Partial<PublishedAssessment> = {}): PublishedAssessment => ({
  id: 'a1',
  incidentIds: ['inc-1'],
  slug: 'tikrit-june-2014',
  headline: 'Killings near Tikrit',
  claimReviewed: 'ISIS killed 1,700 soldiers',
  body: 'What we found.',
  grade: 'fair',
  tags: ['iraq', 'mass-killing'],
  country: 'IQ',
  moderation: 'pre',
  // Late evening in Baghdad, already the next day in UTC: must not drift.
  publishedAt: new Date('2014-06-16T22:30:00.000Z'),
  updatedAt: new Date('2014-06-16T22:30:00.000Z'),
  ...o,
});

const aComment = (o: Partial<PublicComment> = {}): PublicComment => ({
  id: 'c1',
  assessmentId: 'a1',
  authorName: 'Reader',
  authorAvatarUrl: null,
  authorKey: 'ip:abc',
  body: 'I saw this *too*.',
  evidenceUrl: null,
  status: 'pending',
  createdAt: new Date('2014-06-17T08:00:00.000Z'),
  ...o,
});

const siteOf = (repos: { site?: SiteRepository }): SiteRepository => {
  if (!repos.site) throw new Error('store has no site repository');
  return repos.site;
};

export function siteContract(h: ContractHarness): void {
  describe('public site: assessments, updates, comments', () => {
    const t = useContractStore(h);

    it('stores an assessment and finds it by slug, id and incident; refuses a taken slug', async () => {
      const site = siteOf(t().store);
      const stored = await site.createAssessment(anAssessment());
      expect(await site.assessmentBySlug('tikrit-june-2014')).toEqual(stored);
      expect(await site.assessmentById('a1')).toEqual(stored);
      expect((await site.assessmentsByIncident('inc-1')).map((a) => a.id)).toEqual(['a1']);
      expect(await site.assessmentBySlug('nope')).toBeNull();
      await expect(site.createAssessment(anAssessment({ id: 'a2' }))).rejects.toSatisfy(
        (e) => isDomainError(e) && e.code === 'conflict',
      );
    });

    it('lists by tag, country and words, newest update first, and only published ones', async () => {
      const site = siteOf(t().store);
      await site.createAssessment(anAssessment());
      await site.createAssessment(
        anAssessment({
          id: 'a2',
          slug: 'raqqa',
          headline: 'Executions in Raqqa',
          claimReviewed: 'Dozens were executed',
          tags: ['syria'],
          country: 'SY',
          updatedAt: new Date('2014-07-01T00:00:00Z'),
        }),
      );
      await site.createAssessment(anAssessment({ id: 'a3', slug: 'draft', publishedAt: null }));
      expect((await site.listAssessments({ limit: 10 })).map((a) => a.id)).toEqual(['a2', 'a1']);
      expect((await site.listAssessments({ limit: 1 })).map((a) => a.id)).toEqual(['a2']);
      expect((await site.listAssessments({ limit: 10, tag: 'iraq' })).map((a) => a.id)).toEqual(['a1']);
      expect((await site.listAssessments({ limit: 10, tag: 'ira' })).map((a) => a.id)).toEqual([]);
      expect((await site.listAssessments({ limit: 10, country: 'SY' })).map((a) => a.id)).toEqual(['a2']);
      expect((await site.listAssessments({ limit: 10, text: 'RAQQA executions' })).map((a) => a.id)).toEqual([
        'a2',
      ]);
      expect((await site.listAssessments({ limit: 10, text: '1,700 soldiers' })).map((a) => a.id)).toEqual([
        'a1',
      ]);
      expect(await site.listAssessments({ limit: 10, text: '100%_' })).toEqual([]);
    });

    it('updates an assessment and keeps its update log newest first, corrections marked', async () => {
      const site = siteOf(t().store);
      const a = await site.createAssessment(anAssessment());
      const later = new Date('2014-06-20T09:00:00Z');
      await site.updateAssessment({ ...a, grade: 'confirmed', updatedAt: later });
      expect(await site.assessmentById('a1')).toMatchObject({ grade: 'confirmed', updatedAt: later });
      await site.addUpdate({
        id: 'u1',
        assessmentId: 'a1',
        summary: 'first',
        isCorrection: false,
        at: later,
      });
      await site.addUpdate({
        id: 'u2',
        assessmentId: 'a1',
        summary: 'date corrected',
        isCorrection: true,
        at: new Date('2014-06-21T09:00:00Z'),
      });
      const log = await site.listUpdates('a1');
      expect(log.map((u) => [u.id, u.isCorrection])).toEqual([
        ['u2', true],
        ['u1', false],
      ]);
      expect(log[1]?.at).toEqual(later);
      await expect(site.updateAssessment(anAssessment({ id: 'missing' }))).rejects.toSatisfy(
        (e) => isDomainError(e) && e.code === 'not_found',
      );
    });

    it('keeps comments by status, moderates them, counts per author and bans', async () => {
      const site = siteOf(t().store);
      await site.createAssessment(anAssessment());
      await site.addComment(aComment());
      await site.addComment(
        aComment({
          id: 'c2',
          evidenceUrl: 'https://example.org/x',
          status: 'approved',
          authorAvatarUrl: 'https://id.example/a.png',
        }),
      );
      expect((await site.getComment('c2'))?.authorAvatarUrl).toBe('https://id.example/a.png');
      expect((await site.listComments('a1', 'pending')).map((c) => c.id)).toEqual(['c1']);
      expect((await site.listCommentsByStatus('pending', 10)).map((c) => c.id)).toEqual(['c1']);
      expect(await site.setCommentStatus('c1', 'approved')).toMatchObject({ id: 'c1', status: 'approved' });
      expect((await site.listComments('a1', 'approved')).map((c) => c.evidenceUrl)).toEqual([
        null,
        'https://example.org/x',
      ]);
      expect(await site.countCommentsSince('ip:abc', new Date('2014-06-17T07:00:00Z'))).toBe(2);
      expect(await site.countCommentsSince('ip:abc', new Date('2014-06-17T09:00:00Z'))).toBe(0);
      expect(await site.isBanned('ip:abc')).toBe(false);
      await site.banAuthor('ip:abc', 'spam', new Date());
      await site.banAuthor('ip:abc', 'again', new Date());
      expect(await site.isBanned('ip:abc')).toBe(true);
      await expect(site.setCommentStatus('missing', 'spam')).rejects.toSatisfy(
        (e) => isDomainError(e) && e.code === 'not_found',
      );
      await expect(site.addComment(aComment({ id: 'c3', assessmentId: 'nope' }))).rejects.toSatisfy(
        (e) => isDomainError(e) && e.code === 'not_found',
      );
    });

    it('writes inside a transaction and rolls back with it', async () => {
      const { store } = t();
      await expect(
        store.transaction(async (tx) => {
          await siteOf(tx).createAssessment(anAssessment());
          throw new Error('abort');
        }),
      ).rejects.toThrow('abort');
      expect(await siteOf(store).assessmentById('a1')).toBeNull();
    });
  });
}
